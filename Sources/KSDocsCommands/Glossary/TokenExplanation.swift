/// The plain-English meaning of one part of a command: the program, a sub-command, a flag
/// (with its value when it takes one), a prefix, a redirection or the operator after it.
public struct TokenExplanation: Sendable, Equatable {
    /// The part as written: `docker`, `compose`, `-d`, `-p 8080:80`, `--name=web`, `sudo`, `2>&1`, `|`.
    public var token: String
    /// One short sentence for a beginner.
    public var meaning: String

    /// Creates an explanation.
    public init(token: String, meaning: String) {
        self.token = token
        self.meaning = meaning
    }
}

/// How the lines of an explain block are read.
public enum ExplainDialect: Sendable, Equatable {
    /// `sh explain` / `bash explain`: every non-comment line is a command.
    case shell
    /// `console explain`: commands start with a `$ ` prompt; other lines are their output.
    case console

    /// The dialect for a fenced block's info string, or nil when it is not an explain block.
    ///
    /// `sh explain`, `bash explain`, `shell explain` and `zsh explain` are ``shell``;
    /// `console explain` is ``console``. Extra spaces are allowed; case is ignored.
    public init?(infoString: String) {
        let words = infoString.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count == 2, words[1] == "explain" else { return nil }
        switch words[0] {
        case "sh", "bash", "shell", "zsh": self = .shell
        case "console", "shell-session": self = .console
        default: return nil
        }
    }
}

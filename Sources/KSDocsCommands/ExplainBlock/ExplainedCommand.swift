/// One command of an explain block with the author's explanation.
public struct ExplainedCommand: Sendable, Equatable, Codable {
    /// The command as written, without prompt or trailing comment; continuation lines are kept
    /// with their `\` and newline, heredoc bodies with their terminator.
    public var command: String
    /// The `#` comment lines directly above the command joined by a space, else its trailing
    /// ` # …` comment(s), else nil.
    public var explanation: String?
    /// The 1-based line within the block where the command starts.
    public var line: Int
    /// The command split into simple commands by ``ShellTokenizer/simpleCommands(_:)``.
    public var simpleCommands: [SimpleCommand]
    /// Console dialect only: the output lines printed after the command, joined by newlines;
    /// nil when there are none (and always nil in the shell dialect).
    public var output: String?

    /// Creates an explained command; `simpleCommands` defaults to the tokenized `command`.
    public init(
        command: String,
        explanation: String? = nil,
        line: Int,
        simpleCommands: [SimpleCommand]? = nil,
        output: String? = nil
    ) {
        self.command = command
        self.explanation = explanation
        self.line = line
        self.simpleCommands = simpleCommands ?? ShellTokenizer.simpleCommands(command)
        self.output = output
    }
}

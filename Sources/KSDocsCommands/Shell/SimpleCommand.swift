/// One program invocation inside a command line: `sudo -u postgres psql -c "SELECT 1;"`.
///
/// A command line such as `docker ps | grep web && echo ok` holds three simple commands,
/// each remembering the operator that follows it.
public struct SimpleCommand: Sendable, Equatable, Codable {
    /// Words before the program: wrappers with their own flags (`sudo`, `-u`, `postgres`;
    /// `env`, `time`, `nohup`, `exec`) and `VAR=value` assignments, in order, unquoted.
    public var prefixes: [String]
    /// The program that runs, as written (`docker`, `./backup.sh`).
    public var program: String
    /// The program's arguments after quote removal, without redirections.
    public var arguments: [String]
    /// Redirections, each written with its target attached: `>out.log`, `2>&1`, `</dev/null`, `<<EOF`.
    public var redirections: [String]
    /// The operator that follows: `|`, `|&`, `&&`, `||`, `;`, `&`, or nil at the end.
    public var separator: String?

    /// Creates a simple command.
    public init(
        prefixes: [String] = [],
        program: String,
        arguments: [String] = [],
        redirections: [String] = [],
        separator: String? = nil
    ) {
        self.prefixes = prefixes
        self.program = program
        self.arguments = arguments
        self.redirections = redirections
        self.separator = separator
    }
}

public import ArgumentParser
import KSDocsCore

/// The `ksdocs` command: KiteStacks documentation as a static site and a BookStack wiki.
public struct KSDocs: AsyncParsableCommand {
    public static let version = KSDocsVersion.current

    public static let configuration = CommandConfiguration(
        commandName: "ksdocs",
        abstract: "Build the KiteStacks documentation into a static site and a BookStack wiki.",
        version: version,
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, NewCommand.self, PublishCommand.self,
            InitCommand.self, ThemeCommand.self,
        ]
    )

    public init() {}

    /// Runs ksdocs with `arguments` (without the program name) and returns the exit code:
    /// 0 success, 1 content or usage errors, 2 environment errors.
    public static func main(arguments: [String], console: Console = .standard()) async -> Int32 {
        do {
            var command = try parseAsRoot(arguments)
            if let consoleCommand = command as? any ConsoleCommand {
                try await consoleCommand.run(console: console)
            } else if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            return 0
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                console.info(fullMessage(for: error))
                return 0
            }
            if error is ExitCode { return code.rawValue }
            console.error(fullMessage(for: error).replacingOccurrences(of: "Error: ", with: ""))
            return 1
        }
    }
}

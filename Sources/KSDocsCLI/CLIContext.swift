import ArgumentParser
import KSDocsCore

/// A subcommand that writes through a `Console`, so tests can capture what it prints.
protocol ConsoleCommand: AsyncParsableCommand {
    func run(console: Console) async throws
}

extension ConsoleCommand {
    func run() async throws {
        try await run(console: .standard())
    }
}

/// What the commands share: turning build failures into exit codes.
enum CLIContext {
    /// Runs a build, printing its diagnostics; failures become `ExitCode`s (1 content, 2 environment).
    static func runBuild(_ options: BuildOptions, console: Console) async throws -> SiteBuilder.Report {
        do {
            let report = try await SiteBuilder(options: options) { console.note($0) }.build()
            console.print(report.diagnostics)
            return report
        } catch {
            throw report(error, console: console)
        }
    }

    /// Prints a build failure and returns the exit code for it.
    static func report(_ failure: BuildFailure, console: Console) -> ExitCode {
        switch failure {
        case .contentErrors(let diagnostics):
            console.print(diagnostics)
            let errors = diagnostics.errorCount
            let warnings = diagnostics.warningCount
            var summary = "\(errors) error\(errors == 1 ? "" : "s")"
            if warnings > 0 { summary += " and \(warnings) warning\(warnings == 1 ? "" : "s")" }
            console.error("\(summary); nothing was written")
        case .environment(let message):
            console.error(message)
        }
        return ExitCode(failure.exitCode)
    }

    static func warningSuffix(_ diagnostics: [Diagnostic]) -> String {
        let warnings = diagnostics.warningCount
        return warnings == 0 ? "" : " (\(warnings) warning\(warnings == 1 ? "" : "s"))"
    }
}

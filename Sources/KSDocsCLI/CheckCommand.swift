import ArgumentParser
import KSDocsCore

/// `ksdocs check`: every check of build, nothing written.
struct CheckCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Run every check of build without writing anything.")

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Replace an output folder that holds files ksdocs did not write.")
    var force = false

    @Flag(name: .long, help: "Treat warnings as errors.")
    var strict = false

    func run(console: Console) async throws {
        global.configure(console)
        var options = global.buildOptions
        options.includeDrafts = drafts
        options.force = force
        options.strict = strict
        options.writeOutput = false
        let report = try await CLIContext.runBuild(options, console: console)
        console.info("Checked \(report.pageCount) pages: no errors" + CLIContext.warningSuffix(report.diagnostics))
    }
}

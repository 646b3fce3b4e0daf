import ArgumentParser
import KSDocsCore

/// `ksdocs build`: Content/ → Output/.
struct BuildCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Build the site from the content folder into the output folder.")

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
        let report = try await CLIContext.runBuild(options, console: console)
        let seconds = String(format: "%.2f", report.seconds)
        console.detail(
            "\(report.parsedFileCount) Markdown files parsed, \(report.reusedPageCount) pages unchanged since the last build; output "
                + (report.updatedInPlace ? "updated in place" : "written whole"))
        console.info(
            "Built \(report.pageCount) pages (\(report.fileCount) files) into \(options.output)/ in \(seconds) s"
                + CLIContext.warningSuffix(report.diagnostics))
    }
}

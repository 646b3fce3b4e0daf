import ArgumentParser
import Foundation
import KSDocsBookStack
import KSDocsCore

/// `ksdocs publish --bookstack`: sync the site into BookStack.
struct PublishCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "publish",
        abstract:
            "Publish the site into BookStack (credentials from BOOKSTACK_URL, BOOKSTACK_TOKEN_ID, BOOKSTACK_TOKEN_SECRET)."
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Publish to the BookStack wiki named by BOOKSTACK_URL.")
    var bookstack = false

    @Flag(name: .long, help: "Print the plan (create / update / unchanged / delete) and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Delete ksdocs-tagged items of this site whose source is gone.")
    var prune = false

    @Option(
        name: .long, help: ArgumentHelp("The shelf name (default: bookstack.shelf in site.yml).", valueName: "name"))
    var shelf: String?

    func validate() throws {
        guard bookstack else { throw ValidationError("publish needs a target: add --bookstack") }
    }

    func run(console: Console) async throws {
        global.configure(console)
        let credentials: BookStackCredentials
        do {
            credentials = try BookStackCredentials.fromEnvironment(console.environment)
        } catch let error as BookStackError {
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
        var options = global.buildOptions
        options.strict = false
        options.writeOutput = false
        options.checksOutputFolder = false
        let report = try await CLIContext.runBuild(options, console: console)
        let site = BookStackSiteMapper.map(report.site, contentRoot: options.contentURL, shelfName: shelf)
        let publisher = BookStackPublisher(
            credentials: credentials,
            options: PublishOptions(dryRun: dryRun, prune: prune, shelfName: shelf, verbose: global.verbose)
        ) { line in
            console.detail(line)
        } events: { event in
            Self.show(event, console: console)
        }
        do {
            let result = try await publisher.publish(site)
            console.endStatus()
            if dryRun { result.planLines.forEach(console.info) }
            console.info(result.summary)
        } catch let error as BookStackError {
            console.error(error.message)
            throw ExitCode(error.exitCode)
        }
    }

    /// Warnings as they happen, waits of a second or more, and (on a terminal) a progress line.
    static func show(_ event: PublishEvent, console: Console) {
        switch event {
        case .warning(let message):
            console.print([.warning("bookstack", message)])
        case .waiting(let seconds, let reason) where seconds >= 1:
            console.note("waiting \(Int(seconds.rounded())) s: \(reason)")
        case .waiting:
            break
        case .progress(let done, let total):
            console.status("BookStack: \(done)/\(total) items")
        }
    }
}

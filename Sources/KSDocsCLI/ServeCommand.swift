import ArgumentParser
import Foundation
import KSDocsCore
import KSDocsServer
import Synchronization

/// `ksdocs serve`: build, serve on 127.0.0.1, rebuild on change, reload open tabs.
struct ServeCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it on 127.0.0.1, and rebuild and reload the browser on every change.",
        discussion: """
            The site is built into a temporary folder (never into Output/, unless --output names another \
            folder) and served with a live-reload script that `ksdocs build` never adds. Content/ and the \
            themes folder are watched; a failed rebuild prints its diagnostics here and over the page \
            while the last good site stays served.
            """)

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("The address to listen on.", valueName: "host"))
    var host = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0: any free port).", valueName: "port"))
    var port = 8000

    @Flag(name: .long, help: "Include pages marked 'draft: true'.")
    var drafts = false

    @Flag(name: .long, help: "Replace an output folder that holds files ksdocs did not write.")
    var force = false

    @Flag(name: .long, help: "Watch by polling modification times instead of inotify.")
    var poll = false

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run(console: Console) async throws {
        global.configure(console)
        var options = global.buildOptions
        options.includeDrafts = drafts
        options.force = force
        var temporary: URL?
        if global.output == "Output" {  // the default: serve never replaces Output/
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
                "ksdocs-serve-\(ProcessInfo.processInfo.processIdentifier)")
            options.output = folder.appendingPathComponent("site").path
            temporary = folder
        }
        defer { if let temporary { try? FileManager.default.removeItem(at: temporary) } }
        var configuration = DevServerConfiguration(build: options)
        configuration.host = host
        configuration.port = port
        configuration.forcePolling = poll
        configuration.verbose = global.verbose
        if !DevServerConfiguration.isLoopback(host) {
            console.print([
                .warning(
                    "serve",
                    "listening on \(host): the site is reachable from the network, by anyone who can reach this machine; use --host 127.0.0.1 to keep it on this machine"
                )
            ])
        }
        let content = global.content
        let shown = ShownDiagnostics()
        let server = DevServer(configuration: configuration) { event in
            Self.report(event, content: content, console: console, shown: shown)
        }
        do {
            try await server.run()
        } catch {
            console.error(error.description)
            throw ExitCode(2)
        }
    }

    /// Prints what the server did, like `build` would.
    static func report(_ event: DevServerEvent, content: String, console: Console, shown: ShownDiagnostics) {
        switch event {
        case .listening(let url, _, let watching):
            console.info("Serving \(content)/ at \(url) (watching \(watching)); press Ctrl-C to stop")
        case .rebuilding(let changed):
            let cwd = FileManager.default.currentDirectoryPath + "/"
            let shown = changed.map { $0.hasPrefix(cwd) ? String($0.dropFirst(cwd.count)) : $0 }
            let more = shown.count > 1 ? " (+\(shown.count - 1) more)" : ""
            console.detail("Changed: \(shown[0])\(more)")
        case .built(let report):
            // The first build prints every warning; later ones only those it has not printed yet.
            console.print(shown.new(report.diagnostics))
            let seconds = String(format: "%.2f", report.seconds)
            console.info(
                "Built \(report.pageCount) pages in \(seconds) s" + CLIContext.warningSuffix(report.diagnostics))
        case .failed(let failure, _, let servingLastGood):
            let next =
                servingLastGood
                ? "still serving the last good build (the browser shows the errors too)"
                : "fix them and save: the site is served once it builds"
            switch failure {
            case .contentErrors(let diagnostics):
                console.print(diagnostics)
                let errors = diagnostics.errorCount
                console.error("\(errors) error\(errors == 1 ? "" : "s"); \(next)")
            case .environment(let message):
                console.error("\(message); \(next)")
            }
        case .stopped:
            console.info("Stopped.")
        }
    }
}

/// The warnings `serve` has printed, so a rebuild prints only new ones (the count stays in its summary line).
final class ShownDiagnostics: Sendable {
    private let printed = Mutex<Set<Diagnostic>>([])

    /// The diagnostics of `diagnostics` not printed before; afterwards they count as printed.
    func new(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        printed.withLock { printed in
            let fresh = diagnostics.filter { !printed.contains($0) }
            printed = Set(diagnostics)
            return fresh
        }
    }
}

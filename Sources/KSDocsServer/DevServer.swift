import Foundation
import Hummingbird
import HummingbirdCore
import KSDocsCore
import Logging
import ServiceLifecycle

/// `ksdocs serve`: builds the site into its own folder, serves it on 127.0.0.1, watches
/// the content and theme folders, rebuilds on change and reloads open tabs over
/// server-sent events. A failed rebuild keeps the last good site served and shows the
/// diagnostics in the terminal (through `onEvent`) and over the page.
public final class DevServer: Sendable {
    public let configuration: DevServerConfiguration
    private let onEvent: @Sendable (DevServerEvent) -> Void
    private let hub = ReloadHub()
    private let group = Locked<ServiceGroup?>(nil)

    public init(configuration: DevServerConfiguration, onEvent: @escaping @Sendable (DevServerEvent) -> Void) {
        self.configuration = configuration
        self.onEvent = onEvent
    }

    /// Runs until `stop()` (or SIGINT/SIGTERM with `handleSignals`).
    public func run() async throws(DevServerError) {
        let rebuilder = Rebuilder(options: configuration.build, hub: hub, onEvent: onEvent)
        let siteFolder = URL(fileURLWithPath: configuration.build.output).standardizedFileURL
        // Watching starts before the first build: a file saved while it runs is rebuilt
        // right after it, and every rebuild can trust that a file not reported is unchanged.
        let watchService = WatchService(
            folders: watchedFolders, ignored: [siteFolder], configuration: configuration, rebuilder: rebuilder,
            hub: hub)
        if case .failure(.environment(let message)) = await rebuilder.build(changed: []) {
            watchService.stop()
            throw .environment(message)
        }
        var logger = Logger(label: "ksdocs-serve")
        logger.logLevel = configuration.verbose ? .info : .critical
        let router = Router()
        router.middlewares.add(SiteMiddleware(siteFolder: siteFolder, hub: hub))
        router.middlewares.add(FileMiddleware(siteFolder.path, searchForIndexHtml: false, logger: logger))
        let host = configuration.host
        let onEvent = self.onEvent
        let app = Application(
            router: router,
            server: .http1(
                configuration: HTTP1Channel.Configuration(
                    idleTimeout: .milliseconds(Int64(configuration.idleTimeout / .milliseconds(1))))),
            configuration: ApplicationConfiguration(
                address: .hostname(host, port: configuration.port),
                availableConnectionsDelegate: MaximumAvailableConnections(configuration.maxConnections)),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? 0
                onEvent(.listening(url: "http://\(host):\(port)/", port: port, watching: watchService.description))
            },
            logger: logger)
        let serviceGroup = ServiceGroup(
            services: [app, watchService],
            gracefulShutdownSignals: configuration.handleSignals ? [.sigint, .sigterm] : [],
            logger: logger)
        group.set(serviceGroup)
        do {
            try await serviceGroup.run()
        } catch {
            watchService.stop()
            let text = String(describing: error)
            if text.contains("Address already in use") || text.contains("errno: 98") {
                throw .portInUse(host: host, port: configuration.port)
            }
            throw .cannotListen(host: host, port: configuration.port, reason: text)
        }
        await rebuilder.session.finishSaving()
        onEvent(.stopped)
    }

    /// Stops the server: open event streams end, then the server finishes its requests and closes.
    public func stop() async {
        await group.get()?.triggerGracefulShutdown()
    }

    /// Content/ and the themes folder.
    var watchedFolders: [URL] {
        let content = URL(fileURLWithPath: configuration.build.content).standardizedFileURL
        let themes =
            configuration.build.themesDirectory.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? content.deletingLastPathComponent().appendingPathComponent("themes")
        return [content, themes]
    }
}

/// A value behind a lock.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
    func update<Result>(_ body: (inout Value) -> Result) -> Result { lock.withLock { body(&value) } }
}

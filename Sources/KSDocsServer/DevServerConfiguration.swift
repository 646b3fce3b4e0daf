public import KSDocsCore

/// What `ksdocs serve` was asked to do.
public struct DevServerConfiguration: Sendable {
    /// The build: content, theme, and the output folder the server builds into and serves.
    public var build: BuildOptions
    public var host = "127.0.0.1"
    /// 0 picks a free port (the tests use it); the chosen one is reported in `.listening`.
    public var port = 8000
    /// How long to wait after a change before building, so a burst of saves builds once.
    public var debounce: Duration = .milliseconds(20)
    /// Watch by polling modification times even where inotify works.
    public var forcePolling = false
    /// Stop gracefully on SIGINT and SIGTERM (the CLI); tests call `stop()` instead.
    public var handleSignals = true
    /// Log the HTTP server's own messages too.
    public var verbose = false
    /// A connection that sends nothing for this long while a request is half-sent, or between
    /// requests, is closed (open event streams are not idle: they have a request in progress).
    public var idleTimeout: Duration = .seconds(10)
    /// At most this many connections at once; more wait in the listen queue until one closes.
    public var maxConnections = 512

    /// Whether `host` only listens on this machine (127.0.0.0/8, ::1, localhost).
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }

    public init(build: BuildOptions) {
        self.build = build
    }
}

/// What the dev server tells its user, in order.
public enum DevServerEvent: Sendable {
    /// The first build is done (or failed with content errors) and the server listens.
    case listening(url: String, port: Int, watching: String)
    /// Files changed; a build starts.
    case rebuilding(changed: [String])
    case built(SiteBuilder.Report)
    /// The build failed; the last good site stays served (if there is one yet). The diagnostics' text lines.
    case failed(BuildFailure, lines: [String], servingLastGood: Bool)
    case stopped
}

/// Why the dev server could not run.
public enum DevServerError: Error, Sendable, CustomStringConvertible {
    case portInUse(host: String, port: Int)
    case cannotListen(host: String, port: Int, reason: String)
    /// The first build failed for a reason outside the content (no content folder, unknown theme).
    case environment(String)

    public var description: String {
        switch self {
        case .portInUse(let host, let port):
            return
                "port \(port) on \(host) is already in use (another ksdocs serve?); stop that server or pass --port N"
        case .cannotListen(let host, let port, let reason):
            return
                "cannot listen on \(host):\(port): \(reason); pass --host and --port with an address this machine has"
        case .environment(let message):
            return message
        }
    }
}

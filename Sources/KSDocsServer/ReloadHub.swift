import Foundation

/// The live-reload channel. Every open tab holds a server-sent event stream; a good
/// rebuild sends `reload`, a failed one `build-error` with the diagnostics as a JSON
/// array of lines. A new stream starts with `hello` and the site's generation, so a tab
/// that missed a rebuild (or a restarted server) reloads.
final class ReloadHub: @unchecked Sendable {
    private let lock = NSLock()
    private var clients: [UUID: AsyncStream<String>.Continuation] = [:]
    private var generation = 0
    private var failure: [String]?
    private var closed = false

    /// Which build the served site is: 0 before the first good build.
    var currentGeneration: Int { lock.withLock { generation } }
    /// The diagnostics of the last build when it failed; nil after a good build.
    var currentFailure: [String]? { lock.withLock { failure } }
    var subscriberCount: Int { lock.withLock { clients.count } }

    /// A new tab's event stream: `hello`, then the current error if the last build failed.
    func subscribe() -> AsyncStream<String> {
        let (stream, continuation) = AsyncStream<String>.makeStream(bufferingPolicy: .bufferingNewest(32))
        let id = UUID()
        let accepted: Bool = lock.withLock {
            guard !closed else { return false }
            clients[id] = continuation
            continuation.yield(Self.event("hello", "\(generation)"))
            if let failure { continuation.yield(Self.event("build-error", Self.json(failure))) }
            return true
        }
        if accepted {
            continuation.onTermination = { [weak self] _ in self?.remove(id) }
        } else {
            continuation.finish()
        }
        return stream
    }

    /// A build succeeded: tabs reload.
    func buildSucceeded() {
        let event: String = lock.withLock {
            generation += 1
            failure = nil
            return Self.event("reload", "\(generation)")
        }
        broadcast(event)
    }

    /// A build failed: tabs show the diagnostics over the last good page.
    func buildFailed(_ lines: [String]) {
        lock.withLock { failure = lines }
        broadcast(Self.event("build-error", Self.json(lines)))
    }

    /// A comment line that keeps idle connections open and finds closed ones.
    func ping() {
        broadcast(": ping\n\n")
    }

    /// Ends every stream and refuses new ones (the server is stopping).
    func closeAll() {
        let open: [AsyncStream<String>.Continuation] = lock.withLock {
            closed = true
            defer { clients = [:] }
            return Array(clients.values)
        }
        for continuation in open { continuation.finish() }
    }

    private func broadcast(_ text: String) {
        let open = lock.withLock { Array(clients.values) }
        for continuation in open { continuation.yield(text) }
    }

    private func remove(_ id: UUID) {
        _ = lock.withLock { clients.removeValue(forKey: id) }
    }

    /// One server-sent event: `event: name` and one `data:` line.
    static func event(_ name: String, _ data: String) -> String {
        "event: \(name)\ndata: \(data)\n\n"
    }

    static func json(_ lines: [String]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        guard let data = try? encoder.encode(lines) else { return "[]" }
        return String(decoding: data, as: UTF8.self)
    }
}

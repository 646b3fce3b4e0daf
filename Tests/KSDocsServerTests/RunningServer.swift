import Foundation
import KSDocsCore
import KSDocsTestSupport

@testable import KSDocsServer

/// A dev server on a free port of 127.0.0.1 over a fixture site, started and stopped by a test.
final class RunningServer: @unchecked Sendable {
    let site: FixtureSite
    let server: DevServer
    let port: Int
    private let task: Task<Result<Void, DevServerError>, Never>
    private let log: EventLog

    final class EventLog: @unchecked Sendable {
        private let lock = NSLock()
        private var storage: [DevServerEvent] = []
        func append(_ event: DevServerEvent) { lock.withLock { storage.append(event) } }
        var events: [DevServerEvent] { lock.withLock { storage } }
    }

    /// Starts the server and waits until it listens.
    init(_ files: [String: String], change: (inout DevServerConfiguration) -> Void = { _ in }) async throws {
        site = try FixtureSite(files)
        var build = BuildOptions()
        build.content = site.content.path
        build.output = site.root.appendingPathComponent("serve/site").path
        var configuration = DevServerConfiguration(build: build)
        configuration.port = 0
        configuration.handleSignals = false
        change(&configuration)
        let log = EventLog()
        self.log = log
        let server = DevServer(configuration: configuration) { log.append($0) }
        self.server = server
        task = Task {
            do throws(DevServerError) {
                try await server.run()
                return .success(())
            } catch {
                return .failure(error)
            }
        }
        let deadline = Date().addingTimeInterval(20)
        var found: Int?
        while found == nil, Date() < deadline {
            for case .listening(_, let port, _) in log.events { found = port }
            if found == nil { try await Task.sleep(for: .milliseconds(20)) }
        }
        guard let found else {
            task.cancel()
            throw TestFailure("the server did not start: \(log.events)")
        }
        port = found
    }

    var events: [DevServerEvent] { log.events }

    func get(_ path: String) throws -> RawHTTP.Response {
        try RawHTTP.get(port: port, path)
    }

    /// Stops the server and waits for `run()` to return.
    /// Stops the server and removes the fixture site (kept with `keepSite`, for checks after the stop).
    func stop(keepSite: Bool = false) async throws {
        await server.stop()
        if case .failure(let error) = await task.value { throw error }
        if !keepSite { site.remove() }
    }
}

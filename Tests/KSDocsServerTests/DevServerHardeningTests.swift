import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsServer

#if canImport(Glibc)
    import Glibc
#endif

/// The dev server against clients that misbehave, over raw sockets: half-sent and idle
/// connections are closed, redirects stay on the server, bad paths get 400. Part of the
/// serialized `DevServerTests`: their raw sockets block threads while they wait for answers.
extension DevServerTests {
    /// Sends `text` as it is and reads until the server closes; (response text, seconds until closed).
    func exchange(port: Int, _ text: String, timeout: TimeInterval = 10) throws -> (String, TimeInterval) {
        let descriptor = try RawHTTP.connect(port: port, timeout: timeout)
        defer { close(descriptor) }
        let started = Date()
        _ = text.withCString { send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        return (RawHTTP.readToEnd(descriptor), Date().timeIntervalSince(started))
    }

    @Test func halfSentAndIdleConnectionsAreClosed() async throws {
        let server = try await RunningServer(FixtureSite.basic) { $0.idleTimeout = .milliseconds(500) }
        let (half, halfSeconds) = try exchange(port: server.port, "GET /beginner/ HTTP/1.1\r\nHost: 127")
        #expect(half.isEmpty)
        #expect(halfSeconds < 3, "a half-sent request held its connection for \(halfSeconds) s")
        let (idle, idleSeconds) = try exchange(port: server.port, "")
        #expect(idle.isEmpty)
        #expect(idleSeconds < 3, "an idle connection stayed open for \(idleSeconds) s")
        try await server.stop()
    }

    @Test func manySlowClientsDoNotStopANormalRequest() async throws {
        let server = try await RunningServer(FixtureSite.basic) {
            $0.idleTimeout = .milliseconds(500)
            $0.maxConnections = 8
        }
        var slow: [Int32] = []
        for _ in 0..<40 {
            let descriptor = try RawHTTP.connect(port: server.port)
            _ = "GET / HTTP/1.1\r\n".withCString { send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
            slow.append(descriptor)
        }
        defer { slow.forEach { close($0) } }
        let started = Date()
        let page = try server.get("/beginner/01-first/")
        #expect(page.status == 200)
        #expect(Date().timeIntervalSince(started) < 5)
        try await server.stop()
    }

    @Test(arguments: ["//beginner", "/%2fbeginner", "//beginner/", "///beginner"])
    func redirectsStayOnTheServer(_ path: String) async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let response = try server.get(path)
        #expect(response.status == 301)
        #expect(response.headers["location"] == "/beginner/")
        try await server.stop()
    }

    @Test func aNulByteInThePathIsABadRequest() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        #expect(try server.get("/beginner%00/").status == 400)
        #expect(try server.get("/index.html%00.png").status == 400)
        try await server.stop()
    }

    @Test func loopbackHostsAreKnown() {
        for host in ["127.0.0.1", "localhost", "::1", "127.1.2.3"] { #expect(DevServerConfiguration.isLoopback(host)) }
        for host in ["0.0.0.0", "::", "192.168.1.10", "kscloud1"] { #expect(!DevServerConfiguration.isLoopback(host)) }
    }
}

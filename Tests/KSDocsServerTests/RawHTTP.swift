import Foundation
import KSDocsTestSupport

#if canImport(Glibc)
    import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket: no redirects followed, no caching,
/// so tests see exactly what the server sends.
enum RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    /// A connected TCP socket to 127.0.0.1:`port` with a receive timeout.
    static func connect(port: Int, timeout: TimeInterval = 5) throws -> Int32 {
        try LoopbackSocket.connect(port: port, timeout: timeout)
    }

    static func send(_ descriptor: Int32, path: String, keepAlive: Bool = false) {
        let request =
            "GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: \(keepAlive ? "keep-alive" : "close")\r\n\r\n"
        _ = request.withCString { Glibc.send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
    }

    /// GET `path` and read the whole response (the server closes the connection).
    static func get(port: Int, _ path: String) throws -> Response {
        let descriptor = try connect(port: port)
        defer { close(descriptor) }
        send(descriptor, path: path)
        return try parse(readToEnd(descriptor))
    }

    /// Everything the server sends until it closes the connection (or the receive timeout).
    static func readToEnd(_ descriptor: Int32) -> String {
        var data = [UInt8]()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data += buffer[0..<count]
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func parse(_ text: String) throws -> Response {
        guard let split = text.range(of: "\r\n\r\n") else { throw TestFailure("no response: \(text)") }
        let head = text[..<split.lowerBound].components(separatedBy: "\r\n")
        let status = Int(head[0].split(separator: " ")[1]) ?? 0
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        var body = String(text[split.upperBound...])
        if headers["transfer-encoding"] == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: body)
    }

    static func dechunk(_ text: String) -> String {
        var rest = Substring(text)
        var body = ""
        while let lineEnd = rest.range(of: "\r\n"), let size = Int(rest[..<lineEnd.lowerBound], radix: 16), size > 0 {
            let start = lineEnd.upperBound
            let bytes = Array(rest[start...].utf8)
            body += String(decoding: bytes.prefix(size), as: UTF8.self)
            rest = Substring(String(decoding: bytes.dropFirst(size + 2), as: UTF8.self))
        }
        return body
    }
}

/// Reads a server-sent event stream on a background thread.
final class EventStreamReader: @unchecked Sendable {
    struct Event: Equatable {
        var name: String
        var data: String
    }

    private let descriptor: Int32
    private let lock = NSLock()
    private var events: [Event] = []
    private var ended = false
    private(set) var headers = ""

    init(port: Int) throws {
        descriptor = try RawHTTP.connect(port: port, timeout: 0.2)
        RawHTTP.send(descriptor, path: "/__ksdocs/events", keepAlive: true)
        let thread = Thread { [self] in self.read() }
        thread.start()
    }

    private func read() {
        var pending = ""
        var buffer = [UInt8](repeating: 0, count: 8192)
        var headerDone = false
        while !isClosed {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            if count == 0 { break }
            if count < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { continue }
                break
            }
            pending += String(decoding: buffer[0..<count], as: UTF8.self)
            if !headerDone, let split = pending.range(of: "\r\n\r\n") {
                lock.withLock { headers = String(pending[..<split.lowerBound]) }
                pending = String(pending[split.upperBound...])
                headerDone = true
            }
            guard headerDone else { continue }
            // Swift keeps "\r\n" as one Character: make every line end "\n" before splitting.
            pending = pending.replacingOccurrences(of: "\r\n", with: "\n")
            // Chunk sizes are on lines of their own; SSE lines start with a field name.
            while let end = pending.range(of: "\n\n") {
                let block = pending[..<end.lowerBound]
                pending = String(pending[end.upperBound...])
                var name = "message"
                var data: [String] = []
                for line in block.split(separator: "\n") {
                    if line.hasPrefix("event: ") { name = String(line.dropFirst(7)) }
                    if line.hasPrefix("data: ") { data.append(String(line.dropFirst(6))) }
                }
                if !data.isEmpty {
                    lock.withLock { events.append(Event(name: name, data: data.joined(separator: "\n"))) }
                }
            }
        }
        lock.withLock { ended = true }
    }

    private var closedByTest = false
    private var isClosed: Bool { lock.withLock { closedByTest } }

    /// Whether the server ended the stream.
    var hasEnded: Bool { lock.withLock { ended } }

    var received: [Event] { lock.withLock { events } }

    /// Waits until an event named `name` arrives after the first `after` events; returns it.
    func next(_ name: String, after: Int = 0, timeout: TimeInterval = 10) async throws -> Event {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let event = received.dropFirst(after).first(where: { $0.name == name }) { return event }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestFailure("no '\(name)' event within \(timeout) s; got \(received)")
    }

    func waitForEnd(timeout: TimeInterval = 10) async throws {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if hasEnded { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        throw TestFailure("the event stream did not end within \(timeout) s")
    }

    func close() {
        lock.withLock { closedByTest = true }
        shutdown(descriptor, Int32(SHUT_RDWR))
        Glibc.close(descriptor)
    }
}

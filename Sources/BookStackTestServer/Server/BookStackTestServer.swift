public import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// A BookStack API server for tests, on Hummingbird, listening on 127.0.0.1 at a free port.
///
/// ```swift
/// let server = try await BookStackTestServer.start()
/// defer { Task { await server.stop() } }
/// // point the client at server.baseURL, then assert on await server.state.writeCount
/// ```
public final class BookStackTestServer: Sendable {
    /// `http://127.0.0.1:<port>`: BookStack's APP_URL.
    public let baseURL: URL
    public let port: Int
    public let state: BookStackServerState
    private let task: Task<Void, any Error>

    private init(baseURL: URL, port: Int, state: BookStackServerState, task: Task<Void, any Error>) {
        self.baseURL = baseURL
        self.port = port
        self.state = state
        self.task = task
    }

    /// Starts the server and returns once it accepts connections.
    public static func start(_ configuration: TestServerConfiguration = TestServerConfiguration())
        async throws
        -> BookStackTestServer
    {
        let state = BookStackServerState(configuration: configuration)
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            try await respond(to: request, state: state)
        }
        let (ports, portContinuation) = AsyncStream<Int>.makeStream()
        var app = Application(
            responder: responder,
            configuration: ApplicationConfiguration(
                address: .hostname("127.0.0.1", port: 0), serverName: nil),
            onServerRunning: { channel in
                portContinuation.yield(channel.localAddress?.port ?? 0)
                portContinuation.finish()
            }
        )
        app.logger.logLevel = .critical
        let configured = app
        let task = Task { try await configured.run() }
        var port = 0
        for await value in ports {
            port = value
            break
        }
        guard port > 0, let url = URL(string: "http://127.0.0.1:\(port)") else {
            task.cancel()
            throw TestServerError.couldNotStart
        }
        await state.setAppURL(configuration.appURL ?? url.absoluteString)
        return BookStackTestServer(baseURL: url, port: port, state: state, task: task)
    }

    /// Stops listening and waits until the server is down.
    public func stop() async {
        task.cancel()
        _ = await task.result
    }

    private static func respond(to request: Request, state: BookStackServerState) async throws
        -> Response
    {
        var request = request
        let body = try await request.collectBody(upTo: 64 << 20)
        var headers: [String: String] = [:]
        for field in request.headers {
            headers[field.name.canonicalName.lowercased()] = field.value
        }
        let testRequest = TestRequest(
            method: request.method.rawValue, path: request.uri.path,
            query: TestRequest.parseQuery(request.uri.query ?? ""), headers: headers,
            body: Data(body.readableBytesView))
        let answer = await state.handle(testRequest)
        if answer.delay > 0 {
            try await Task.sleep(nanoseconds: UInt64(answer.delay * 1_000_000_000))
        }
        if answer.drop {
            // Promise a body, then fail while writing it: the connection closes without a full answer.
            return Response(
                status: .ok, headers: [.contentLength: "100"],
                body: ResponseBody { _ in throw TestServerError.droppedConnection })
        }
        var fields = HTTPFields()
        for (name, value) in answer.headers {
            if let fieldName = HTTPFields.Element.Name(name) { fields[fieldName] = value }
        }
        return Response(
            status: HTTPResponse.Status(code: answer.status), headers: fields,
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
    }
}

/// Failures of the test server itself.
public enum TestServerError: Error, Sendable {
    case couldNotStart
    /// Thrown on purpose to drop a connection.
    case droppedConnection
}

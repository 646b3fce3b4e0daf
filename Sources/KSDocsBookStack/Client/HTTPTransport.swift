public import Foundation

/// One HTTP request as the BookStack client sends it.
///
/// Headers may carry the API token: never print a request's headers.
public struct HTTPRequestData: Sendable {
    public var method: String
    public var url: URL
    public var headers: [String: String]
    public var body: Data?

    public init(method: String, url: URL, headers: [String: String] = [:], body: Data? = nil) {
        self.method = method
        self.url = url
        self.headers = headers
        self.body = body
    }

    /// `true` for requests that change server state (anything but GET/HEAD).
    public var isWrite: Bool { method != "GET" && method != "HEAD" }
}

/// One HTTP response: status, headers (names lower-cased) and body.
public struct HTTPResponseData: Sendable {
    public var status: Int
    public var headers: [String: String]
    public var body: Data

    public init(status: Int, headers: [String: String] = [:], body: Data = Data()) {
        self.status = status
        self.headers = Dictionary(
            headers.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: { a, _ in a })
        self.body = body
    }

    /// The value of a header, looked up case-insensitively.
    public func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// Why a request got no HTTP answer at all.
public enum TransportFailure: Error, Sendable, Equatable {
    /// The server could not be reached (refused, unknown host).
    case cannotConnect(String)
    /// The connection broke before a full answer arrived.
    case connectionLost(String)
    /// No answer within the timeout.
    case timedOut(seconds: Double)
    /// Any other transport problem.
    case other(String)
}

/// The seam between the BookStack client and the network.
///
/// Implementations throw ``TransportFailure`` when no HTTP answer arrived;
/// every HTTP answer, whatever its status, is returned.
public protocol HTTPTransport: Sendable {
    func send(_ request: HTTPRequestData) async throws -> HTTPResponseData
}

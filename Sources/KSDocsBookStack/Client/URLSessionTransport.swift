public import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// ``HTTPTransport`` on Foundation's URLSession (FoundationNetworking on Linux).
public final class URLSessionTransport: HTTPTransport {
    private let session: URLSession
    private let timeout: TimeInterval

    /// - Parameter timeout: seconds to wait for an answer to one request.
    public init(timeout: TimeInterval = 30) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.httpCookieStorage = nil
        configuration.urlCache = nil
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        self.session = URLSession(configuration: configuration)
        self.timeout = timeout
    }

    deinit {
        session.finishTasksAndInvalidate()
    }

    public func send(_ request: HTTPRequestData) async throws -> HTTPResponseData {
        var urlRequest = URLRequest(url: request.url, timeoutInterval: timeout)
        urlRequest.httpMethod = request.method
        for (name, value) in request.headers {
            urlRequest.setValue(value, forHTTPHeaderField: name)
        }
        urlRequest.httpBody = request.body
        let data: Data
        let response: URLResponse
        do {
            (data, response) = try await session.data(for: urlRequest)
        } catch let error as URLError {
            throw Self.failure(for: error, timeout: timeout)
        } catch {
            throw TransportFailure.other(String(describing: type(of: error)))
        }
        guard let http = response as? HTTPURLResponse else {
            throw TransportFailure.other("not an HTTP response")
        }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String {
                headers[key.lowercased()] = value
            }
        }
        return HTTPResponseData(status: http.statusCode, headers: headers, body: data)
    }

    /// Maps URLSession's errors onto ``TransportFailure`` without copying any request detail.
    static func failure(for error: URLError, timeout: TimeInterval) -> TransportFailure {
        switch error.code {
        case .timedOut:
            return .timedOut(seconds: timeout)
        case .cannotConnectToHost, .cannotFindHost, .dnsLookupFailed, .notConnectedToInternet:
            return .cannotConnect("URLError \(error.code.rawValue)")
        case .networkConnectionLost, .badServerResponse, .cannotParseResponse, .zeroByteResource,
            .unknown:
            return .connectionLost(
                "the connection closed before a full answer (URLError \(error.code.rawValue))")
        default:
            return .other("URLError \(error.code.rawValue)")
        }
    }
}

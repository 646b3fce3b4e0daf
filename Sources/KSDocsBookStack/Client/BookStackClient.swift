public import Foundation

/// A small BookStack REST client: token auth, retries, typed answers and request counts.
///
/// Every request goes through ``send(_:_:query:body:contentType:retrySafe:)``,
/// which adds the `Authorization` header, retries per ``RetryPolicy`` and turns
/// failures into ``BookStackError``s that say what to do. The token secret
/// only ever appears in that header: log lines hold method, path and status.
public actor BookStackClient {
    public nonisolated let credentials: BookStackCredentials
    private let transport: any HTTPTransport
    private let policy: RetryPolicy
    private let log: (@Sendable (String) -> Void)?
    /// Told before every wait (rate limit, retry), whatever `log` is.
    private let waiting: (@Sendable (Double, String) -> Void)?

    /// GET requests sent, retries included.
    public private(set) var reads = 0
    /// POST/PUT/DELETE requests sent, retries included.
    public private(set) var writes = 0

    /// - Parameter log: receives one line per request (`--verbose`); never sees headers.
    public init(
        credentials: BookStackCredentials, transport: any HTTPTransport = URLSessionTransport(),
        retryPolicy: RetryPolicy = .default, log: (@Sendable (String) -> Void)? = nil,
        waiting: (@Sendable (Double, String) -> Void)? = nil
    ) {
        self.credentials = credentials
        self.transport = transport
        self.policy = retryPolicy
        self.log = log
        self.waiting = waiting
    }

    // MARK: Typed helpers

    /// GET and decode.
    public func get<T: Decodable & Sendable>(
        _ path: String, query: [(String, String)] = [], as type: T.Type = T.self
    ) async throws -> T {
        let response = try await send("GET", path, query: query)
        return try decode(T.self, from: response, path: path)
    }

    /// POST or PUT a JSON body and decode the answer.
    ///
    /// `retrySafe` says whether the request may be repeated after a dropped
    /// connection, a timeout or a 5xx (PUT always may).
    public func write<T: Decodable & Sendable>(
        _ method: String, _ path: String, json: [String: JSONValue], retrySafe: Bool = false,
        as type: T.Type = T.self
    ) async throws -> T {
        let body = try JSONEncoder.sorted.encode(JSONValue.object(json))
        let response = try await send(
            method, path, body: body, contentType: "application/json",
            retrySafe: retrySafe || method == "PUT")
        return try decode(T.self, from: response, path: path)
    }

    /// DELETE; a 404 counts as done.
    public func delete(_ path: String) async throws {
        do {
            _ = try await send("DELETE", path, retrySafe: true)
        } catch let error as BookStackError where error.kind == .notFound {
            return
        }
    }

    /// Every row of a list endpoint, paging with `count`/`offset`.
    public func list<T: Decodable & Sendable>(
        _ path: String, filters: [(String, String)] = [], pageSize: Int = 500,
        as type: T.Type = T.self
    ) async throws -> [T] {
        var rows: [T] = []
        while true {
            let query = filters + [("count", String(pageSize)), ("offset", String(rows.count))]
            let page: ListResponse<T> = try await get(path, query: query)
            rows += page.data
            if page.data.isEmpty || rows.count >= page.total { return rows }
        }
    }

    /// Every result of a search query, paging with `page`/`count`.
    ///
    /// `count` applies per item type and `total` sums all types, so pages are read
    /// until `total` items were seen or a page brings nothing new.
    public func search(_ query: String) async throws -> [SearchResult] {
        var results: [SearchResult] = []
        var seen = Set<String>()
        var page = 1
        while true {
            let answer: ListResponse<SearchResult> = try await get(
                "/api/search", query: [("query", query), ("page", String(page)), ("count", "100")])
            var fresh = 0
            for item in answer.data where seen.insert("\(item.type)#\(item.id)").inserted {
                results.append(item)
                fresh += 1
            }
            if fresh == 0 || results.count >= answer.total { return results }
            page += 1
        }
    }

    // MARK: The request loop

    /// Sends one request with auth and retries; returns only 2xx answers.
    public func send(
        _ method: String, _ path: String, query: [(String, String)] = [], body: Data? = nil,
        contentType: String? = nil, retrySafe: Bool = true
    ) async throws -> HTTPResponseData {
        let url = try makeURL(path, query: query)
        var headers = [
            "Authorization": credentials.authorizationHeader, "Accept": "application/json",
        ]
        if let contentType { headers["Content-Type"] = contentType }
        let request = HTTPRequestData(method: method, url: url, headers: headers, body: body)
        let label = "\(method) \(path)"
        let repeatable = method == "GET" || method == "PUT" || method == "DELETE" || retrySafe
        var attempt = 0
        var rateLimitRetries = 0
        while true {
            attempt += 1
            if request.isWrite { writes += 1 } else { reads += 1 }
            let response: HTTPResponseData
            do {
                response = try await transport.send(request)
            } catch let failure as TransportFailure {
                log?("\(label) → \(Self.describe(failure))")
                if repeatable, attempt < policy.maxAttempts {
                    let wait = policy.backoff(retry: attempt)
                    waiting?(wait, "\(label) failed (\(Self.describe(failure))); retrying")
                    try await pause(wait)
                    continue
                }
                throw networkError(failure, label: label, attempts: attempt)
            }
            log?("\(label) → \(response.status)")
            switch response.status {
            case 200..<300:
                return response
            case 429 where rateLimitRetries < policy.maxRateLimitRetries:
                rateLimitRetries += 1
                attempt -= 1
                let wait = retryAfter(response) ?? policy.backoff(retry: rateLimitRetries)
                log?("\(label): rate limited, waiting \(wait)s")
                waiting?(wait, "BookStack's rate limit (HTTP 429)")
                try await pause(wait)
            case 500...599
            where repeatable && attempt < policy.maxAttempts && !Self.isOldNotFound(response):
                let wait = policy.backoff(retry: attempt)
                waiting?(wait, "\(label) got HTTP \(response.status); retrying")
                try await pause(wait)
            default:
                throw ErrorTranslator.error(
                    for: response, label: label, baseURL: credentials.baseURL, attempts: attempt)
            }
        }
    }

    // MARK: Helpers

    private func pause(_ seconds: Double) async throws {
        guard seconds > 0 else { return }
        try await Task.sleep(nanoseconds: UInt64(seconds * 1_000_000_000))
    }

    private func retryAfter(_ response: HTTPResponseData) -> Double? {
        guard let text = response.header("Retry-After"),
            let seconds = Double(text.trimmingCharacters(in: .whitespaces))
        else { return nil }
        return min(max(seconds, 0), policy.maxRetryAfter)
    }

    /// Before v23.06 BookStack answered "Page not found"/"Shelf not found" with HTTP 500: not worth retrying.
    static func isOldNotFound(_ response: HTTPResponseData) -> Bool {
        guard response.status == 500,
            let body = try? JSONDecoder().decode(APIErrorBody.self, from: response.body),
            let text = body.text
        else { return false }
        return text.hasSuffix("not found")
    }

    private func makeURL(_ path: String, query: [(String, String)]) throws -> URL {
        var text = credentials.baseURL.absoluteString + path
        if !query.isEmpty {
            text +=
                "?"
                + query.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        }
        guard let url = URL(string: text) else {
            throw BookStackError(
                .configuration, "cannot build a URL from BOOKSTACK_URL and \(path)")
        }
        return url
    }

    /// Percent-encodes everything but RFC 3986 unreserved characters.
    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    private func decode<T: Decodable>(_ type: T.Type, from response: HTTPResponseData, path: String)
        throws -> T
    {
        do {
            return try JSONDecoder().decode(T.self, from: response.body)
        } catch {
            throw BookStackError(
                .invalidResponse,
                "BookStack's answer to \(path) is not the JSON expected (HTTP \(response.status)). "
                    + "Check that BOOKSTACK_URL (\(credentials.baseURL.absoluteString)) is the root of a BookStack "
                    + "instance, v23.01 or later.",
                status: response.status)
        }
    }

    private func networkError(_ failure: TransportFailure, label: String, attempts: Int)
        -> BookStackError
    {
        let base = credentials.baseURL.absoluteString
        switch failure {
        case .cannotConnect:
            return BookStackError(
                .network,
                "cannot connect to BookStack at \(base) (\(label), \(attempts) attempt(s)). "
                    + "Check BOOKSTACK_URL and that the server is up.")
        case .timedOut(let seconds):
            return BookStackError(
                .network,
                "BookStack at \(base) did not answer \(label) within \(Self.seconds(seconds)) "
                    + "(\(attempts) attempt(s)). The server may be overloaded; try again later.")
        case .connectionLost, .other:
            return BookStackError(
                .network,
                "the connection to BookStack at \(base) broke during \(label) (\(attempts) attempt(s)). "
                    + "Check the network and the server, then run the command again: it picks up where "
                    + "it stopped.")
        }
    }

    static func seconds(_ value: Double) -> String {
        value == value.rounded() ? "\(Int(value))s" : String(format: "%.1fs", value)
    }

    static func describe(_ failure: TransportFailure) -> String {
        switch failure {
        case .cannotConnect(let detail): return "cannot connect: \(detail)"
        case .connectionLost(let detail): return "connection lost: \(detail)"
        case .timedOut(let seconds): return "timed out after \(Self.seconds(seconds))"
        case .other(let detail): return detail
        }
    }
}

extension JSONEncoder {
    /// Keys sorted so equal bodies are equal bytes.
    static var sorted: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}

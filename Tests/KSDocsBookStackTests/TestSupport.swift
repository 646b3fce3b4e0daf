import BookStackTestServer
import Foundation
import KSDocsBookStack
import Testing

/// The token the test server accepts by default; tests search every output for this secret.
let testSecret = "s3cr3t-TOKEN-value-0123456789abcd"
let testTokenID = "ksdocs-token-id"

/// Fast retries so fault tests stay well under a second.
let fastRetries = RetryPolicy(
    maxAttempts: 3, maxRateLimitRetries: 10, baseDelay: 0.01, maxDelay: 0.05, maxRetryAfter: 2)

/// Starts a test server on 127.0.0.1, runs `body`, stops the server.
func withServer<T>(
    version: BookStackVersion = .v24_10, tokens: [APIToken]? = nil,
    rateLimit: RateLimit = .bookStackDefault, appURL: String? = nil,
    _ body: (BookStackTestServer) async throws -> T
) async throws -> T {
    let configuration = TestServerConfiguration(
        version: version, tokens: tokens ?? [APIToken(id: testTokenID, secret: testSecret)],
        rateLimit: rateLimit, appURL: appURL)
    let server = try await BookStackTestServer.start(configuration)
    do {
        let result = try await body(server)
        await server.stop()
        return result
    } catch {
        await server.stop()
        throw error
    }
}

func credentials(
    _ server: BookStackTestServer, id: String = testTokenID, secret: String = testSecret
) -> BookStackCredentials {
    BookStackCredentials(baseURL: server.baseURL, tokenID: id, tokenSecret: secret)
}

func makeClient(
    _ server: BookStackTestServer, secret: String = testSecret,
    transport: (any HTTPTransport)? = nil,
    timeout: Double = 5, log: (@Sendable (String) -> Void)? = nil
) -> BookStackClient {
    BookStackClient(
        credentials: credentials(server, secret: secret),
        transport: transport ?? URLSessionTransport(timeout: timeout),
        retryPolicy: fastRetries, log: log)
}

func publish(
    _ site: BookStackSite, to server: BookStackTestServer,
    options: PublishOptions = PublishOptions(),
    transport: (any HTTPTransport)? = nil
) async throws -> PublishReport {
    let publisher = BookStackPublisher(
        client: makeClient(server, transport: transport), options: options)
    return try await publisher.publish(site)
}

/// A 1×1 PNG.
let pixelPNG =
    Data(
        base64Encoded:
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
    ) ?? Data()

/// Two books, four pages: a forward link, a backward link with anchor, an in-page anchor and an image.
func sampleSite(mapText: String = "The two hosts.") -> BookStackSite {
    BookStackSite(
        siteID: "kitestacks", shelfName: "KiteStacks", shelfDescription: "Homelab docs",
        books: [
            .init(
                source: "book:beginner", name: "Beginner Track", description: "Start here",
                pages: [
                    .init(
                        source: "beginner/01-map.md", name: "The Map",
                        html: """
                            <h2 id="hosts">Hosts</h2><p>\(mapText) See <a href="#hosts">hosts</a> and \
                            <a href="ksdocs-page:beginner/02-docker.md#compose">compose</a>.</p>\
                            <p><img src="ksdocs-image:images/map.png" alt="map"></p>
                            """,
                        images: [.init(path: "images/map.png", fileName: "map.png", data: pixelPNG)]
                    ),
                    .init(
                        source: "beginner/02-docker.md", name: "Docker",
                        html: """
                            <h2 id="compose">Compose up</h2><p>Back to <a href="ksdocs-page:beginner/01-map.md">the map</a>, \
                            up to <a href="ksdocs-page:beginner/02-docker.md#compose">compose</a>.</p>
                            """),
                ]),
            .init(
                source: "book:decisions", name: "Architecture Decisions",
                pages: [
                    .init(
                        source: "decisions/001-tunnel.md", name: "Why Cloudflare Tunnel",
                        html: "<p>No open ports.</p>"),
                    .init(
                        source: "generated:interview", name: "Interview Prep", html: "<p>Cards.</p>"
                    ),
                ]),
        ])
}

/// A comparable picture of what the server holds: one line per item, with ids, ports and
/// upload paths replaced by sources so two servers' contents can be compared.
func snapshot(_ server: BookStackTestServer) async -> [String] {
    let state = server.state
    let books = await state.all("book")
    let pages = await state.all("page")
    let shelves = await state.all("bookshelf")
    let images = await state.galleryImages
    let bookSource = Dictionary(
        uniqueKeysWithValues: books.map { ($0.id, $0.tag("ksdocs-source") ?? $0.name) })
    func normalise(_ html: String) -> String {
        var out = html
        for page in pages {
            out = out.replacingOccurrences(
                of: "\(server.baseURL.absoluteString)/link/\(page.id)\"",
                with: "LINK(\(page.tag("ksdocs-source") ?? ""))\"")
            out = out.replacingOccurrences(
                of: "\(server.baseURL.absoluteString)/link/\(page.id)#",
                with: "LINK(\(page.tag("ksdocs-source") ?? ""))#")
        }
        for image in images {
            out = out.replacingOccurrences(of: image.url, with: "IMAGE(\(image.name))")
        }
        return out
    }
    var lines: [String] = []
    for shelf in shelves {
        let members = shelf.books.map { bookSource[$0] ?? "?" }.joined(separator: ",")
        lines.append("shelf|\(shelf.name)|\(members)")
    }
    for book in books {
        lines.append(
            "book|\(bookSource[book.id] ?? "")|\(book.name)|\(book.tag("ksdocs-hash") ?? "-")")
    }
    for page in pages {
        let imageCount = images.filter { $0.uploadedTo == page.id }.count
        lines.append(
            "page|\(page.tag("ksdocs-source") ?? page.name)|\(page.name)|\(bookSource[page.bookID] ?? "?")|"
                + "priority:\(page.priority)|images:\(imageCount)|\(normalise(page.html))")
    }
    return lines.sorted()
}

/// A transport that stops working after a number of write requests, like a process killed mid-run.
final class KillSwitchTransport: HTTPTransport, @unchecked Sendable {
    private let inner = URLSessionTransport(timeout: 5)
    private let lock = NSLock()
    private var writesLeft: Int

    init(writes: Int) { writesLeft = writes }

    func send(_ request: HTTPRequestData) async throws -> HTTPResponseData {
        let allowed: Bool = lock.withLock {
            if writesLeft <= 0 { return false }
            if request.isWrite { writesLeft -= 1 }
            return true
        }
        guard allowed else { throw TransportFailure.cannotConnect("killed") }
        return try await inner.send(request)
    }
}

/// Collects log lines from a `@Sendable` closure.
final class LogCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    var lines: [String] { lock.withLock { storage } }
    func append(_ line: String) { lock.withLock { storage.append(line) } }
}

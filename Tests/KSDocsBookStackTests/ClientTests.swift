import BookStackTestServer
import Foundation
import KSDocsBookStack
import Testing

@Suite("BookStack client")
struct ClientTests {
    @Test("credentials come from BOOKSTACK_URL, BOOKSTACK_TOKEN_ID and BOOKSTACK_TOKEN_SECRET")
    func credentialsFromEnvironment() throws {
        let ok = try BookStackCredentials.fromEnvironment([
            "BOOKSTACK_URL": "https://wiki.example.com/", "BOOKSTACK_TOKEN_ID": "abc",
            "BOOKSTACK_TOKEN_SECRET": testSecret,
        ])
        #expect(ok.baseURL.absoluteString == "https://wiki.example.com")
        #expect(!"\(ok)".contains(testSecret))
        #expect(!String(reflecting: ok).contains(testSecret))
        var dumped = ""
        dump(ok, to: &dumped)
        #expect(!dumped.contains(testSecret))
    }

    @Test(
        "missing or malformed settings give a clear environment error",
        arguments: [
            ([:], "BOOKSTACK_URL, BOOKSTACK_TOKEN_ID, BOOKSTACK_TOKEN_SECRET are not set"),
            (
                ["BOOKSTACK_TOKEN_ID": "a", "BOOKSTACK_TOKEN_SECRET": testSecret],
                "BOOKSTACK_URL is not set"
            ),
            (
                [
                    "BOOKSTACK_URL": "wiki.example.com", "BOOKSTACK_TOKEN_ID": "a",
                    "BOOKSTACK_TOKEN_SECRET": testSecret,
                ],
                "BOOKSTACK_URL must be an http:// or https:// address"
            ),
            (
                [
                    "BOOKSTACK_URL": "ftp://wiki.example.com", "BOOKSTACK_TOKEN_ID": "a",
                    "BOOKSTACK_TOKEN_SECRET": testSecret,
                ],
                "BOOKSTACK_URL must be an http:// or https:// address"
            ),
            (
                ["BOOKSTACK_URL": "https://w.example.com", "BOOKSTACK_TOKEN_ID": "a"],
                "BOOKSTACK_TOKEN_SECRET is not set"
            ),
        ])
    func badEnvironment(env: [String: String], expected: String) throws {
        let error = #expect(throws: BookStackError.self) {
            try BookStackCredentials.fromEnvironment(env)
        }
        #expect(error?.kind == .configuration)
        #expect(error?.isEnvironmentError == true)
        #expect(error?.message.contains(expected) == true)
        #expect(error?.message.contains(testSecret) == false)
    }

    @Test(
        "a wrong secret is an environment error that names the token variables, and nothing is written"
    )
    func badCredentials() async throws {
        try await withServer { server in
            let client = makeClient(server, secret: "wrong-\(testSecret)")
            let publisher = BookStackPublisher(client: client)
            let error = await #expect(throws: BookStackError.self) {
                _ = try await publisher.publish(sampleSite())
            }
            #expect(error?.kind == .unauthorized)
            #expect(error?.isEnvironmentError == true)
            #expect(
                error?.message.contains("BOOKSTACK_TOKEN_ID and BOOKSTACK_TOKEN_SECRET") == true)
            #expect(await server.state.writeCount == 0)
            #expect(await server.state.all("book").isEmpty)
        }
    }

    @Test(
        "a role without API access or without write permission gets advice, not a stack of retries")
    func forbidden() async throws {
        let tokens = [
            APIToken(id: "noapi", secret: testSecret, role: .noAPI),
            APIToken(id: "viewer", secret: testSecret, role: .viewer),
            APIToken(id: "old", secret: testSecret, expired: true),
        ]
        try await withServer(tokens: tokens) { server in
            for (id, phrase) in [
                ("noapi", "Access system API"), ("viewer", "lacks permission"), ("old", "expired"),
            ] {
                let client = BookStackClient(
                    credentials: credentials(server, id: id), retryPolicy: fastRetries)
                let error = await #expect(throws: BookStackError.self) {
                    _ = try await BookStackPublisher(client: client).publish(sampleSite())
                }
                #expect(error?.kind == .forbidden)
                #expect(error?.isEnvironmentError == true)
                #expect(error?.message.contains(phrase) == true, "\(id): \(error?.message ?? "")")
            }
            #expect(await server.state.all("book").isEmpty)
        }
    }

    @Test("no permission on one item: the run stops with a 403 that names the item")
    func itemPermission() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let map = try #require(
                await server.state.all("page").first {
                    $0.tag("ksdocs-source") == "beginner/01-map.md"
                })
            await server.state.makeReadOnly("page", id: map.id)
            let error = await #expect(throws: BookStackError.self) {
                _ = try await publish(sampleSite(mapText: "new"), to: server)
            }
            #expect(error?.kind == .forbidden)
            #expect(error?.isEnvironmentError == true)
            #expect(
                error?.message.hasPrefix("updating page beginner/01-map.md: BookStack denied PUT")
                    == true)
            #expect(error?.message.contains("lacks permission for this item") == true)
        }
    }

    @Test("a 422 says which field and why, and is a content error")
    func validation() async throws {
        try await withServer { server in
            let client = makeClient(server)
            let error = await #expect(throws: BookStackError.self) {
                let _: EntityRecord = try await client.write(
                    "POST", "/api/books",
                    json: ["name": .string(String(repeating: "x", count: 300))])
            }
            #expect(error?.kind == .validation)
            #expect(error?.isEnvironmentError == false)
            #expect(
                error?.message
                    == "BookStack rejected POST /api/books (HTTP 422): name: The name must not be greater than 255 characters."
            )
            #expect(error?.validation["name"]?.count == 1)
        }
    }

    @Test("lists are read page by page")
    func paging() async throws {
        try await withServer { server in
            for n in 1...7 { await server.state.seed("book", name: "Book \(n)") }
            let client = makeClient(server)
            let books: [EntityReference] = try await client.list("/api/books", pageSize: 3)
            #expect(books.map(\.name) == (1...7).map { "Book \($0)" })
            #expect(await client.reads == 3)
            let filtered: [EntityReference] = try await client.list(
                "/api/books", filters: [("filter[name:like]", "%k 1%")])
            #expect(filtered.map(\.name) == ["Book 1"])
        }
    }

    @Test("a slow answer past the timeout is retried, then reported")
    func timeouts() async throws {
        try await withServer { server in
            // URLSession on Linux counts timeouts in whole seconds.
            let client = BookStackClient(
                credentials: credentials(server), transport: URLSessionTransport(timeout: 2),
                retryPolicy: RetryPolicy(maxAttempts: 3, baseDelay: 0.01))
            // Slow answers take well over the timeout, so a busy machine cannot blur the two;
            // one slow answer is retried (with a spare attempt, for a machine busy with builds).
            await server.state.inject(Fault(.slow(seconds: 3.5), count: 1))
            let _: [EntityReference] = try await client.list("/api/books")
            await server.state.inject(Fault(.slow(seconds: 3.5), count: 3))
            let error = await #expect(throws: BookStackError.self) {
                let _: [EntityReference] = try await client.list("/api/books")
            }
            #expect(error?.kind == .network)
            #expect(error?.message.contains("did not answer") == true)
        }
    }

    @Test("an unreachable server is an environment error")
    func unreachable() async throws {
        let port = try await withServer { server in server.port }
        let client = BookStackClient(
            credentials: BookStackCredentials(
                baseURL: try #require(URL(string: "http://127.0.0.1:\(port)")),
                tokenID: testTokenID, tokenSecret: testSecret),
            retryPolicy: fastRetries)
        let error = await #expect(throws: BookStackError.self) {
            _ = try await BookStackPublisher(client: client).publish(sampleSite())
        }
        #expect(error?.kind == .network)
        #expect(error?.isEnvironmentError == true)
    }

    @Test("the secret appears in no error, report, plan or verbose log line")
    func secretNeverShown() async throws {
        let log = LogCollector()
        var texts: [String] = []
        try await withServer(tokens: [
            APIToken(id: testTokenID, secret: testSecret),
            APIToken(id: "ro", secret: testSecret, role: .viewer),
        ]) { server in
            let client = makeClient(server, log: { log.append($0) })
            let publisher = BookStackPublisher(
                client: client, options: PublishOptions(verbose: true), log: { log.append($0) })
            let report = try await publisher.publish(sampleSite())
            texts +=
                report.planLines + report.warnings + [
                    report.summary, "\(report)", "\(client.credentials)",
                ]
            // Every error path: 401, 403, 404, 422, 5xx, network, 429.
            await server.state.inject(Fault(.serverError, count: 10))
            await server.state.inject(Fault(.dropConnection(afterApplying: false), count: 10))
            let attempts: [@Sendable () async throws -> Void] = [
                {
                    _ = try await BookStackPublisher(client: makeClient(server, secret: "bad"))
                        .publish(sampleSite())
                },
                {
                    _ = try await BookStackPublisher(
                        client: BookStackClient(
                            credentials: credentials(server, id: "ro"), retryPolicy: fastRetries)
                    ).publish(sampleSite(mapText: "x"))
                },
                { let _: EntityRecord = try await client.get("/api/pages/999") },
                { let _: EntityRecord = try await client.get("/api/nothing") },
                { let _: EntityRecord = try await client.write("POST", "/api/books", json: [:]) },
                { let _: EntityRecord = try await client.get("/api/books/1") },
                { let _: EntityRecord = try await client.get("/api/books/1") },
            ]
            for attempt in attempts {
                do { try await attempt() } catch {
                    texts += ["\(error)", String(reflecting: error), error.localizedDescription]
                }
            }
            await server.state.clearFaults()
        }
        for text in texts + log.lines { #expect(!text.contains(testSecret), "leaked in: \(text)") }
        #expect(texts.count > 10)
        #expect(log.lines.contains { $0.hasPrefix("GET /api/search") })
    }
}

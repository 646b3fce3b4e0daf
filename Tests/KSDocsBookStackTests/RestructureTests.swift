import BookStackTestServer
import Foundation
import KSDocsBookStack
import Testing

@Suite("Site changes between runs")
struct RestructureTests {
    @Test("a page moved to another book and renamed is updated in place, not duplicated")
    func moveAndRename() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let before = await server.state.all("page")
            var site = sampleSite()
            var moved = site.books[1].pages.removeFirst()
            moved.name = "Cloudflare Tunnel, decided"
            site.books[0].pages.append(moved)
            let report = try await publish(site, to: server)
            #expect(report.created == 0)
            #expect(
                report.steps.contains {
                    $0.action == .update && $0.note == "moved to book:beginner, renamed"
                })
            let after = await server.state.all("page")
            #expect(after.map(\.id) == before.map(\.id))
            let page = try #require(
                after.first { $0.tag("ksdocs-source") == "decisions/001-tunnel.md" })
            let beginner = try #require(await server.state.all("book").first)
            #expect(page.bookID == beginner.id)
            #expect(page.name == "Cloudflare Tunnel, decided")
            await server.state.resetCounters()
            _ = try await publish(site, to: server)
            #expect(await server.state.writeCount == 0)
        }
    }

    @Test("v23.05 ignores priority: the publisher notices, warns once and stays idempotent")
    func priorityIgnored() async throws {
        try await withServer(version: .v23_05) { server in
            _ = try await publish(sampleSite(), to: server)
            var site = sampleSite()
            site.books[0].pages.insert(
                .init(source: "beginner/00-intro.md", name: "Intro", html: "<p>hi</p>"), at: 0)
            let report = try await publish(site, to: server)
            #expect(report.warnings.count == 1)
            #expect(report.warnings.first?.contains("older than v23.08") == true)
            await server.state.resetCounters()
            let again = try await publish(site, to: server)
            #expect(again.writes == 0)
        }
    }

    @Test("search results are read page by page past 100 items")
    func searchPaging() async throws {
        try await withServer { server in
            let book = await server.state.seed("book", name: "Big")
            for n in 1...150 {
                await server.state.seed(
                    "page", name: "P\(n)", bookID: book,
                    tags: [("ksdocs-site", "big"), ("ksdocs-source", "p\(n).md")])
            }
            let client = makeClient(server)
            let results = try await client.search("[ksdocs-site=big]")
            #expect(results.count == 150)
            #expect(await client.reads == 2)
        }
    }

    @Test(
        "before v23.06 a missing page is HTTP 500 'Page not found': reported as not found, not retried"
    )
    func oldNotFound() async throws {
        try await withServer(version: .v23_01) { server in
            let client = makeClient(server)
            let error = await #expect(throws: BookStackError.self) {
                let _: EntityRecord = try await client.get("/api/pages/42")
            }
            #expect(error?.kind == .notFound)
            #expect(await server.state.readCount == 1)
        }
    }

    @Test("site problems BookStack would reject are content errors, found before any request")
    func invalidSite() async throws {
        try await withServer { server in
            var site = sampleSite()
            site.books[0].pages[1].source = site.books[0].pages[0].source
            site.books[1].name = ""
            let error = await #expect(throws: BookStackError.self) {
                _ = try await publish(site, to: server)
            }
            #expect(error?.isEnvironmentError == false)
            #expect(
                error?.message.contains("page source 'beginner/01-map.md' appears twice") == true)
            #expect(error?.message.contains("book book:decisions has an empty name") == true)
            #expect(await server.state.requests.isEmpty)
        }
    }
}

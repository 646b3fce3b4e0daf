import BookStackTestServer
import Foundation
import KSDocsBookStack
import Testing

@Suite("Publishing a site")
struct PublisherTests {
    @Test("a first publish creates the shelf, the books and the pages in order, with their tags")
    func firstPublish() async throws {
        try await withServer { server in
            let report = try await publish(sampleSite(), to: server)
            #expect(report.created == 7)
            #expect(report.updated == 0)
            #expect(report.warnings.isEmpty)
            let state = server.state
            #expect(await state.all("bookshelf").count == 1)
            #expect(
                await state.all("book").map(\.name) == ["Beginner Track", "Architecture Decisions"])
            let pages = await state.all("page")
            #expect(
                pages.map(\.name) == [
                    "The Map", "Docker", "Why Cloudflare Tunnel", "Interview Prep",
                ])
            for page in pages {
                #expect(page.tag("ksdocs-site") == "kitestacks")
                #expect(page.tag("ksdocs-source") != nil)
                // short, so BookStack's tag list stays readable: <content 12 hex>-<placement 4 hex>
                #expect(
                    page.tag("ksdocs-hash")?.range(of: "^[0-9a-f]{12}-[0-9a-f]{4}$", options: .regularExpression) != nil
                )
            }
            let shelf = try #require(await state.all("bookshelf").first)
            #expect(shelf.books == (await state.all("book")).map(\.id))
            #expect(await state.galleryImages.count == 1)
            // Reads and writes as the server counted them match the report.
            #expect(await state.writeCount == report.writes)
            #expect(await state.readCount == report.reads)
            print("first publish: \(report.summary)")
        }
    }

    @Test("republishing an unchanged site sends no write request")
    func unchangedRepublish() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            await server.state.resetCounters()
            let report = try await publish(sampleSite(), to: server)
            #expect(await server.state.writeCount == 0)
            #expect(report.writes == 0)
            #expect(report.unchanged == 7)
            #expect(report.reads == 1)
            print("unchanged republish: \(report.summary)")
        }
    }

    @Test("changing one page updates exactly that page")
    func changeOnePage() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let before = await server.state.all("page")
            await server.state.resetCounters()
            let report = try await publish(
                sampleSite(mapText: "Two hosts, monk and kscloud1."), to: server)
            let writes = await server.state.requests.filter { $0.method != "GET" }
            let map = try #require(before.first { $0.tag("ksdocs-source") == "beginner/01-map.md" })
            // The page and, because its image is re-used from the gallery, nothing else.
            #expect(writes.map { "\($0.method) \($0.path)" } == ["PUT /api/pages/\(map.id)"])
            #expect(report.updated == 1)
            #expect(report.unchanged == 6)
            let after = try #require(await server.state.entity("page", id: map.id))
            #expect(after.html.contains("monk and kscloud1"))
            #expect(await server.state.galleryImages.count == 1)
        }
    }

    @Test("tags a person added to a ksdocs page are kept when the page is updated")
    func handAddedTagsKept() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let client = makeClient(server)
            let map = try #require(
                await server.state.all("page").first {
                    $0.tag("ksdocs-source") == "beginner/01-map.md"
                })
            let tags = map.tags.map {
                JSONValue.object(["name": .string($0.name), "value": .string($0.value)])
            }
            let _: EntityRecord = try await client.write(
                "PUT", "/api/pages/\(map.id)",
                json: [
                    "tags": .array(
                        [.object(["name": .string("reviewed"), "value": .string("yes")])] + tags)
                ])
            _ = try await publish(sampleSite(mapText: "changed"), to: server)
            let after = try #require(await server.state.entity("page", id: map.id))
            #expect(after.tag("reviewed") == "yes")
            #expect(after.tag("ksdocs-hash") != map.tag("ksdocs-hash"))
        }
    }

    @Test("a dry run plans everything and writes nothing")
    func dryRun() async throws {
        try await withServer { server in
            let report = try await publish(
                sampleSite(), to: server, options: PublishOptions(dryRun: true))
            #expect(await server.state.writeCount == 0)
            #expect(report.created == 7)
            #expect(report.planLines.first == "create    book book:beginner \"Beginner Track\"")
            #expect(report.summary.contains("dry run"))
            _ = try await publish(sampleSite(), to: server)
            var changed = sampleSite()
            changed.books[1].pages.removeLast()
            await server.state.resetCounters()
            let plan = try await publish(
                changed, to: server, options: PublishOptions(dryRun: true, prune: true))
            #expect(await server.state.writeCount == 0)
            #expect(
                plan.planLines.contains("delete    page generated:interview \"Interview Prep\""))
        }
    }

    @Test("pages without ksdocs tags survive publish and prune; colliding names get a suffix")
    func untaggedItemsSurvive() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let state = server.state
            let book = try #require(await state.all("book").first)
            let handWritten = await state.seed("page", name: "My notes", bookID: book.id)
            let collider = await state.seed("page", name: "Extra Page", bookID: book.id)
            let foreignSite = await state.seed(
                "page", name: "Other site", bookID: book.id,
                tags: [("ksdocs-site", "othersite"), ("ksdocs-source", "beginner/01-map.md")])
            var site = sampleSite()
            site.books[0].pages.append(
                .init(source: "beginner/03-extra.md", name: "Extra Page", html: "<p>new</p>"))
            site.books[1].pages.removeLast()
            let report = try await publish(site, to: server, options: PublishOptions(prune: true))
            #expect(await state.entity("page", id: handWritten)?.name == "My notes")
            #expect(await state.entity("page", id: collider)?.name == "Extra Page")
            #expect(await state.entity("page", id: foreignSite) != nil)
            #expect(await state.all("page").contains { $0.name == "Extra Page (ksdocs)" })
            #expect(report.warnings.contains { $0.contains("\"Extra Page (ksdocs)\"") })
            #expect(report.deleted == 1)
            #expect(!(await state.all("page")).contains { $0.name == "Interview Prep" })
            // The untouched pages were never written to.
            let touched = await state.requests.filter { $0.method != "GET" }.map(\.path)
            for id in [handWritten, collider, foreignSite] {
                #expect(!touched.contains("/api/pages/\(id)"))
            }
        }
    }

    @Test("prune keeps a stale book that holds pages ksdocs does not own")
    func pruneKeepsForeignContent() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let decisions = try #require(await server.state.all("book").last)
            let notes = await server.state.seed("page", name: "Hand notes", bookID: decisions.id)
            var site = sampleSite()
            site.books.removeLast()
            let report = try await publish(site, to: server, options: PublishOptions(prune: true))
            #expect(await server.state.entity("book", id: decisions.id) != nil)
            #expect(await server.state.entity("page", id: notes) != nil)
            #expect(report.steps.contains { $0.action == .keep && $0.source == "book:decisions" })
            #expect(report.deleted == 2)
            // Without --prune, stale items are only reported.
            let plain = try await publish(sampleSite(), to: server)
            #expect(plain.created == 2)
        }
    }

    @Test(
        "a run killed after N writes, then rerun, ends as an uninterrupted run",
        arguments: [BookStackVersion.v23_01, .v24_10], 1...8)
    func killedRunResumes(version: BookStackVersion, afterWrites: Int) async throws {
        let (reference, totalWrites) = try await withServer(version: version) { server in
            let report = try await publish(sampleSite(), to: server)
            return (await snapshot(server), report.writes)
        }
        guard afterWrites < totalWrites else { return }
        try await withServer(version: version) { server in
            await #expect(throws: BookStackError.self) {
                _ = try await publish(
                    sampleSite(), to: server, transport: KillSwitchTransport(writes: afterWrites))
            }
            _ = try await publish(sampleSite(), to: server)
            let after = await snapshot(server)
            #expect(
                after == reference,
                "\(after.filter { !reference.contains($0) }) vs \(reference.filter { !after.contains($0) })"
            )
            await server.state.resetCounters()
            _ = try await publish(sampleSite(), to: server)
            #expect(await server.state.writeCount == 0)
        }
    }

    @Test("a create whose answer is lost is found by tag, not made twice")
    func lostCreateAnswer() async throws {
        try await withServer { server in
            await server.state.inject(
                Fault(.dropConnection(afterApplying: true), count: 1, target: .writes))
            _ = try await publish(sampleSite(), to: server)
            #expect(await server.state.all("book").count == 2)
            let reference = try await withServer { other in
                _ = try await publish(sampleSite(), to: other)
                return await snapshot(other)
            }
            let after = await snapshot(server)
            #expect(
                after == reference,
                "\(after.filter { !reference.contains($0) }) vs \(reference.filter { !after.contains($0) })"
            )
        }
    }

    @Test("a 429 storm is ridden out by honouring Retry-After")
    func rateLimitStorm() async throws {
        // 3 requests per 2 s: a run is limited even on a busy machine (a request a second would not be at 4/1 s).
        try await withServer(rateLimit: RateLimit(requests: 3, window: 2)) { server in
            let started = Date()
            let report = try await publish(sampleSite(), to: server)
            #expect(report.created == 7)
            let limited = await server.state.requests.filter { $0.status == 429 }.count
            #expect(limited > 0)
            // Retry-After is at most 2 s here: the run waits that long each time, not a long backoff.
            #expect(Date().timeIntervalSince(started) < 45)
        }
    }

    @Test("5xx answers and dropped connections are retried a bounded number of times")
    func transientFaults() async throws {
        try await withServer { server in
            await server.state.inject(Fault(.serverError, count: 1))
            await server.state.inject(Fault(.dropConnection(afterApplying: false), count: 1))
            await server.state.inject(Fault(.serverError, count: 2, target: .writes))
            let report = try await publish(sampleSite(), to: server)
            #expect(report.created == 7)
            #expect(await server.state.all("page").count == 4)

            await server.state.inject(Fault(.serverError, count: 50))
            let error = await #expect(throws: BookStackError.self) {
                _ = try await publish(sampleSite(mapText: "changed"), to: server)
            }
            #expect(error?.kind == .server)
            #expect(error?.isEnvironmentError == true)
            #expect(error?.message.contains("HTTP 500") == true)
        }
    }

    @Test("--shelf renames the shelf; the rename is an update, not a second shelf")
    func shelfOverride() async throws {
        try await withServer { server in
            _ = try await publish(sampleSite(), to: server)
            let report = try await publish(
                sampleSite(), to: server, options: PublishOptions(shelfName: "Homelab"))
            #expect(report.updated == 1)
            #expect(await server.state.all("bookshelf").map(\.name) == ["Homelab"])
        }
    }

    @Test("an untagged shelf with the same name is left alone")
    func shelfNameCollision() async throws {
        try await withServer { server in
            let theirs = await server.state.seed("bookshelf", name: "KiteStacks")
            let report = try await publish(sampleSite(), to: server)
            #expect(await server.state.entity("bookshelf", id: theirs)?.name == "KiteStacks")
            #expect(
                await server.state.all("bookshelf").map(\.name) == [
                    "KiteStacks", "KiteStacks (ksdocs)",
                ])
            #expect(report.warnings.count == 1)
            await server.state.resetCounters()
            _ = try await publish(sampleSite(), to: server)
            #expect(await server.state.writeCount == 0)
        }
    }
}

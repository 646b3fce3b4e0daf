import BookStackTestServer
import Foundation
import KSDocsBookStack
import Testing

@Suite("Older and newer BookStack versions")
struct CompatibilityTests {
    @Test(
        "v23.01: no image gallery (images inline, stored by BookStack), no priority (creation order)"
    )
    func oldestSupported() async throws {
        try await withServer(version: .v23_01) { server in
            let report = try await publish(sampleSite(), to: server)
            #expect(report.created == 7)
            #expect(report.warnings.count == 1)
            #expect(report.warnings.first?.contains("older than v23.05") == true)
            let state = server.state
            // No upload went to /api/image-gallery; the inline image became a gallery image anyway.
            #expect(
                !(await state.requests).contains {
                    $0.method == "POST" && $0.path == "/api/image-gallery"
                })
            let images = await state.galleryImages
            #expect(images.count == 1)
            let map = try #require(await state.all("page").first { $0.name == "The Map" })
            #expect(map.html.contains(try #require(images.first).url))
            #expect(!map.html.contains("data:image"))
            // Order comes from creation order.
            let book = try #require(await state.all("book").first)
            let ordered = await state.all("page").filter { $0.bookID == book.id }.sorted {
                $0.priority < $1.priority
            }
            #expect(ordered.map(\.name) == ["The Map", "Docker"])
            await state.resetCounters()
            let again = try await publish(sampleSite(), to: server)
            #expect(again.writes == 0)
            #expect(await state.writeCount == 0)
        }
    }

    @Test("v23.05: gallery uploads work")
    func galleryVersion() async throws {
        try await withServer(version: .v23_05) { server in
            let report = try await publish(sampleSite(), to: server)
            #expect(report.created == 7)
            #expect(
                await server.state.requests.contains {
                    $0.method == "POST" && $0.path == "/api/image-gallery"
                })
        }
    }

    @Test(
        "v23.08 and later: priority sets the page order, also for a page inserted later",
        arguments: [BookStackVersion.v23_08, .v24_10])
    func priorityOrder(version: BookStackVersion) async throws {
        try await withServer(version: version) { server in
            _ = try await publish(sampleSite(), to: server)
            var site = sampleSite()
            site.books[0].pages.insert(
                .init(source: "beginner/00-intro.md", name: "Intro", html: "<p>hi</p>"), at: 0)
            let report = try await publish(site, to: server)
            #expect(report.created == 1)
            #expect(report.updated == 2)
            let book = try #require(await server.state.all("book").first)
            let ordered = await server.state.all("page").filter { $0.bookID == book.id }.sorted {
                $0.priority < $1.priority
            }
            #expect(ordered.map(\.name) == ["Intro", "The Map", "Docker"])
        }
    }

    @Test(
        "anchors inside and across pages survive BookStack's bkmrk- id rewriting",
        arguments: [BookStackVersion.v23_01, .v24_10])
    func anchorsSurvive(version: BookStackVersion) async throws {
        try await withServer(version: version) { server in
            _ = try await publish(sampleSite(), to: server)
            let pages = await server.state.all("page")
            let map = try #require(pages.first { $0.name == "The Map" })
            let docker = try #require(pages.first { $0.name == "Docker" })
            // In-page anchor: the id and the link agree after BookStack's normalisation.
            #expect(map.html.contains("id=\"bkmrk-hosts\""))
            #expect(map.html.contains("href=\"#bkmrk-hosts\""))
            // Cross-page anchor: a permalink to the page plus an id that exists there.
            #expect(
                map.html.contains(
                    "href=\"\(server.baseURL.absoluteString)/link/\(docker.id)#bkmrk-compose\""))
            #expect(docker.html.contains("id=\"bkmrk-compose\""))
            #expect(
                docker.html.contains("href=\"\(server.baseURL.absoluteString)/link/\(map.id)\""))
            // A link to an anchor of the same page stays in-page.
            #expect(docker.html.contains("href=\"#bkmrk-compose\""))
        }
    }

    @Test("an unknown endpoint answers with the HTML 404 page, reported as a missing endpoint")
    func htmlNotFound() async throws {
        try await withServer(version: .v23_01) { server in
            let client = makeClient(server)
            let error = await #expect(throws: BookStackError.self) {
                let _: [GalleryImage] = try await client.list("/api/image-gallery")
            }
            #expect(error?.kind == .endpointMissing)
            #expect(error?.message.contains("v23.01") == true)
        }
    }
}

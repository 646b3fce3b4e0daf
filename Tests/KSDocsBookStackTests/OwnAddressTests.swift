import BookStackTestServer
import Foundation
import Testing

@testable import KSDocsBookStack

/// Published through one address (here the loopback port), read at BookStack's own
/// (`APP_URL`): links between pages and images start from BookStack's own address.
@Suite struct OwnAddressTests {
    static let own = "https://wiki.kitestacks.example"

    @Test func linksUseTheAddressBookStackReportsOnAFirstAndALaterPublish() async throws {
        try await withServer(appURL: Self.own) { server in
            _ = try await publish(sampleSite(), to: server)
            try await expectOwnAddress(server)
            // A later run learns it from the inventory's search rows, and changes nothing.
            await server.state.resetCounters()
            let again = try await publish(sampleSite(), to: server)
            #expect(again.updated == 0 && again.created == 0)
            try await expectOwnAddress(server)
        }
    }

    func expectOwnAddress(_ server: BookStackTestServer) async throws {
        let pages = await server.state.all("page")
        let ids = Set(pages.map(\.id))
        var links = 0
        for page in pages {
            #expect(!page.html.contains("127.0.0.1"), "\(page.name): \(page.html)")
            for match in page.html.matches(of: /href="([^"#]+)/) {
                let url = String(match.1)
                #expect(url.hasPrefix(Self.own + "/link/"), "\(page.name): \(url)")
                if let id = Int(url.dropFirst((Self.own + "/link/").count)) { #expect(ids.contains(id)) }
                links += 1
            }
            for match in page.html.matches(of: /src="([^"]+)/) {
                #expect(String(match.1).hasPrefix(Self.own + "/uploads/images/"), "\(page.name): \(match.1)")
            }
        }
        #expect(links >= 2, "the sample's links between pages")
    }

    @Test func theAppURLIsTheItemURLBeforeItsPath() {
        #expect(BookStackAddress.appURL(fromItemURL: "https://wiki.example/books/a/page/b") == "https://wiki.example")
        #expect(BookStackAddress.appURL(fromItemURL: "https://x.example/wiki/shelves/s") == "https://x.example/wiki")
        #expect(BookStackAddress.appURL(fromItemURL: "https://x.example/uploads/a.png") == nil)
        #expect(BookStackAddress.appURL(fromItemURL: "books/a") == nil)
    }
}

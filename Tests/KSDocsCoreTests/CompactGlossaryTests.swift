import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// The per-page glossary of explain blocks: a term is explained in full at its first use on a
/// page, and later uses on the same page link to that explanation.
@Suite struct CompactGlossaryTests {
    static let lesson = """
        ---
        title: Containers
        ---
        ```sh explain
        # Start the app
        docker compose up -d
        ```

        Later:

        ```sh explain
        # Check it runs
        docker ps
        ```
        """

    @Test func laterUsesLinkToTheFirstExplanation() async throws {
        var files = FixtureSite.basic
        files["beginner/01-first.md"] = Self.lesson
        let site = try FixtureSite(files)
        defer { site.remove() }
        _ = try await site.build().get()
        let page = try site.read("beginner/01-first/index.html")
        let docker = "Runs and manages containers: small isolated boxes that each hold one service."
        #expect(page.components(separatedBy: docker).count == 3, "once in the list, once as the later link's title")
        #expect(page.contains("<dt id=\"term-1\"><code>docker</code></dt><dd>\(docker)</dd>"))
        #expect(
            page.contains(
                "<p class=\"explain-seen\">Explained above: <a href=\"#term-1\" title=\"\(docker)\"><code>docker</code></a></p>"
            ))
        #expect(page.contains("<code>ps</code></dt>"), "a new sub-command is explained in full")
    }

    @Test func eachPageExplainsItsOwnFirstUse() async throws {
        var files = FixtureSite.basic
        files["beginner/01-first.md"] = Self.lesson
        files["beginner/02-second.md"] = "---\ntitle: Again\n---\n```sh explain\n# List\ndocker ps\n```\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        _ = try await site.build().get()
        let second = try site.read("beginner/02-second/index.html")
        #expect(second.contains("<dt id=\"term-1\"><code>docker</code></dt>"))
        #expect(!second.contains("explain-seen"))
    }
}

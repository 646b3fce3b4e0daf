import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Links written the way people link published pages (MkDocs, Hugo): directory style,
/// without extension, root-absolute. Each resolves to the page it names and is checked.
@Suite struct LinkStyleTests {
    static func site(_ body: String, siteYML: String = FixtureSite.basic["site.yml"]!) throws -> FixtureSite {
        var files = FixtureSite.basic
        files["site.yml"] = siteYML
        files["beginner/01-first.md"] = "---\ntitle: First lesson\n---\n## Step one\n\n\(body)\n"
        return try FixtureSite(files)
    }

    @Test func directoryStyleExtensionlessAndRootAbsoluteLinksResolve() async throws {
        let site = try Self.site(
            """
            [a](../02-second/#set-up) [b](02-second) [c](/beginner/02-second/) [d](/beginner/)
            [e](02-second/) [f](/) [g](//cdn.example.org/x.js)
            """)
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let html = try site.read("beginner/01-first/index.html")
        #expect(html.contains(#"<a href="../02-second/#set-up">a</a>"#))
        #expect(html.contains(#"<a href="../02-second/">b</a>"#))
        #expect(html.contains(#"<a href="../02-second/">c</a>"#))
        #expect(html.contains(#"<a href="../">d</a>"#))
        #expect(html.contains(#"<a href="../02-second/">e</a>"#))
        #expect(html.contains(#"<a href="../../">f</a>"#))
        #expect(html.contains(#"<a href="//cdn.example.org/x.js">g</a>"#))
    }

    @Test func aLinkToNoPageOrAnchorIsStillAnError() async throws {
        let site = try Self.site("[a](../nope/) [b](/beginner/02-second/#nowhere) [c](/missing)")
        defer { site.remove() }
        let errors = site.errors(of: await site.build())
        #expect(
            errors == [
                "Content/beginner/01-first.md:6:1: error: link to missing page '../nope/'",
                "Content/beginner/01-first.md:6:15: error: link to missing anchor '#nowhere' in '/beginner/02-second/'",
                "Content/beginner/01-first.md:6:49: error: link to missing page '/missing'",
            ])
    }

    @Test func linksWarnMakesBrokenLinksWarnings() async throws {
        let site = try Self.site(
            "[a](../nope/)", siteYML: "title: Fixture Docs\nbase_url: https://docs.example.org/\nlinks: warn\n")
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(
            report.diagnostics.map { $0.description.replacingOccurrences(of: site.content.path, with: "Content") }
                == ["Content/beginner/01-first.md:6:1: warning: link to missing page '../nope/'"])
        #expect(site.exists("beginner/01-first/index.html"))
    }
}

import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// End-to-end: fixture sites built into a temporary folder, checked on the files and HTML produced.
@Suite struct SiteBuildTests {
    @Test func buildsPagesWithNavigationTableOfContentsAndLinks() async throws {
        var files = FixtureSite.basic
        files["beginner/01-first.md"] = """
            ---
            title: First lesson
            time: 10m
            objectives: [Open a terminal]
            ---
            ## Step one

            ![Map](../images/map.svg)

            ### Detail

            Read [the second](02-second.md#set-up) and [home](../index.md).

            ## Step one
            """
        files["images/map.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        files["beginner/03-third.md"] = "# Third lesson\n\nBody.\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty)
        #expect(report.pageCount == 5, "no interview or command pages: the site has no cards or commands")

        let first = try site.read("beginner/01-first/index.html")
        // ToC, heading ids with a duplicate numbered
        #expect(first.contains("<a href=\"#step-one\">Step one</a>"))
        #expect(first.contains("<li class=\"toc-sub\"><a href=\"#detail\">Detail</a></li>"))
        #expect(first.contains("<h2 id=\"step-one-1\">Step one"))
        // rewritten links and copied image
        #expect(first.contains("<a href=\"../02-second/#set-up\">the second</a>"))
        #expect(first.contains("<a href=\"../../\">home</a>"))
        #expect(first.contains("<img src=\"../../images/map.svg\" alt=\"Map\" />"))
        #expect(site.exists("images/map.svg"))
        // sidebar in order, current marked; prev/next
        let sidebar = try #require(first.range(of: "<ol class=\"sidebar-list\">"))
        let items = first[sidebar.upperBound...]
        let order = ["First lesson", "Second lesson", "Third lesson"].compactMap { items.range(of: $0)?.lowerBound }
        #expect(order.count == 3 && order == order.sorted())
        // Track entries carry their lesson's source, for the script that ticks done lessons.
        #expect(
            first.contains(
                "<li class=\"current\" data-lesson=\"beginner/01-first.md\"><a href=\"./\" aria-current=\"page\">First lesson</a>"
            ))
        #expect(first.contains("<a class=\"next\" href=\"../02-second/\" rel=\"next\">"))
        #expect(!first.contains("rel=\"prev\""))
        #expect(first.contains("<li>Open a terminal</li>"))
        #expect(first.contains("~10 min · reading"))

        let second = try site.read("beginner/02-second/index.html")
        // Every page's sidebar links to its siblings, and to itself as "./".
        #expect(second.contains("<li data-lesson=\"beginner/01-first.md\"><a href=\"../01-first/\">First lesson</a>"))
        #expect(
            second.contains(
                "<li class=\"current\" data-lesson=\"beginner/02-second.md\"><a href=\"./\" aria-current=\"page\">Second lesson</a>"
            ))
        #expect(second.contains("<a class=\"prev\" href=\"../01-first/\" rel=\"prev\">"))
        #expect(second.contains("<a class=\"next\" href=\"../03-third/\" rel=\"next\">"))
        #expect(second.contains("Before you start"))
        // a title taken from the first heading is not repeated in the body
        let third = try site.read("beginner/03-third/index.html")
        #expect(third.contains("<h1>Third lesson</h1>"))
        #expect(third.components(separatedBy: "Third lesson</h1>").count == 2)

        let track = try site.read("beginner/index.html")
        #expect(track.contains("3 lessons"))
        let home = try site.read("index.html")
        #expect(home.contains("<a href=\"beginner/01-first/\">first lesson</a>"))
        #expect(home.contains("<a href=\"beginner/\">Beginner</a>"))
    }

    @Test func writesSiteFilesAndHashedAssets() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try await site.build().get()
        let sitemap = try site.read("sitemap.xml")
        #expect(sitemap.contains("<loc>https://docs.example.org/beginner/01-first/</loc>"))
        #expect(sitemap.contains("<loc>https://docs.example.org/</loc>"))
        #expect(try site.read("robots.txt").contains("Sitemap: https://docs.example.org/sitemap.xml"))
        let notFound = try site.read("404.html")
        #expect(notFound.contains("Page not found"))
        // Served at any depth, its relative URLs start at <base href="/">; opened from disk the
        // <base> is dropped, so the same URLs work from the output folder.
        #expect(
            notFound.contains(
                "<base href=\"/\">\n<script>if(location.protocol===\"file:\")document.querySelector(\"base\").remove()</script>"
            ))
        #expect(notFound.contains("<link rel=\"stylesheet\" href=\"assets/css/site."))
        let css = try FileManager.default.contentsOfDirectory(
            atPath: site.output.appendingPathComponent("assets/css").path)
        #expect(css.count == 2)
        for name in css {
            #expect(name.range(of: #"^(base|site)\.[0-9a-f]{8}\.css$"#, options: .regularExpression) != nil, "\(name)")
        }
        let page = try site.read("beginner/01-first/index.html")
        for name in css { #expect(page.contains("href=\"../../assets/css/\(name)\"")) }
    }

    @Test func titlesWithHTMLAreEscapedEverywhere() async throws {
        var files = FixtureSite.basic
        files["beginner/01-first.md"] = "---\ntitle: \"<script>alert(1)</script> & more\"\n---\nBody.\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        _ = try await site.build().get()
        for path in ["beginner/01-first/index.html", "beginner/02-second/index.html", "beginner/index.html"] {
            let html = try site.read(path)
            #expect(!html.contains("<script>alert"), "unescaped title in \(path)")
            #expect(
                html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; more"), "escaped title missing in \(path)")
        }
        let page = try site.read("beginner/01-first/index.html")
        #expect(page.contains("<title>&lt;script&gt;alert(1)&lt;/script&gt; &amp; more · Fixture Docs</title>"))
    }

    @Test func draftsAreSkippedUnlessAsked() async throws {
        var files = FixtureSite.basic
        files["notes.md"] = "---\ntitle: Notes\ndraft: true\n---\nBody.\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        _ = try await site.build().get()
        #expect(!site.exists("notes/index.html"))
        _ = try await site.build { $0.includeDrafts = true }.get()
        #expect(site.exists("notes/index.html"))
    }

    @Test func warningsDoNotFailTheBuildButStrictDoes() async throws {
        var files = FixtureSite.basic
        files["notes.md"] = "---\ntitle: Notes\ntiem: 5\n---\n> [!NOPE]\n> x\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(
            report.diagnostics.map { $0.description.replacingOccurrences(of: site.content.path, with: "Content") } == [
                "Content/notes.md:3:1: warning: front matter: unknown key 'tiem' on pages; did you mean 'time'?"
                    .replacingOccurrences(of: "; did you mean 'time'?", with: ""),
                "Content/notes.md:5:1: warning: unknown callout type '[!NOPE]' is shown as a plain quote; did you mean 'NOTE'?",
            ])
        let strict = await site.build { $0.strict = true }
        #expect(site.errors(of: strict).count == 2)
    }

    @Test func missingOrEmptyContentIsAnEnvironmentError() async throws {
        let site = try FixtureSite([:])
        defer { site.remove() }
        guard case .failure(.environment(let message)) = await site.build() else {
            Issue.record("expected an environment error")
            return
        }
        #expect(message.contains("is empty; add a site.yml and an index.md"))
        try FileManager.default.removeItem(at: site.content)
        guard case .failure(.environment(let missing)) = await site.build() else {
            Issue.record("expected an environment error")
            return
        }
        #expect(missing.contains("does not exist"))
    }

    @Test func missingThemeIsAnEnvironmentError() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        guard case .failure(.environment(let message)) = await site.build({ $0.theme = "nope" }) else {
            Issue.record("expected an environment error")
            return
        }
        #expect(message.contains("theme 'nope' not found"))
        #expect(message.contains("kitestacks"))
    }

    @Test func refusesToReplaceTheContentFolder() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let result = await site.build { $0.output = site.root.path }
        guard case .failure(.environment(let message)) = result else {
            Issue.record("expected an environment error")
            return
        }
        #expect(message.contains("refusing to use"))
        #expect(FileManager.default.fileExists(atPath: site.content.appendingPathComponent("index.md").path))
    }
}

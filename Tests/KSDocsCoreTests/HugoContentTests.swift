import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Hugo shortcodes are left out of pages and reported once per kind for the whole site.
@Suite struct HugoContentTests {
    @Test func shortcodesAreReportedOncePerKindAndNeverPrinted() async throws {
        let site = try FixtureSite([
            "_index.md": "# Notes\n\nHome.\n",
            "posts/_index.md": "---\ntitle: Posts\n---\nAll posts.\n",
            "posts/one.md":
                "---\ntitle: One\n---\nIntro.\n\n{{< figure src=\"a.png\" >}}\n\n{{% notice tip %}}Keep it short.{{% /notice %}}\n\nText {{< figure src=\"b.png\" >}} more.\n",
            "posts/two.md":
                "---\ntitle: Two\n---\n{{< figure src=\"c.png\" >}}\n\n```text\n{{< shown \"as code\" >}}\n```\n\nInline `{{< also-code >}}` stays.\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        let shown = report.diagnostics.map {
            $0.description.replacingOccurrences(of: site.content.path, with: "Content")
        }
        #expect(
            shown == [
                "Content/posts/one.md:6:1: warning: Hugo shortcode 'figure' is not supported (3 uses in 2 pages, left out of the page); write it as Markdown or HTML",
                "Content/posts/one.md:8:1: warning: Hugo shortcode 'notice' is not supported (1 use, left out of the page); write it as Markdown or HTML",
            ])
        let one = try site.read("posts/one/index.html")
        #expect(!one.contains("{{"))
        #expect(one.contains("Keep it short."))
        #expect(one.contains("Text  more."))
        let two = try site.read("posts/two/index.html")
        #expect(
            two.contains("{{&lt; shown &quot;as code&quot; &gt;}}") || two.contains("{{&lt; shown \"as code\" &gt;}}"))
        #expect(two.contains("<code>{{&lt; also-code &gt;}}</code>"))
        #expect(try site.read("posts/index.html").contains("All posts."))
    }

    @Test func otherGeneratorsFrontMatterIsUnderstoodOrIgnoredInOneLine() async throws {
        let site = try FixtureSite([
            "index.md": "# Notes\n",
            "guide/b.md":
                "---\ntitle: B\nweight: 1\ndescription: Second by name, first by weight.\naliases: [/old-b/]\nmenu: main\n---\nB.\n",
            "guide/a.md": "---\ntitle: A\nweight: 2\naliases: [/old-a/]\n---\nA.\n",
            "guide/c.md": "---\ntitle: C\nweight: 3\ntiem: 45m\n---\nC.\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        let shown = report.diagnostics.map {
            $0.description.replacingOccurrences(of: site.content.path, with: "Content")
        }
        #expect(
            shown == [
                "Content/guide/b.md:6:1: warning: front matter keys of other generators are ignored: menu (1); --strict lists each use",
                "Content/guide/c.md:4:1: warning: front matter: unknown key 'tiem' on pages",
            ])
        let index = try site.read("guide/index.html")
        let b = try #require(index.range(of: ">B<")), a = try #require(index.range(of: ">A<"))
        #expect(b.lowerBound < a.lowerBound, "weight orders the pages")
        #expect(index.contains("Second by name, first by weight."), "description is the summary")
        let strict = site.errors(of: await site.build { $0.strict = true })
        #expect(strict.filter { $0.contains("key of another generator, ignored") }.count == 1)
    }
}

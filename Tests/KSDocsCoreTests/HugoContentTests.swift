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
}

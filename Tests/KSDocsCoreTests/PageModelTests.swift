import Foundation
import KSDocsCore
import KSDocsMarkdown
import KSDocsTestSupport
import Testing

/// The page model is backend-neutral: callouts, code and explain blocks are values of a loaded
/// page, its HTML holds only their placeholders (and one per heading permalink), and the site
/// renders them: code highlighted, the others through the theme's `partials/callout`,
/// `partials/explain` and `partials/heading-anchor`.
@Suite struct PageModelTests {
    static let files: [String: String] = [
        "site.yml": "title: Fixture Docs\n",
        "index.md": "---\ntitle: Welcome\n---\nStart with the [first lesson](beginner/01-first.md).\n",
        "beginner/_track.yml": "title: Beginner\nsummary: Start here.\norder: 1\n",
        "beginner/01-first.md": """
        ---
        title: First lesson
        ---
        ## Run it

        > [!NOTE]
        > Read [the guide](../index.md) *first*.

        > [!TIP]
        > Outer tip.
        >
        > > [!WARNING]
        > > Inner warning.

        > [!AI]
        > Explain Compose to me.

        > [!BOGUS]
        > Stays a quote.

        ```sh explain
        # Start the stack
        docker compose up -d
        ```

        ```console explain
        # Say hello
        $ echo hi
        hi
        ```
        """,
    ]

    @Test func aLoadedPageHoldsItsCalloutsAsValuesAndNoThemeMarkup() async throws {
        let fixture = try FixtureSite(Self.files, withTheme: false)
        defer { fixture.remove() }
        var loader = SiteLoader(contentRoot: fixture.content, display: "Content")
        let (site, _) = try await loader.load()
        let page = try #require(site.page(source: "beginner/01-first.md"))
        let markdown = page.markdown
        #expect(markdown.alerts.map(\.type) == ["NOTE", "TIP", "WARNING", "AI", "BOGUS"])
        #expect(
            markdown.alerts[0].contentHTML == "<p>Read <a href=\"ksdocs-link:0\">the guide</a> <em>first</em>.</p>\n")
        #expect(markdown.alerts[1].contentHTML == "<p>Outer tip.</p>\n<!--ksdocs-callout:2-->\n")
        #expect(markdown.alerts[2].contentHTML == "<p>Inner warning.</p>\n")
        #expect(markdown.alerts[3].text == "Explain Compose to me.")
        #expect(markdown.alerts[4].contentHTML == "")
        #expect(
            markdown.html
                == "<h2 id=\"run-it\">Run it<!--ksdocs-anchor:0--></h2>\n"
                + "<!--ksdocs-callout:0-->\n<!--ksdocs-callout:1-->\n<!--ksdocs-callout:3-->\n"
                + "<blockquote>\n<p>[!BOGUS]\nStays a quote.</p>\n</blockquote>\n"
                + "<!--ksdocs-explain:0-->\n<!--ksdocs-explain:1-->\n")
        #expect(page.explainBlocks.map(\.language) == ["sh", "console"])
        #expect(page.explainBlocks.map { $0.steps.map(\.command) } == [["docker compose up -d"], ["echo hi"]])
        #expect(page.explainBlocks.map { $0.steps.map(\.explanation) } == [["Start the stack"], ["Say hello"]])
        #expect(page.explainBlocks[1].steps[0].output == "hi")
        #expect(page.commands.count == 2)
        for stored in [markdown.html] + markdown.alerts.map(\.contentHTML) {
            for themeMarkup in [
                "callout", "aside", "copy-button", "data-copy", "explain", "<ol", "<span", "heading-anchor", "<a class",
            ] {
                #expect(!stored.contains("class=\"\(themeMarkup)") && !stored.contains("<\(themeMarkup)"))
                #expect(!stored.contains(themeMarkup + "-"), "\(stored)")
            }
        }
    }

    @Test func theSiteRendersCalloutsThroughTheThemePartial() async throws {
        let fixture = try FixtureSite(Self.files)
        defer { fixture.remove() }
        _ = try await fixture.build().get()
        let html = try fixture.read("beginner/01-first/index.html")
        #expect(
            html.contains(
                """
                <aside class="callout callout-tip" aria-label="Tip">
                <p class="callout-title">Tip</p>
                <div class="callout-body">
                <p>Outer tip.</p>
                <aside class="callout callout-warning" aria-label="Warning">
                <p class="callout-title">Warning</p>
                <div class="callout-body">
                <p>Inner warning.</p>
                </div>
                </aside>
                </div>
                </aside>

                """))
        #expect(html.contains("<p>Read <a href=\"../../\">the guide</a> <em>first</em>.</p>"))
        #expect(
            html.contains(
                """
                <div class="callout-body" data-copy-source>
                <p>Explain Compose to me.</p>
                </div>
                <button type="button" class="copy-button" data-copy-target="prompt" hidden>Copy prompt</button>
                </aside>
                """))
        #expect(
            html.contains(
                """
                <div class="explain">
                <ol class="explain-steps">
                <li class="explain-step">
                <div class="explain-command"><pre><code class="language-console"><span class="hl-builtin">echo</span> hi</code></pre>\
                <button type="button" class="copy-button" data-copy="echo hi" hidden>Copy</button></div>
                <p class="explain-text">Say hello</p>
                <dl class="explain-tokens">
                <dt id="term-5"><code>echo</code></dt><dd>Prints its arguments as one line of text.</dd>
                </dl>
                <pre class="explain-output"><samp>hi</samp></pre>
                </li>
                </ol>
                </div>

                """))
        #expect(
            html.contains(
                "<p class=\"explain-text\">Start the stack</p>\n<dl class=\"explain-tokens\">\n<dt id=\"term-1\">"))
        #expect(
            html.contains(
                "<h2 id=\"run-it\">Run it <a class=\"heading-anchor\" href=\"#run-it\" aria-label=\"Link to this section\">#</a></h2>"
            ))
        #expect(!html.contains("<!--ksdocs-"))
    }

    @Test func aThemeThatOverridesTheBlockPartialsRestylesCalloutsExplainBlocksAndPermalinks() async throws {
        // Only the partials are in the site's themes folder: the rest is the built-in theme's.
        let fixture = try FixtureSite(Self.files, withTheme: false)
        defer { fixture.remove() }
        // Built once before, so the build below is incremental: a new partial renders every page again.
        _ = try await fixture.build().get()
        #expect(try fixture.read("beginner/01-first/index.html").contains("callout-tip"))
        let partial = fixture.root.appendingPathComponent("themes/kitestacks/templates/partials/callout.mustache")
        try FileManager.default.createDirectory(
            at: partial.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<div class=\"box box-{{type}}\"><b>{{title}}</b>{{{content}}}</div>\n".utf8).write(to: partial)
        try Data("<a class=\"para\" href=\"#{{id}}\">¶</a>\n".utf8).write(
            to: partial.deletingLastPathComponent().appendingPathComponent("heading-anchor.mustache"))
        try Data("<ol>{{#steps}}<li><kbd>{{{command}}}</kbd></li>{{/steps}}</ol>\n".utf8).write(
            to: partial.deletingLastPathComponent().appendingPathComponent("explain.mustache"))
        _ = try await fixture.build().get()
        let html = try fixture.read("beginner/01-first/index.html")
        #expect(
            html.contains(
                "<div class=\"box box-note\"><b>Note</b><p>Read <a href=\"../../\">the guide</a> <em>first</em>.</p>\n</div>"
            ))
        #expect(
            html.contains(
                "<div class=\"box box-tip\"><b>Tip</b><p>Outer tip.</p>\n<div class=\"box box-warning\"><b>Warning</b><p>Inner warning.</p>\n</div>\n</div>"
            ))
        #expect(!html.contains("callout-"))
        #expect(html.contains("<blockquote>\n<p>[!BOGUS]"))
        #expect(
            html.contains("<ol><li><kbd>docker compose up -d</kbd></li></ol>\n<ol><li><kbd>echo hi</kbd></li></ol>\n"))
        #expect(!html.contains("explain-step"))
        #expect(html.contains("<h2 id=\"run-it\">Run it<a class=\"para\" href=\"#run-it\">¶</a></h2>"))
        #expect(!html.contains("heading-anchor"))
    }

    static let codeFiles: [String: String] = [
        "site.yml": "title: Fixture Docs\n",
        "index.md": "---\ntitle: Welcome\n---\nStart with the [code lesson](beginner/01-code.md).\n",
        "beginner/_track.yml": "title: Beginner\norder: 1\n",
        "beginner/01-code.md": """
        ---
        title: Code lesson
        ---
        ## Code

        ```yaml
        name: "a & b"
        ```

        ```
        plain <text>
        ```

        > [!INTERVIEW]
        > How do you list every file?
        >
        > ```sh
        > ls -la
        > ```
        """,
        "beginner/02-other.md": "---\ntitle: Other lesson\n---\nText.\n",
    ]

    @Test func aLoadedPageHoldsItsCodeBlocksAsValuesAndNoHighlighting() async throws {
        let fixture = try FixtureSite(Self.codeFiles, withTheme: false)
        defer { fixture.remove() }
        var loader = SiteLoader(contentRoot: fixture.content, display: "Content")
        let (site, _) = try await loader.load()
        let markdown = try #require(site.page(source: "beginner/01-code.md")).markdown
        #expect(
            markdown.html
                == "<h2 id=\"code\">Code<!--ksdocs-anchor:0--></h2>\n"
                + "<!--ksdocs-code:0-->\n<!--ksdocs-code:1-->\n<!--ksdocs-callout:0-->\n")
        #expect(
            markdown.alerts[0].contentHTML == "<p>How do you list every file?</p>\n<!--ksdocs-code:2-->\n")
        #expect(markdown.codeBlocks.map(\.language) == ["yaml", "", "sh"])
        #expect(markdown.codeBlocks.map(\.code) == ["name: \"a & b\"\n", "plain <text>\n", "ls -la\n"])
        for stored in [markdown.html] + markdown.alerts.map(\.contentHTML) {
            #expect(!stored.contains("<pre") && !stored.contains("<span") && !stored.contains("hl-"))
        }
    }

    @Test func theSiteHighlightsCodeBlocksFromTheModel() async throws {
        let fixture = try FixtureSite(Self.codeFiles)
        defer { fixture.remove() }
        _ = try await fixture.build().get()
        let html = try fixture.read("beginner/01-code/index.html")
        #expect(html.contains("<pre><code class=\"language-yaml\"><span class=\"hl-"))
        #expect(html.contains("<pre><code>plain &lt;text&gt;\n</code></pre>\n"))
        #expect(!html.contains("<!--ksdocs-"))
        let interview = try fixture.read("interview/index.html")
        #expect(interview.contains("<pre><code class=\"language-sh\"><span class=\"hl-"))
        #expect(!interview.contains("<!--ksdocs-"))
    }

    @Test func aCachedPageKeepsTheCodeItsFlashcardsQuote() async throws {
        let fixture = try FixtureSite(Self.codeFiles)
        defer { fixture.remove() }
        _ = try await fixture.build().get()
        let cleanInterview = try fixture.read("interview/index.html")
        // Only the other page changes: the code lesson comes from the cache, its HTML not loaded again.
        try fixture.write("beginner/02-other.md", "---\ntitle: Other lesson\n---\nMore text.\n")
        _ = try await fixture.build().get()
        #expect(try fixture.read("interview/index.html") == cleanInterview)
    }
}

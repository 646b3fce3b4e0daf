import KSDocsCommands
import KSDocsHighlight
import KSDocsMarkdown

extension Theme {
    /// `html`, a part of `page`'s HTML, with the blocks of the page model rendered by the theme's
    /// partials: callouts, then code and explain blocks (a callout may hold them), then heading
    /// permalinks.
    func renderBlocks(in html: String, of page: SourcePage, glossary: Glossary) -> String {
        let withCallouts = renderCallouts(in: html, alerts: page.markdown.alerts)
        let withCode = Self.renderCodeBlocks(in: withCallouts, blocks: page.markdown.codeBlocks)
        let withExplain = renderExplainBlocks(in: withCode, blocks: page.explainBlocks, glossary: glossary)
        return renderHeadingAnchors(in: withExplain, headings: page.markdown.headings)
    }

    /// `html` with each code-block placeholder replaced by the block's HTML on the site; `blocks`
    /// are the page's (`RenderedMarkdown.codeBlocks`). Code is not a partial: every theme gets
    /// the same `<pre><code class="language-x">`, highlighted at build time (`codeBlockHTML`).
    static func renderCodeBlocks(in html: String, blocks: [MarkdownCodeBlock]) -> String {
        BlockPlaceholders.replaceCodeBlocks(in: html) { index in
            index < blocks.count ? codeBlockHTML(blocks[index]) : ""
        }
    }

    /// A code block as the site shows it: in a language the highlighter knows, `<pre><code
    /// class="language-x">` with the highlighter's markup inside; in any other, as cmark-gfm writes it.
    static func codeBlockHTML(_ block: MarkdownCodeBlock) -> String {
        guard !block.language.isEmpty, SyntaxHighlighter.supports(block.language) else { return block.plainHTML }
        return "<pre><code class=\"language-\(HTMLEscaping.escape(block.language))\">"
            + SyntaxHighlighter.html(for: block.code, language: block.language) + "</code></pre>\n"
    }

    /// The partial that renders a heading's permalink inside the heading, after its text: given
    /// `id`, the heading's id. Its output's final line break is dropped.
    static let headingAnchorPartial = "partials/heading-anchor"

    /// `html` with each heading-anchor placeholder rendered through `partials/heading-anchor`;
    /// `headings` are the page's (`RenderedMarkdown.headings`).
    func renderHeadingAnchors(in html: String, headings: [MarkdownHeading]) -> String {
        guard ByteSearch.contains(html, BlockPlaceholders.headingAnchorPrefix) else { return html }
        // A Mustache template can only insert `id`, so it is rendered once, with a marker
        // where the id goes, and each heading's id is put in its place.
        let marker = "\u{1}id\u{1}"
        guard var anchor = render(["id": marker], template: Self.headingAnchorPartial) else { return html }
        if anchor.hasSuffix("\n") { anchor.removeLast() }
        let parts = anchor.components(separatedBy: marker)
        return BlockPlaceholders.replaceHeadingAnchors(in: html) { index in
            index < headings.count ? parts.joined(separator: HTMLEscaping.escape(headings[index].id)) : ""
        }
    }

    /// The partial that renders a callout: given `type` (lowercased), `title`, `content`
    /// (HTML) and `copy` (whether readers copy the content: the AI prompt).
    static let calloutPartial = "partials/callout"

    /// `html` with each callout placeholder rendered through `partials/callout`; `alerts` are
    /// the page's (`RenderedMarkdown.alerts`).
    func renderCallouts(in html: String, alerts: [MarkdownAlert]) -> String {
        BlockPlaceholders.expandCallouts(in: html, alerts: alerts) { alert, content in
            let values: [String: Any] = [
                "type": alert.type.lowercased(), "title": CalloutStyle.titles[alert.type] ?? alert.type.capitalized,
                "content": content, "copy": alert.type == "AI",
            ]
            return render(values, template: Self.calloutPartial) ?? content
        }
    }
}

import KSDocsCommands
import KSDocsHighlight
import KSDocsMarkdown

extension Theme {
    /// `html`, a part of `page`'s HTML, with the blocks of the page model rendered by the theme's
    /// partials: callouts, then code and explain blocks (a callout may hold them), then heading
    /// permalinks.
    /// One pass over the HTML (`BlockPlaceholders.expand`), as BookStack renders the same model.
    func renderBlocks(in html: String, of page: SourcePage, glossary: Glossary) -> String {
        let markdown = page.markdown
        var explainBlocks: [String]?
        var anchorParts: [String]?
        return BlockPlaceholders.expand(html, alerts: markdown.alerts, callout: renderCallout) { kind, index in
            switch kind {
            case .callout:
                return ""  // expanded by `renderCallout`
            case .code:
                return index < markdown.codeBlocks.count ? Self.codeBlockHTML(markdown.codeBlocks[index]) : ""
            case .explain:
                // Rendered all at once and in order: a term is explained in full at its first use.
                let rendered = explainBlocks ?? renderedExplainBlocks(page.explainBlocks, glossary: glossary)
                explainBlocks = rendered
                return index < rendered.count ? rendered[index] : ""
            case .headingAnchor:
                guard index < markdown.headings.count else { return "" }
                let parts = anchorParts ?? headingAnchorParts()
                anchorParts = parts
                return parts.joined(separator: HTMLEscaping.escape(markdown.headings[index].id))
            }
        }
    }

    /// A code block as the site shows it: in a language the highlighter knows, `<pre><code
    /// class="language-x">` with the highlighter's markup inside; in any other, as cmark-gfm writes it.
    /// Code is not a partial: every theme gets the same markup, highlighted at build time.
    static func codeBlockHTML(_ block: MarkdownCodeBlock) -> String {
        guard !block.language.isEmpty, SyntaxHighlighter.supports(block.language) else { return block.plainHTML }
        return "<pre><code class=\"language-\(HTMLEscaping.escape(block.language))\">"
            + SyntaxHighlighter.html(for: block.code, language: block.language) + "</code></pre>\n"
    }

    /// The partial that renders a heading's permalink inside the heading, after its text: given
    /// `id`, the heading's id. Its output's final line break is dropped.
    static let headingAnchorPartial = "partials/heading-anchor"

    /// `partials/heading-anchor` split where the heading's id goes. A Mustache template can only
    /// insert `id`, so it is rendered once per page, with a marker where the id goes, and each
    /// heading's id is put in its place.
    func headingAnchorParts() -> [String] {
        let marker = "\u{1}id\u{1}"
        guard var anchor = render(["id": .text(marker)], template: Self.headingAnchorPartial) else { return [""] }
        if anchor.hasSuffix("\n") { anchor.removeLast() }
        return anchor.components(separatedBy: marker)
    }

    /// The partial that renders a callout: given `type` (lowercased), `title`, `content`
    /// (HTML) and `copy` (whether readers copy the content: the AI prompt).
    static let calloutPartial = "partials/callout"

    /// A callout rendered through `partials/callout`, `content` being its content already expanded.
    func renderCallout(_ alert: MarkdownAlert, content: String) -> String {
        let values: TemplateValue = [
            "type": .text(alert.type.lowercased()),
            "title": .text(CalloutStyle.titles[alert.type] ?? alert.type.capitalized),
            "content": .text(content), "copy": .bool(alert.type == "AI"),
        ]
        return render(values, template: Self.calloutPartial) ?? content
    }
}

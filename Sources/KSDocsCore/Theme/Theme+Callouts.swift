import KSDocsMarkdown

extension Theme {
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

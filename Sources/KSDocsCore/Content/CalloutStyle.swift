/// The callout types of GitHub's alert syntax plus ksdocs' own, and their HTML.
public enum CalloutStyle {
    /// Known types, uppercased, with the title shown to readers.
    public static let titles: [String: String] = [
        "NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning", "CAUTION": "Caution",
        "INTERVIEW": "Interview answer", "AI": "Ask your AI assistant",
    ]

    /// Opening and closing HTML around a callout's content, or nil for an unknown type.
    public static func html(for type: String) -> (open: String, close: String)? {
        guard let title = titles[type] else { return nil }
        let name = type.lowercased()
        var open = "<aside class=\"callout callout-\(name)\" aria-label=\"\(title)\">\n"
        open += "<p class=\"callout-title\">\(title)</p>\n"
        if type == "AI" {
            open += "<div class=\"callout-body\" data-copy-source>\n"
            return (
                open,
                "</div>\n<button type=\"button\" class=\"copy-button\" data-copy-target=\"prompt\" hidden>Copy prompt</button>\n</aside>"
            )
        }
        return (open + "<div class=\"callout-body\">\n", "</div>\n</aside>")
    }
}

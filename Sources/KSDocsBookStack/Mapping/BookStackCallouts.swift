import Foundation
import KSDocsMarkdown

/// Callouts in BookStack's own form: `<p class="callout info|success|warning|danger">`,
/// rendered from the page model's callouts (`MarkdownAlert`), whose placeholders the
/// Markdown renderer leaves in the page's HTML.
///
/// BookStack's callout is one paragraph, so the callout's paragraphs are joined by blank
/// lines; any other block (a list, code) follows the callout as it is.
enum BookStackCallouts {
    /// BookStack's callout class for an alert type.
    static let classes: [String: String] = [
        "NOTE": "info", "TIP": "success", "IMPORTANT": "info", "WARNING": "warning", "CAUTION": "danger",
        "INTERVIEW": "success", "AI": "info",
    ]
    static let titles: [String: String] = [
        "NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning", "CAUTION": "Caution",
        "INTERVIEW": "In an interview", "AI": "Ask your AI assistant",
    ]

    /// A callout as BookStack shows it, `inner` being its content already expanded.
    static func callout(_ alert: MarkdownAlert, inner: String) -> String {
        callout(type: alert.type, inner: inner) + "\n"
    }

    private static func callout(type: String, inner: String) -> String {
        var paragraphs: [String] = []
        var trailing = ""
        var rest = Substring(inner.trimmingSpacesAndNewlines())
        while rest.hasPrefix("<p>"), let end = rest.range(of: "</p>") {
            paragraphs.append(String(rest[rest.index(rest.startIndex, offsetBy: 3)..<end.lowerBound]))
            rest = Substring(rest[end.upperBound...].trimmingSpacesAndNewlines())
        }
        trailing = String(rest)
        let title = titles[type] ?? type.capitalized
        let body = paragraphs.joined(separator: "<br><br>")
        return "<p class=\"callout \(classes[type] ?? "info")\"><strong>\(title):</strong> \(body)</p>\n" + trailing
    }
}

extension StringProtocol {
    func trimmingSpacesAndNewlines() -> String {
        String(self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

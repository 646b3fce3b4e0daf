import Foundation

/// Callouts in BookStack's own form: `<p class="callout info|success|warning|danger">`.
///
/// BookStack's callout is one paragraph, so the Markdown renderer wraps each
/// alert in marker comments and `flatten` turns the content between them into
/// that paragraph (paragraphs joined by blank lines); any other block (a list,
/// code) follows the callout as it is.
enum BookStackCallouts {
    static let open = "<!--ksdocs-callout:"
    static let close = "<!--/ksdocs-callout-->"

    /// BookStack's callout class for an alert type.
    static let classes: [String: String] = [
        "NOTE": "info", "TIP": "success", "IMPORTANT": "info", "WARNING": "warning", "CAUTION": "danger",
        "INTERVIEW": "success", "AI": "info",
    ]
    static let titles: [String: String] = [
        "NOTE": "Note", "TIP": "Tip", "IMPORTANT": "Important", "WARNING": "Warning", "CAUTION": "Caution",
        "INTERVIEW": "In an interview", "AI": "Ask your AI assistant",
    ]

    /// The marker pair for an alert type, or nil for an unknown one (left a block quote).
    static func markers(for type: String) -> (open: String, close: String)? {
        guard classes[type] != nil else { return nil }
        return (open + type + "-->", close)
    }

    /// `html` with every marked alert turned into a BookStack callout.
    static func flatten(_ html: String) -> String {
        var output = ""
        var rest = Substring(html)
        while let start = rest.range(of: open) {
            output += rest[..<start.lowerBound]
            guard let typeEnd = rest.range(of: "-->", range: start.upperBound..<rest.endIndex),
                let end = rest.range(of: close, range: typeEnd.upperBound..<rest.endIndex)
            else { break }
            let type = String(rest[start.upperBound..<typeEnd.lowerBound])
            let inner = String(rest[typeEnd.upperBound..<end.lowerBound])
            output += callout(type: type, inner: inner)
            rest = rest[end.upperBound...]
        }
        return output + rest
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

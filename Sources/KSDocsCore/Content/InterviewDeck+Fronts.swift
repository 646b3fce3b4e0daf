import Foundation
import KSDocsMarkdown

/// How a card's front is found: a question (or explicit prompt) written by the author,
/// else one made from the page (BRIEF conventions for `[!INTERVIEW]`, decisions and cases).
extension InterviewDeck {
    /// Words that start an explicit prompt such as "Explain why ...".
    static let promptVerbs = [
        "explain", "describe", "walk", "compare", "name", "list", "tell", "summarise", "summarize", "outline",
        "give", "sketch", "draw", "justify",
    ]

    /// True when `front` is a question (ends with `?`) or an explicit prompt ("Explain ...").
    public static func isQuestionOrPrompt(_ front: String) -> Bool {
        let trimmed = front.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.hasSuffix("?") { return true }
        let first = trimmed.prefix { $0.isLetter }.lowercased()
        return promptVerbs.contains(first)
    }

    /// The callout's first paragraph as plain text and the HTML after it, when that
    /// paragraph is a question or an explicit prompt (it may be wrapped in `**...**`).
    static func leadingQuestion(_ html: String) -> (front: String, rest: String)? {
        let trimmed = html.drop { $0.isWhitespace }
        guard trimmed.hasPrefix("<p>"), let end = trimmed.range(of: "</p>") else { return nil }
        let inner = trimmed[trimmed.index(trimmed.startIndex, offsetBy: 3)..<end.lowerBound]
        let text = plainText(inner)
        guard !text.isEmpty, text.count <= 300, isQuestionOrPrompt(text) else { return nil }
        let rest = trimmed[end.upperBound...].drop { $0.isWhitespace }
        return (text, String(rest))
    }

    /// The inner HTML of the first paragraph right after the heading with id `id` in `html`.
    static func firstParagraph(after id: String, in html: String) -> String? {
        guard let heading = html.range(of: " id=\"\(id)\">"),
            let close = html.range(of: "</h", range: heading.upperBound..<html.endIndex),
            let closeEnd = html.range(of: ">", range: close.upperBound..<html.endIndex)
        else { return nil }
        let after = html[closeEnd.upperBound...].drop { $0.isWhitespace }
        guard after.hasPrefix("<p>"), let end = after.range(of: "</p>") else { return nil }
        return String(after[after.index(after.startIndex, offsetBy: 3)..<end.lowerBound])
    }

    /// The id of a case's "Fix" heading ("Fix", "The fix", "Fix it", ...), if it has one.
    static func fixHeadingID(_ markdown: RenderedMarkdown) -> String? {
        markdown.headings.first { heading in
            let words = heading.text.lowercased().split { !$0.isLetter }
            return words.first == "fix" || (words.first == "the" && words.dropFirst().first == "fix")
        }?.id
    }

    /// HTML as plain text: tags dropped, the common entities decoded, spaces collapsed.
    static func plainText(_ html: Substring) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                text.append(character)
            }
        }
        for (entity, character) in [
            ("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&#x27;", "'"), ("&amp;", "&"),
        ] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

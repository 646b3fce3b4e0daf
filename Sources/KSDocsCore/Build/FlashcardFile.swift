import Foundation

/// `interview/flashcards.tsv`: the flashcards in Anki's text import format.
///
/// Anki (2.1.55+) reads the header lines (`#separator:tab`, `#html:true`, `#notetype:Basic`,
/// `#deck:<deck>`, `#guid column:1`, `#tags column:4`), then one note per line: guid, front, back, tags. Fields are
/// HTML, so tabs, line breaks and quotes inside a field are written as HTML
/// (`&#9;`, `<br>`, `&quot;`) and every note stays on one line.
enum FlashcardFile {
    /// The file's text; `back(card)` gives each card's answer HTML with links already resolved.
    static func tsv(_ cards: [Flashcard], deck: String, back: (Flashcard) -> String) -> String {
        let deckName = deck.split(whereSeparator: \.isNewline).joined(separator: " ")
        var text = "#separator:tab\n#html:true\n#notetype:Basic\n#deck:\(deckName)\n#guid column:1\n#tags column:4\n"
        for card in cards {
            let fields = [
                card.guid, field(HTMLEscaping.escape(card.front)), field(back(card)),
                card.tags.map { $0.replacingOccurrences(of: " ", with: "_") }.joined(separator: " "),
            ]
            text += fields.joined(separator: "\t") + "\n"
        }
        return text
    }

    /// An HTML field on one line with no tab or double quote in it. A line break is
    /// whitespace in HTML, so it becomes a space, except inside `<pre>`, where it becomes `<br>`.
    static func field(_ html: String) -> String {
        var output = ""
        output.reserveCapacity(html.utf8.count)
        var preDepth = 0
        var previousWasCR = false
        var rest = Substring(html)
        while let character = rest.unicodeScalars.first {
            if character == "<" {
                if rest.hasPrefix("<pre") {
                    preDepth += 1
                } else if rest.hasPrefix("</pre") {
                    preDepth = max(0, preDepth - 1)
                }
            }
            switch character {
            case "\t": output += "&#9;"
            case "\r": output += preDepth > 0 ? "<br>" : " "
            case "\n": if !previousWasCR { output += preDepth > 0 ? "<br>" : " " }
            case "\"": output += "&quot;"
            default: output.unicodeScalars.append(character)
            }
            previousWasCR = character == "\r"
            rest = Substring(rest.unicodeScalars.dropFirst())
        }
        return output.trimmingCharacters(in: .whitespaces)
    }
}

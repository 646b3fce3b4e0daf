import Foundation
import KSDocsMarkdown

/// MkDocs (pymdownx) inline syntax, rewritten line for line before the Markdown parse
/// (so every line keeps its number):
///
/// - keys `++ctrl+alt+del++` → `<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd>`;
/// - abbreviations: a definition line `*[HTML]: Hyper Text Markup Language` becomes blank,
///   and the word's uses in prose become `<abbr title="...">HTML</abbr>`.
///
/// Code (fenced blocks, `code spans`), HTML tags and link destinations are left alone.
struct MkDocsInline {
    /// Whether `text` may use any of the syntax.
    static func mayApply(to text: String) -> Bool {
        ByteSearch.containsAny(text, "++", "*[")
    }

    static func apply(_ lines: [String]) -> [String] {
        var abbreviations: [(word: String, title: String)] = []
        var out = lines
        var fence: Substring?
        for (index, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            if let definition = abbreviation(line) {
                abbreviations.append(definition)
                out[index] = ""
            }
        }
        guard lines.contains(where: { $0.contains("++") }) || !abbreviations.isEmpty else { return lines }
        let longestFirst = abbreviations.sorted { $0.word.count > $1.word.count }
        fence = nil
        for (index, line) in out.enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                continue
            }
            if line.hasPrefix("    ") || line.hasPrefix("\t") { continue }
            out[index] = rewrite(line, abbreviations: longestFirst)
        }
        return out
    }

    /// `*[WORD]: title`.
    private static func abbreviation(_ line: String) -> (word: String, title: String)? {
        guard line.hasPrefix("*["), let close = line.range(of: "]:") else { return nil }
        let word = String(line[line.index(line.startIndex, offsetBy: 2)..<close.lowerBound])
        let title = line[close.upperBound...].trimmingCharacters(in: .whitespaces)
        guard !word.isEmpty, !word.contains("]") else { return nil }
        return (word, title)
    }

    /// `line` with keys and abbreviations rewritten outside code spans, tags and link destinations.
    private static func rewrite(_ line: String, abbreviations: [(word: String, title: String)]) -> String {
        let chars = Array(line)
        var out = ""
        var prose = ""
        func flush() {
            out += replaceAbbreviations(in: prose, abbreviations)
            prose = ""
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "`" {
                // A code span: the same number of backticks closes it.
                var run = 0
                while i + run < chars.count, chars[i + run] == "`" { run += 1 }
                var j = i + run
                var closed: Int?
                while j < chars.count {
                    if chars[j] == "`" {
                        var other = 0
                        while j + other < chars.count, chars[j + other] == "`" { other += 1 }
                        if other == run {
                            closed = j + other
                            break
                        }
                        j += other
                    } else {
                        j += 1
                    }
                }
                let end = closed ?? (i + run)
                flush()
                out += String(chars[i..<end])
                i = end
            } else if c == "<", let close = chars[i...].firstIndex(of: ">") {
                flush()
                out += String(chars[i...close])
                i = close + 1
            } else if c == "]", i + 1 < chars.count, chars[i + 1] == "(", let close = chars[i...].firstIndex(of: ")") {
                prose.append("]")
                flush()
                out += String(chars[(i + 1)...close])
                i = close + 1
            } else if c == "+", i + 1 < chars.count, chars[i + 1] == "+", let (html, end) = keys(chars, from: i) {
                flush()
                out += html
                i = end
            } else {
                prose.append(c)
                i += 1
            }
        }
        flush()
        return out
    }

    /// `++a+b++` at `start`: the `<kbd>` HTML and the index after it.
    private static func keys(_ chars: [Character], from start: Int) -> (String, Int)? {
        var j = start + 2
        var names: [String] = []
        var current = ""
        while j < chars.count {
            let c = chars[j]
            if c == "+" {
                if j + 1 < chars.count, chars[j + 1] == "+" {
                    guard !current.isEmpty else { return nil }
                    names.append(current)
                    return (
                        names.map { "<kbd>\(HTMLEscaping.escape(keyLabel($0)))</kbd>" }.joined(separator: "+"), j + 2
                    )
                }
                guard !current.isEmpty else { return nil }
                names.append(current)
                current = ""
            } else if c.isLetter || c.isNumber || c == "-" || c == "_" {
                current.append(c)
            } else {
                return nil
            }
            j += 1
        }
        return nil
    }

    /// pymdownx.keys names → what a keyboard shows.
    private static func keyLabel(_ name: String) -> String {
        let known = [
            "ctrl": "Ctrl", "alt": "Alt", "shift": "Shift", "cmd": "Cmd", "meta": "Meta", "enter": "Enter",
            "tab": "Tab", "esc": "Esc", "escape": "Esc", "space": "Space", "backspace": "Backspace",
            "del": "Del", "delete": "Del", "up": "↑", "down": "↓", "left": "←", "right": "→", "home": "Home",
            "end": "End", "page-up": "Page Up", "page-down": "Page Down", "option": "Option", "super": "Super",
            "windows": "Win", "insert": "Ins",
        ]
        if let label = known[name.lowercased()] { return label }
        return name.count == 1 ? name.uppercased() : name.prefix(1).uppercased() + name.dropFirst()
    }

    /// `text` with each abbreviation that stands as a whole word wrapped in `<abbr>`.
    private static func replaceAbbreviations(in text: String, _ abbreviations: [(word: String, title: String)])
        -> String
    {
        guard !abbreviations.isEmpty, !text.isEmpty else { return text }
        let chars = Array(text)
        var out = ""
        var i = 0
        func isWordCharacter(_ index: Int) -> Bool {
            index >= 0 && index < chars.count && (chars[index].isLetter || chars[index].isNumber || chars[index] == "_")
        }
        outer: while i < chars.count {
            if !isWordCharacter(i - 1) {
                for (word, title) in abbreviations {
                    let w = Array(word)
                    if i + w.count <= chars.count, Array(chars[i..<(i + w.count)]) == w, !isWordCharacter(i + w.count) {
                        out += "<abbr title=\"\(HTMLEscaping.escape(title))\">\(HTMLEscaping.escape(word))</abbr>"
                        i += w.count
                        continue outer
                    }
                }
            }
            out.append(chars[i])
            i += 1
        }
        return out
    }
}

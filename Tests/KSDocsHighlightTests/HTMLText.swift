import KSDocsHighlight

/// Reads highlighter output back: checks its tags and recovers its text.
enum HTMLText {
    /// The text content of `html`: tags removed, the five escapes undone.
    /// Returns nil if the markup is not what the highlighters may emit: a tag other
    /// than `<span class="hl-…">` with a known class or `</span>`, an unbalanced
    /// `</span>`, a span left open, a bare `&`, `>`, `"` or `'`, or an unknown entity.
    static func content(of html: String) -> String? {
        let known = Set(TokenKind.allCases.map(\.className))
        var text = ""
        var depth = 0
        var rest = Substring(html)
        while let c = rest.first {
            if c == "<" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                let tag = rest[...close]
                if tag == "</span>" {
                    depth -= 1
                    if depth < 0 { return nil }
                } else {
                    let prefix = "<span class=\""
                    guard tag.hasPrefix(prefix), tag.hasSuffix("\">") else { return nil }
                    let name = tag.dropFirst(prefix.count).dropLast(2)
                    guard known.contains(String(name)) else { return nil }
                    depth += 1
                }
                rest = rest[rest.index(after: close)...]
            } else if c == "&" {
                let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'"]
                guard let (entity, char) = entities.first(where: { rest.hasPrefix($0.key) }) else { return nil }
                text += char
                rest = rest.dropFirst(entity.count)
            } else if c == ">" || c == "\"" || c == "'" {
                return nil
            } else {
                text.append(c)
                rest = rest.dropFirst()
            }
        }
        return depth == 0 ? text : nil
    }
}

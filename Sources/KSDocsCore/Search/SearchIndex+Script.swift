import KSDocsMarkdown

extension SearchIndex {
    /// The global the script sets, read by the themes' `js/search.js`.
    public static let globalName = "ksdocsSearchIndex"

    /// The index as a script: `window.ksdocsSearchIndex={...};`.
    ///
    /// Layout (compact, stable for a given site): `v` format version; `stop` the
    /// stop words; `pages` one object per page (`t` title, `u` site path, `k`
    /// kind, `s` snippet, `h` headings, each its text when its id is the text's
    /// GitHub-style slug, else `[id, text]`, `c` commands); `tokens` maps
    /// each token to its postings, sorted by page, each number being
    /// `(page − previous page) × 16 + fields` (fields: 1 body, 2 command,
    /// 4 heading, 8 title).
    public var script: String {
        var out = "window.\(Self.globalName)={\"v\":1,\"stop\":["
        out += Self.stopWords.map(Self.json).joined(separator: ",")
        out += "],\"pages\":[\n"
        out += entries.map { entry in
            var page = "{\"t\":\(Self.json(entry.title)),\"u\":\(Self.json(entry.url)),\"k\":\(Self.json(entry.kind))"
            if !entry.snippet.isEmpty { page += ",\"s\":\(Self.json(entry.snippet))" }
            if !entry.headings.isEmpty {
                page +=
                    ",\"h\":["
                    + entry.headings.map { heading in
                        // The id is left out when the script can derive it from the text (HeadingSlugger's rule).
                        heading.id == HeadingSlugger.slug(heading.text)
                            ? Self.json(heading.text) : "[\(Self.json(heading.id)),\(Self.json(heading.text))]"
                    }.joined(separator: ",") + "]"
            }
            if !entry.commands.isEmpty {
                page += ",\"c\":[" + entry.commands.map(Self.json).joined(separator: ",") + "]"
            }
            return page + "}"
        }.joined(separator: ",\n")
        out += "],\n\"tokens\":{"
        out += postings.keys.sorted().map { token in
            var previous = 0
            let numbers = postings[token, default: []].map { page, fields in
                defer { previous = page }
                return String((page - previous) * 16 + fields.rawValue)
            }
            return Self.json(token) + ":[" + numbers.joined(separator: ",") + "]"
        }.joined(separator: ",")
        out += "}};\n"
        return out
    }

    /// A JSON string literal, safe inside a script file.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

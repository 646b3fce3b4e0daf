import KSDocsMarkdown

extension SearchIndex {
    /// One page's object.
    static func json(_ entry: Entry) -> String {
        var page = "{\"t\":\(json(entry.title)),\"u\":\(json(entry.url)),\"k\":\(json(entry.kind))"
        if !entry.snippet.isEmpty { page += ",\"s\":\(json(entry.snippet))" }
        if !entry.headings.isEmpty {
            page +=
                ",\"h\":["
                + entry.headings.map { heading in
                    // The id is left out when the script can derive it from the text (HeadingSlugger's rule).
                    heading.id == HeadingSlugger.slug(heading.text)
                        ? json(heading.text) : "[\(json(heading.id)),\(json(heading.text))]"
                }.joined(separator: ",") + "]"
        }
        if !entry.commands.isEmpty {
            page += ",\"c\":[" + entry.commands.map(json).joined(separator: ",") + "]"
        }
        return page + "}"
    }

    /// The token table of the pages in `range`, written as bytes.
    func shardJSON(_ range: Range<Int>) -> String {
        var postings = ShardPostings()
        for page in range {
            for (token, fields) in tokenLists[page].tokens { postings.add(token, page: page, fields: fields) }
        }
        var out: [UInt8] = []
        out.reserveCapacity(64 * 1024)
        out += "{\"b\":".utf8
        Self.appendDecimal(range.lowerBound, to: &out)
        out += ",\"t\":{".utf8
        var first = true
        postings.forEachToken { bytes, token, pages in
            if !first { out.append(UInt8(ascii: ",")) }
            first = false
            if bytes.contains(where: Self.needsEscaping) {
                out += Self.json(token).utf8
            } else {
                out.append(UInt8(ascii: "\""))
                out += bytes
                out.append(UInt8(ascii: "\""))
            }
            out += ":[".utf8
            var previous = range.lowerBound
            for (page, fields) in pages {
                Self.appendDecimal((page - previous) * 16 + fields.rawValue, to: &out)
                out.append(UInt8(ascii: ","))
                previous = page
            }
            // Every token has a posting: its last comma becomes the closing bracket.
            out[out.count - 1] = UInt8(ascii: "]")
        }
        out += "}}".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `value`'s decimal digits (`value` ≥ 0), as `String(value)` writes them.
    private static func appendDecimal(_ value: Int, to out: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            out.append(48 + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }

    /// A JSON string literal, safe inside a script file.
    static func json(_ text: String) -> String {
        // Most text (every token) has nothing to escape: checked on the bytes, it is copied whole.
        if !text.utf8.contains(where: needsEscaping) { return "\"" + text + "\"" }
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

    /// Whether a UTF-8 byte may need escaping: `"`, `\\`, `<`, a control character, or the
    /// first byte of U+2028 and U+2029 (0xE2, also the first byte of other characters).
    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "<")
            || byte == 0xE2
    }
}

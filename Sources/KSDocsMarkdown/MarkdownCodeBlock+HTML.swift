extension MarkdownCodeBlock {
    /// The block as cmark-gfm writes it, for a backend that shows code without highlighting:
    /// `<pre><code class="language-x">` (`x` the info string's first word as written) or
    /// `<pre><code>` when there is no info string, the code escaped, `</code></pre>` and a
    /// line break.
    ///
    /// Made from the block's values, so it equals cmark-gfm's own HTML except for an info
    /// string that starts or ends with non-ASCII white space (`info` is trimmed of it).
    public var plainHTML: String {
        var html = "<pre><code"
        let word = info.utf8.prefix { !Self.isCmarkSpace($0) }
        if !word.isEmpty {
            html += " class=\"language-" + Self.escape(String(decoding: word, as: UTF8.self)) + "\""
        }
        return html + ">" + Self.escape(code) + "</code></pre>\n"
    }

    /// White space as cmark-gfm's `cmark_isspace` tells it, which ends the info string's first word.
    private static func isCmarkSpace(_ byte: UInt8) -> Bool {
        byte == 32 || (byte >= 9 && byte <= 13)
    }

    /// `text` escaped as cmark-gfm escapes text and attributes: `&`, `<`, `>` and `"` (not `'`).
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 }) else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 38: output += Array("&amp;".utf8)
            case 60: output += Array("&lt;".utf8)
            case 62: output += Array("&gt;".utf8)
            case 34: output += Array("&quot;".utf8)
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

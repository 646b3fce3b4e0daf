/// Highlights nginx configuration: the first word of each statement as
/// `hl-directive`, `#` comments (at a word start), quoted strings with escapes,
/// `$variables`, numbers and sizes (`80`, `10m`, `1s`), `on`/`off`, and
/// location modifiers (`=`, `~`, `~*`, `^~`) as operators.
enum NginxHighlighter {
    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        var statementStart = true
        while i < to {
            let b = s[i]
            switch b {
            case Bytes.space, Bytes.tab, Bytes.cr, Bytes.newline:
                var j = i + 1
                while j < to && Bytes.isSpace(s[j]) { j += 1 }
                e.plain(i, j)
                i = j
            case UInt8(ascii: "#"):
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: ";"):
                e.plain(i, i + 1)
                i += 1
                statementStart = true
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let j = Bytes.quotedEnd(s, i, to, quote: b, escapes: true)
                e.span(.string, i, j)
                i = j
                statementStart = false
            case UInt8(ascii: "$"):
                var j = i + 1
                if j < to && s[j] == UInt8(ascii: "{") {
                    while j < to && s[j] != UInt8(ascii: "}") && s[j] != Bytes.newline { j += 1 }
                    if j < to && s[j] == UInt8(ascii: "}") { j += 1 }
                } else {
                    j = Bytes.identEnd(s, j, to)
                }
                if j == i + 1 { e.plain(i, j) } else { e.span(.variable, i, j) }
                i = j
                statementStart = false
            default:
                let j = wordEnd(s, i, to)
                if statementStart {
                    e.span(.directive, i, j)
                } else if isModifier(s, i, j) {
                    e.span(.operator, i, j)
                } else if isNumber(s, i, j) {
                    e.span(.number, i, j)
                } else if (j - i == 2 && Bytes.hasPrefix(s, i, j, "on"))
                    || (j - i == 3 && Bytes.hasPrefix(s, i, j, "off"))
                {
                    e.span(.literal, i, j)
                } else {
                    e.plain(i, j)
                }
                i = j
                statementStart = false
            }
        }
    }

    /// End of a word: up to a blank, newline, `;`, `{`, `}`, quote or `$`; `\x` escapes.
    private static func wordEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to {
            let c = s[j]
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if Bytes.isSpace(c) || c == UInt8(ascii: ";") || c == UInt8(ascii: "{") || c == UInt8(ascii: "}")
                || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || (c == UInt8(ascii: "$") && j > i)
            {
                break
            }
            j += 1
        }
        return max(min(j, to), i + 1)
    }

    private static func isModifier(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        switch j - i {
        case 1: s[i] == UInt8(ascii: "=") || s[i] == UInt8(ascii: "~")
        case 2:
            (s[i] == UInt8(ascii: "~") && s[i + 1] == UInt8(ascii: "*"))
                || (s[i] == UInt8(ascii: "^") && s[i + 1] == UInt8(ascii: "~"))
        default: false
        }
    }

    /// Digits with an optional one- or two-letter unit: `80`, `10m`, `1s`, `500ms`, `1.5`.
    private static func isNumber(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        var k = i
        while k < j && (Bytes.isDigit(s[k]) || s[k] == UInt8(ascii: ".")) { k += 1 }
        guard k > i, Bytes.isDigit(s[i]) else { return false }
        let unit = j - k
        if unit == 0 { return true }
        guard unit <= 2 else { return false }
        for u in k..<j where !Bytes.isAlpha(s[u]) { return false }
        return true
    }
}

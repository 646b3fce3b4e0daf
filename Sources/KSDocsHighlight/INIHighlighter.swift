/// Highlights ini, TOML, `.conf`, systemd units and `.env` files, line by line:
/// `[section]`/`[[table]]` headers, `key = value` / `key: value` / `export KEY=value`
/// pairs, `#` and `;` comments, and values: strings (including TOML's
/// multi-line `"""`/`'''`), numbers, literals, `$VAR`/`${VAR}`, and arrays or
/// inline tables that may span lines.
enum INIHighlighter {
    static let literals = WordList(["true", "false", "yes", "no", "on", "off", "null", "none"], caseInsensitive: true)

    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        var depth = 0
        while i < to {
            let start = Bytes.skipBlanks(s, i, to)
            e.plain(i, start)
            i = start
            let le = Bytes.lineEnd(s, i, to)
            if depth > 0 {
                i = value(&e, i, to, &depth)
            } else if i < le && (s[i] == UInt8(ascii: "#") || s[i] == UInt8(ascii: ";")) {
                e.span(.comment, i, le)
                i = le
            } else if i < le && s[i] == UInt8(ascii: "[") {
                var j = i + 1
                while j < le && s[j] != UInt8(ascii: "]") { j += 1 }
                while j < le && s[j] == UInt8(ascii: "]") { j += 1 }
                e.span(.section, i, j)
                i = value(&e, j, to, &depth)
            } else if let sep = separator(s, i, le) {
                var keyStart = i
                if Bytes.hasPrefix(s, i, le, "export ") {
                    e.span(.keyword, i, i + 6)
                    keyStart = Bytes.skipBlanks(s, i + 6, le)
                    e.plain(i + 6, keyStart)
                }
                var keyEnd = sep
                while keyEnd > keyStart && Bytes.isBlank(s[keyEnd - 1]) { keyEnd -= 1 }
                e.span(.key, keyStart, keyEnd)
                e.plain(keyEnd, sep + 1)
                i = value(&e, sep + 1, to, &depth)
            } else {
                i = value(&e, i, to, &depth)
            }
            if i < to {
                e.plain(i, i + 1)
                i += 1
            }
        }
    }

    /// The `=` (or, failing that, a `:` followed by a blank) that ends a key on this line.
    /// A quote before it means the line is not a key (TOML quoted keys excepted).
    private static func separator(_ s: [UInt8], _ i: Int, _ le: Int) -> Int? {
        var j = i
        var colon: Int?
        while j < le {
            let c = s[j]
            if c == UInt8(ascii: "=") { return j > i ? j : nil }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                guard j == i || s[j - 1] == UInt8(ascii: ".") else { return colon }
                j = Bytes.quotedEnd(s, j, le, quote: c, escapes: c == UInt8(ascii: "\""))
                continue
            }
            if c == UInt8(ascii: ":") && colon == nil && j > i && (j + 1 == le || Bytes.isBlank(s[j + 1])) { colon = j }
            j += 1
        }
        return colon
    }

    /// A value from `i` to the end of its line (or beyond, for multi-line strings and open
    /// `[`/`{`); returns the index of the newline that ends it, or `to`.
    private static func value(_ e: inout HTMLEmitter, _ i: Int, _ to: Int, _ depth: inout Int) -> Int {
        let s = e.src
        var i = i
        while i < to {
            let b = s[i]
            switch b {
            case Bytes.newline:
                return i
            case Bytes.space, Bytes.tab, Bytes.cr:
                let j = Bytes.skipBlanks(s, i, to)
                e.plain(i, j)
                i = j
            case UInt8(ascii: "#") where depth > 0 || (i > 0 && Bytes.isBlank(s[i - 1])):
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let j: Int
                if i + 2 < to && s[i + 1] == b && s[i + 2] == b {
                    j = tripleQuotedEnd(s, i, to, quote: b)
                } else {
                    j = Bytes.quotedEnd(s, i, to, quote: b, escapes: b == UInt8(ascii: "\""), stopAtNewline: true)
                }
                e.span(.string, i, j)
                i = j
            case UInt8(ascii: "$"):
                let j = ShellScanner.expansionEnd(s, i, to) ?? i + 1
                if j == i + 1 { e.plain(i, j) } else { e.span(.variable, i, j) }
                i = j
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                e.plain(i, i + 1)
                i += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth = max(0, depth - 1)
                e.plain(i, i + 1)
                i += 1
            case UInt8(ascii: ","), UInt8(ascii: "="):
                e.plain(i, i + 1)
                i += 1
            default:
                var j = i + 1
                while j < to {
                    let c = s[j]
                    if Bytes.isSpace(c) || c == UInt8(ascii: ",") || c == UInt8(ascii: "]") || c == UInt8(ascii: "}")
                        || c == UInt8(ascii: "$") || c == UInt8(ascii: "=")
                    {
                        break
                    }
                    j += 1
                }
                let next = Bytes.skipBlanks(s, j, to)
                if depth > 0 && next < to && s[next] == UInt8(ascii: "=") {
                    e.span(.key, i, j)
                } else if literals.contains(s, i, j) {
                    e.span(.literal, i, j)
                } else if Bytes.isNumber(s, i, j) {
                    e.span(.number, i, j)
                } else {
                    e.plain(i, j)
                }
                i = j
            }
        }
        return to
    }

    /// Index after the closing `"""`/`'''` of a string opened at `i`, or `to`.
    static func tripleQuotedEnd(_ s: [UInt8], _ i: Int, _ to: Int, quote: UInt8) -> Int {
        var j = i + 3
        while j < to {
            if s[j] == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                j += 2
                continue
            }
            if s[j] == quote && j + 2 < to && s[j + 1] == quote && s[j + 2] == quote { return j + 3 }
            j += 1
        }
        return to
    }
}

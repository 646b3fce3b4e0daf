/// Quoting and expansions: `$NAME`, `${…}`, `$(…)` and double-quoted strings.
extension ShellHighlighter {
    /// End of `$NAME`, `${…}` or a special parameter (`$1`, `$?`, `$@`…) at `i`, or nil for a lone `$`.
    static func expansionEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int? {
        guard i + 1 < to else { return nil }
        let c = s[i + 1]
        if c == UInt8(ascii: "{") {
            var depth = 0
            var j = i + 1
            while j < to {
                let d = s[j]
                if d == UInt8(ascii: "\\") {
                    j += 2
                    continue
                }
                if d == UInt8(ascii: "{") { depth += 1 }
                if d == UInt8(ascii: "}") {
                    depth -= 1
                    if depth == 0 { return j + 1 }
                }
                if d == Bytes.newline { return j }
                j += 1
            }
            return to
        }
        if Bytes.isAlpha(c) || c == UInt8(ascii: "_") { return Bytes.identEnd(s, i + 1, to) }
        if Bytes.isDigit(c) || "@*#?$!-".utf8.contains(c) { return i + 2 }
        return nil
    }

    /// End of a `$(…)` starting at `i`, by counting parentheses; used inside double quotes.
    static func substitutionEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var depth = 0
        var j = i + 1
        while j < to {
            let d = s[j]
            if d == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if d == UInt8(ascii: "(") { depth += 1 }
            if d == UInt8(ascii: ")") {
                depth -= 1
                if depth == 0 { return j + 1 }
            }
            j += 1
        }
        return to
    }

    /// A double-quoted string at `i`, with expansions inside as nested `hl-variable` spans.
    static func doubleQuoted(_ e: inout HTMLEmitter, _ i: Int, _ to: Int) -> Int {
        let s = e.src
        e.open(.string)
        var run = i
        var j = i + 1
        while j < to {
            let c = s[j]
            if c == UInt8(ascii: "\"") {
                j += 1
                break
            }
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            var end: Int?
            if c == UInt8(ascii: "$") {
                end = j + 1 < to && s[j + 1] == UInt8(ascii: "(") ? substitutionEnd(s, j, to) : expansionEnd(s, j, to)
            } else if c == UInt8(ascii: "`") {
                end = Bytes.quotedEnd(s, j, to, quote: c, escapes: true)
            }
            if let end {
                e.plain(run, j)
                e.span(.variable, j, end)
                run = end
                j = end
            } else {
                j += 1
            }
        }
        j = min(j, to)
        e.plain(run, j)
        e.close()
        return j
    }
}

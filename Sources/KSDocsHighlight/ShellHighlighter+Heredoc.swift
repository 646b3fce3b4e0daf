/// Heredocs: the `<<` marker and the bodies that follow its line.
extension ShellHighlighter {
    /// A queued heredoc: the terminator's bytes `src[start..<end]`, and whether `<<-` strips tabs.
    struct Heredoc {
        let start: Int
        let end: Int
        let stripTabs: Bool
    }

    /// Parses `<<WORD`, `<<-WORD`, `<< 'WORD'`, `<<"WORD"` or `<<\WORD` at `i`.
    static func heredocMarker(_ s: [UInt8], _ i: Int, _ to: Int) -> (Int, Heredoc)? {
        var k = i + 2
        let strip = k < to && s[k] == UInt8(ascii: "-")
        if strip { k += 1 }
        k = Bytes.skipBlanks(s, k, to)
        guard k < to else { return nil }
        if s[k] == UInt8(ascii: "'") || s[k] == UInt8(ascii: "\"") {
            let end = Bytes.quotedEnd(s, k, to, quote: s[k], escapes: false, stopAtNewline: true)
            guard end > k + 2, s[end - 1] == s[k] else { return nil }
            return (end, Heredoc(start: k + 1, end: end - 1, stripTabs: strip))
        }
        if s[k] == UInt8(ascii: "\\") { k += 1 }
        let end = wordEnd(s, k, to)
        guard end > k else { return nil }
        return (end, Heredoc(start: k, end: end, stripTabs: strip))
    }

    /// Emits the bodies of `docs` starting at `p` (just after a newline): each body as one
    /// `hl-heredoc` span and its terminator as an operator. Returns the index of the newline
    /// after the last terminator, or `to` if a body runs to the end.
    static func bodies(_ e: inout HTMLEmitter, _ p: Int, _ to: Int, _ docs: [Heredoc]) -> Int {
        let s = e.src
        var p = p
        for (n, doc) in docs.enumerated() {
            let length = doc.end - doc.start
            var line = p
            var found = false
            while line < to {
                let le = Bytes.lineEnd(s, line, to)
                var cs = line
                if doc.stripTabs { while cs < le && s[cs] == Bytes.tab { cs += 1 } }
                var ce = le
                if ce > cs && s[ce - 1] == Bytes.cr { ce -= 1 }
                if ce - cs == length && (0..<length).allSatisfy({ s[cs + $0] == s[doc.start + $0] }) {
                    e.span(.heredoc, p, line)
                    e.plain(line, cs)
                    e.span(.operator, cs, ce)
                    e.plain(ce, le)
                    p = le
                    found = true
                    break
                }
                line = le + 1
            }
            if !found {
                e.span(.heredoc, p, to)
                return to
            }
            if n < docs.count - 1 && p < to {
                e.plain(p, p + 1)
                p += 1
            }
        }
        return p
    }
}

/// Highlights JSON (and JSONC): keys (strings followed by `:`), strings with
/// escapes, numbers, `true`/`false`/`null`, and `//` or `/* */` comments.
enum JSONHighlighter {
    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        while i < to {
            let b = s[i]
            if b == UInt8(ascii: "\"") {
                let j = Bytes.quotedEnd(s, i, to, quote: b, escapes: true)
                var k = j
                while k < to && Bytes.isSpace(s[k]) { k += 1 }
                e.span(k < to && s[k] == UInt8(ascii: ":") ? .key : .string, i, j)
                i = j
            } else if Bytes.isDigit(b) || b == UInt8(ascii: "-") {
                var j = i + 1
                while j < to, Bytes.isDigit(s[j]) || isNumberTail(s[j]) { j += 1 }
                e.span(.number, i, j)
                i = j
            } else if Bytes.isAlpha(b) {
                let j = Bytes.identEnd(s, i, to)
                let w = j - i
                let isLiteral =
                    (w == 4 && (Bytes.hasPrefix(s, i, j, "true") || Bytes.hasPrefix(s, i, j, "null")))
                    || (w == 5 && Bytes.hasPrefix(s, i, j, "false"))
                if isLiteral { e.span(.literal, i, j) } else { e.plain(i, j) }
                i = j
            } else if b == UInt8(ascii: "/") && i + 1 < to && s[i + 1] == UInt8(ascii: "/") {
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            } else if b == UInt8(ascii: "/") && i + 1 < to && s[i + 1] == UInt8(ascii: "*") {
                let j = blockCommentEnd(s, i + 2, to)
                e.span(.comment, i, j)
                i = j
            } else {
                var j = i + 1
                while j < to {
                    let c = s[j]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "-") || c == UInt8(ascii: "/")
                        || Bytes.isDigit(c) || Bytes.isAlpha(c)
                    {
                        break
                    }
                    j += 1
                }
                e.plain(i, j)
                i = j
            }
        }
    }

    @inline(__always) private static func isNumberTail(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ".") || b == UInt8(ascii: "e") || b == UInt8(ascii: "E")
            || b == UInt8(ascii: "+") || b == UInt8(ascii: "-")
    }

    /// Index after the `*/` that closes a comment whose body starts at `i`, or `to`.
    static func blockCommentEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j + 1 < to {
            if s[j] == UInt8(ascii: "*") && s[j + 1] == UInt8(ascii: "/") { return j + 2 }
            j += 1
        }
        return to
    }
}

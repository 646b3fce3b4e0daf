/// Highlights unified diffs line by line: file headers and `@@` hunks as
/// `hl-meta`, `+` lines inserted, `-` lines deleted, `\ No newline…` as a comment.
///
/// The line counts in `@@ -a,b +c,d @@` say how many lines the hunk holds, so
/// inside a hunk `--- x` and `+++ y` are a deletion and an insertion. Outside
/// one (or when the counts are missing), `--- ` is a file header only when the
/// next line starts with `+++ `.
enum DiffHighlighter {
    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        var afterOldHeader = false
        /// Old-side and new-side lines still expected in the current hunk.
        var oldLeft = 0
        var newLeft = 0
        while i < to {
            let le = Bytes.lineEnd(s, i, to)
            let first: UInt8 = i < le ? s[i] : Bytes.space
            let kind: TokenKind?
            let wasAfterOldHeader = afterOldHeader
            afterOldHeader = false
            if oldLeft > 0 || newLeft > 0,
                first == UInt8(ascii: "-") || first == UInt8(ascii: "+") || first == Bytes.space
            {
                if first != UInt8(ascii: "+") { oldLeft -= 1 }
                if first != UInt8(ascii: "-") { newLeft -= 1 }
                kind = first == UInt8(ascii: "+") ? .inserted : first == UInt8(ascii: "-") ? .deleted : nil
            } else if Bytes.hasPrefix(s, i, le, "@@") {
                (oldLeft, newLeft) = hunkCounts(s, i, le)
                kind = .meta
            } else if Bytes.hasPrefix(s, i, le, "--- ") && le + 1 < to && Bytes.hasPrefix(s, le + 1, to, "+++ ") {
                kind = .meta
                afterOldHeader = true
            } else if (Bytes.hasPrefix(s, i, le, "+++ ") && wasAfterOldHeader) || isHeader(s, i, le) {
                kind = .meta
            } else if first == UInt8(ascii: "+") {
                kind = .inserted
            } else if first == UInt8(ascii: "-") {
                kind = .deleted
            } else if first == UInt8(ascii: "\\") {
                kind = .comment
            } else {
                kind = nil
            }
            if let kind { e.span(kind, i, le) } else { e.plain(i, le) }
            i = le
            if i < to {
                e.plain(i, i + 1)
                i += 1
            }
        }
    }

    /// Git's extended header lines.
    private static func isHeader(_ s: [UInt8], _ i: Int, _ le: Int) -> Bool {
        Bytes.hasPrefix(s, i, le, "diff ") || Bytes.hasPrefix(s, i, le, "index ")
            || Bytes.hasPrefix(s, i, le, "new file mode") || Bytes.hasPrefix(s, i, le, "deleted file mode")
            || Bytes.hasPrefix(s, i, le, "similarity index") || Bytes.hasPrefix(s, i, le, "rename from ")
            || Bytes.hasPrefix(s, i, le, "rename to ") || Bytes.hasPrefix(s, i, le, "Only in ")
    }

    /// The old and new line counts of `@@ -a[,b] +c[,d] @@` (a missing count is 1);
    /// (0, 0) if the line does not have that shape.
    private static func hunkCounts(_ s: [UInt8], _ i: Int, _ le: Int) -> (Int, Int) {
        var k = i + 2
        func range(_ sign: UInt8) -> Int? {
            k = Bytes.skipBlanks(s, k, le)
            guard k < le, s[k] == sign else { return nil }
            k += 1
            guard k < le, Bytes.isDigit(s[k]) else { return nil }
            while k < le && Bytes.isDigit(s[k]) { k += 1 }
            guard k < le, s[k] == UInt8(ascii: ",") else { return 1 }
            k += 1
            var count = 0
            while k < le && Bytes.isDigit(s[k]) && count < 1_000_000 {
                count = count * 10 + Int(s[k] - 0x30)
                k += 1
            }
            return count
        }
        guard let old = range(UInt8(ascii: "-")), let new = range(UInt8(ascii: "+")) else { return (0, 0) }
        return (old, new)
    }
}

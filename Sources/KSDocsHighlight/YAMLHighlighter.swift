/// Highlights YAML: keys, quoted and plain scalars, literals, numbers,
/// comments, document markers, anchors/aliases/tags, flow collections and
/// block scalars (`|`, `>`), whose more-indented lines form one `hl-string`.
enum YAMLHighlighter {
    static let literals = WordList([
        "true", "false", "True", "False", "TRUE", "FALSE", "yes", "no", "Yes", "No", "YES", "NO",
        "on", "off", "On", "Off", "ON", "OFF", "null", "Null", "NULL", "~",
    ])

    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        var state = State()
        while i < to {
            if let parent = state.blockParent {
                state.blockParent = nil
                let end = blockScalarEnd(s, i, to, parentIndent: parent)
                e.span(.string, i, end)
                i = end
            } else {
                i = line(&e, i, to, &state)
            }
            if i < to && s[i] == Bytes.newline {
                e.plain(i, i + 1)
                i += 1
            }
        }
    }

    /// What carries from one line to the next.
    struct State {
        /// Indentation of the node that owns a pending block scalar.
        var blockParent: Int?
        /// Depth of open `[` / `{` (flow collections may span lines).
        var flowDepth = 0
    }

    /// One line from its start (or the rest of a line after a multi-line quoted
    /// scalar); returns the index of the newline that ends it, or `to`.
    private static func line(_ e: inout HTMLEmitter, _ i: Int, _ to: Int, _ state: inout State) -> Int {
        let s = e.src
        let le = Bytes.lineEnd(s, i, to)
        if state.flowDepth == 0 && le - i >= 3
            && (Bytes.hasPrefix(s, i, le, "---") || Bytes.hasPrefix(s, i, le, "..."))
            && (le == i + 3 || Bytes.isBlank(s[i + 3]))
        {
            e.span(.meta, i, i + 3)
            return values(&e, i + 3, to, lineStart: i, &state)
        }
        if state.flowDepth == 0 && i < le && s[i] == UInt8(ascii: "%") {
            e.span(.meta, i, le)
            return le
        }
        return values(&e, i, to, lineStart: i, &state)
    }

    /// The tokens of one line from `i`; returns the index of its ending newline, or `to`.
    private static func values(_ e: inout HTMLEmitter, _ i: Int, _ to: Int, lineStart: Int, _ state: inout State) -> Int
    {
        let s = e.src
        var i = i
        var lineStart = lineStart
        /// Column of the current node (a key or a `- ` entry): block scalars nest deeper than it.
        var nodeIndent = Bytes.skipBlanks(s, lineStart, to) - lineStart
        @inline(__always) func at(_ k: Int) -> UInt8 { k < to ? s[k] : 0 }
        @inline(__always) func spaceOrEnd(_ k: Int) -> Bool { k >= to || Bytes.isSpace(s[k]) }

        while i < to {
            let b = s[i]
            switch b {
            case Bytes.newline:
                return i
            case Bytes.space, Bytes.tab, Bytes.cr:
                let j = Bytes.skipBlanks(s, i, to)
                e.plain(i, j)
                i = j
            case UInt8(ascii: "#") where i == lineStart || Bytes.isBlank(s[i - 1]):
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                let j = quotedEnd(s, i, to)
                if let nl = lastNewline(s, i, j) { lineStart = nl + 1 }
                let k = Bytes.skipBlanks(s, j, to)
                if at(k) == UInt8(ascii: ":") && (spaceOrEnd(k + 1) || state.flowDepth > 0) {
                    nodeIndent = i - lineStart
                    e.span(.key, i, j)
                } else {
                    e.span(.string, i, j)
                }
                i = j
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                state.flowDepth += 1
                e.plain(i, i + 1)
                i += 1
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                state.flowDepth = max(0, state.flowDepth - 1)
                e.plain(i, i + 1)
                i += 1
            case UInt8(ascii: ","):
                e.plain(i, i + 1)
                i += 1
            case UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"):
                var j = i + 1
                while j < to && !Bytes.isSpace(s[j]) && !(state.flowDepth > 0 && isFlowIndicator(s[j])) { j += 1 }
                e.span(.meta, i, j)
                i = j
            case let c where (c == UInt8(ascii: "|") || c == UInt8(ascii: ">")) && state.flowDepth == 0:
                var j = i + 1
                while j < to && (s[j] == UInt8(ascii: "+") || s[j] == UInt8(ascii: "-") || Bytes.isDigit(s[j])) {
                    j += 1
                }
                e.span(.operator, i, j)
                state.blockParent = nodeIndent
                i = j
            case let c
            where (c == UInt8(ascii: "-") || c == UInt8(ascii: "?") || c == UInt8(ascii: ":")) && spaceOrEnd(i + 1):
                if b == UInt8(ascii: "-") { nodeIndent = i - lineStart }
                e.plain(i, i + 1)
                i += 1
            default:
                let j = plainScalarEnd(s, i, to, inFlow: state.flowDepth > 0)
                let k = Bytes.skipBlanks(s, j, to)
                if at(k) == UInt8(ascii: ":")
                    && (spaceOrEnd(k + 1) || (state.flowDepth > 0 && isFlowIndicator(at(k + 1))))
                {
                    nodeIndent = i - lineStart
                    e.span(.key, i, j)
                } else if literals.contains(s, i, j) {
                    e.span(.literal, i, j)
                } else if Bytes.isNumber(s, i, j) {
                    e.span(.number, i, j)
                } else {
                    e.span(.string, i, j)
                }
                i = j
            }
        }
        return to
    }

    @inline(__always) private static func isFlowIndicator(_ b: UInt8) -> Bool {
        b == UInt8(ascii: ",") || b == UInt8(ascii: "[") || b == UInt8(ascii: "]")
            || b == UInt8(ascii: "{") || b == UInt8(ascii: "}")
    }

    /// End of a plain scalar at `i`: before ` #`, `: `, a line end, trailing blanks,
    /// and (inside `[…]`/`{…}`) before `,[]{}`. Always at least one byte.
    private static func plainScalarEnd(_ s: [UInt8], _ i: Int, _ to: Int, inFlow: Bool) -> Int {
        var j = i + 1
        var lastNonBlank = i + 1
        while j < to {
            let c = s[j]
            if c == Bytes.newline { break }
            if c == UInt8(ascii: "#") && Bytes.isBlank(s[j - 1]) { break }
            if c == UInt8(ascii: ":")
                && (j + 1 >= to || Bytes.isSpace(s[j + 1]) || (inFlow && isFlowIndicator(s[j + 1])))
            {
                break
            }
            if inFlow && isFlowIndicator(c) { break }
            j += 1
            if !Bytes.isBlank(c) { lastNonBlank = j }
        }
        return lastNonBlank
    }

    /// End of a `"…"` (backslash escapes) or `'…'` (`''` escapes) scalar at `i`; may span lines.
    private static func quotedEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        let q = s[i]
        if q == UInt8(ascii: "\"") { return Bytes.quotedEnd(s, i, to, quote: q, escapes: true) }
        var j = i + 1
        while j < to {
            if s[j] == q {
                if j + 1 < to && s[j + 1] == q {
                    j += 2
                    continue
                }
                return j + 1
            }
            j += 1
        }
        return to
    }

    private static func lastNewline(_ s: [UInt8], _ i: Int, _ j: Int) -> Int? {
        var k = j - 1
        while k >= i {
            if s[k] == Bytes.newline { return k }
            k -= 1
        }
        return nil
    }

    /// End of a block scalar's content starting at `i` (a line start): the lines that
    /// are blank or indented deeper than `parentIndent`; trailing blank lines excluded.
    private static func blockScalarEnd(_ s: [UInt8], _ i: Int, _ to: Int, parentIndent: Int) -> Int {
        var end = i
        var line = i
        while line < to {
            let le = Bytes.lineEnd(s, line, to)
            var k = line
            while k < le && s[k] == Bytes.space { k += 1 }
            let blank = Bytes.skipBlanks(s, k, le) == le
            if !blank {
                guard k - line > parentIndent else { break }
                end = le
            }
            line = le + 1
        }
        return end
    }
}

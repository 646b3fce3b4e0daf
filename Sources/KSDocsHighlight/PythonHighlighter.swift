/// Highlights Python: `#` comments, strings with prefixes (`r`, `b`, `f`, `rb`…),
/// triple-quoted strings across lines, numbers, keywords, `True`/`False`/`None`,
/// builtins, and decorators (`@name.attr`) as `hl-meta`.
enum PythonHighlighter {
    static let keywords = WordList([
        "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del", "elif",
        "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda",
        "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield", "match",
        "case",
    ])
    static let literals = WordList(["True", "False", "None"])
    static let builtins = WordList([
        "abs", "all", "any", "bool", "bytes", "callable", "dict", "dir", "enumerate", "exec", "filter",
        "float", "format", "getattr", "hasattr", "hash", "id", "input", "int", "isinstance",
        "issubclass", "iter", "len", "list", "map", "max", "min", "next", "object", "open", "print",
        "range", "repr", "reversed", "round", "set", "setattr", "sorted", "str", "sum", "super",
        "tuple", "type", "vars", "zip", "self", "cls", "Exception", "ValueError", "KeyError",
        "TypeError", "RuntimeError", "OSError",
    ])

    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        /// Whether only blanks precede `i` on its line (where `@` starts a decorator).
        var lineStart = true
        while i < to {
            let b = s[i]
            if b == Bytes.newline || Bytes.isBlank(b) {
                var j = i
                while j < to && Bytes.isSpace(s[j]) {
                    if s[j] == Bytes.newline { lineStart = true }
                    j += 1
                }
                e.plain(i, j)
                i = j
                continue
            }
            let atLineStart = lineStart
            lineStart = false
            if b == UInt8(ascii: "#") {
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                i = string(&e, i, i, to)
            } else if Bytes.isAlpha(b) || b == UInt8(ascii: "_") || b >= 0x80 {
                var j = i + 1
                while j < to && (Bytes.isIdent(s[j]) || s[j] >= 0x80) { j += 1 }
                if j < to && (s[j] == UInt8(ascii: "\"") || s[j] == UInt8(ascii: "'")) && isStringPrefix(s, i, j) {
                    i = string(&e, i, j, to)
                    continue
                }
                if keywords.contains(s, i, j) {
                    e.span(.keyword, i, j)
                } else if literals.contains(s, i, j) {
                    e.span(.literal, i, j)
                } else if builtins.contains(s, i, j) && (i == from || s[i - 1] != UInt8(ascii: ".")) {
                    e.span(.builtin, i, j)
                } else {
                    e.plain(i, j)
                }
                i = j
            } else if Bytes.isDigit(b) || (b == UInt8(ascii: ".") && i + 1 < to && Bytes.isDigit(s[i + 1])) {
                var j = i + 1
                while j < to {
                    let c = s[j]
                    if Bytes.isIdent(c) || c == UInt8(ascii: ".") {
                        j += 1
                    } else if (c == UInt8(ascii: "+") || c == UInt8(ascii: "-"))
                        && (s[j - 1] | 0x20) == UInt8(ascii: "e")
                        && !(s[i + 1] | 0x20 == UInt8(ascii: "x"))
                    {
                        j += 1
                    } else {
                        break
                    }
                }
                e.span(.number, i, j)
                i = j
            } else if b == UInt8(ascii: "@") && atLineStart {
                var j = i + 1
                while j < to && (Bytes.isIdent(s[j]) || s[j] == UInt8(ascii: ".")) { j += 1 }
                e.span(.meta, i, j)
                i = j
            } else {
                e.plain(i, i + 1)
                i += 1
            }
        }
    }

    /// Whether `s[i..<j]` is a string prefix: one or two of r, b, u, f (any case).
    private static func isStringPrefix(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        guard j - i <= 2 else { return false }
        for k in i..<j {
            let c = Bytes.lower(s[k])
            guard c == UInt8(ascii: "r") || c == UInt8(ascii: "b") || c == UInt8(ascii: "u") || c == UInt8(ascii: "f")
            else {
                return false
            }
        }
        return true
    }

    /// A string whose prefix starts at `start` and whose opening quote is at `q`.
    /// Single-quoted strings end at an unescaped newline; triple-quoted ones may span lines.
    private static func string(_ e: inout HTMLEmitter, _ start: Int, _ q: Int, _ to: Int) -> Int {
        let s = e.src
        let quote = s[q]
        let end: Int
        if q + 2 < to && s[q + 1] == quote && s[q + 2] == quote {
            var j = q + 3
            var found = to
            while j < to {
                if s[j] == UInt8(ascii: "\\") {
                    j += 2
                    continue
                }
                if s[j] == quote && j + 2 < to && s[j + 1] == quote && s[j + 2] == quote {
                    found = j + 3
                    break
                }
                j += 1
            }
            end = found
        } else {
            end = min(Bytes.quotedEnd(s, q, to, quote: quote, escapes: true, stopAtNewline: true), to)
        }
        e.span(.string, start, end)
        return end
    }
}

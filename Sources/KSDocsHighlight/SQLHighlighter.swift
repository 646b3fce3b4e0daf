/// Highlights SQL (PostgreSQL flavoured): `--` and nested `/* */` comments,
/// `'it''s'` and `E'\n'` strings, `$$…$$`/`$tag$…$tag$` bodies as strings,
/// case-insensitive keywords, `TRUE`/`FALSE`/`NULL`, functions (a name
/// followed by `(`), `$1`/`:name` parameters and psql `\` meta-commands.
enum SQLHighlighter {
    static let keywords = WordList(
        [
            "add", "all", "alter", "and", "as", "asc", "begin", "between", "by", "cascade", "case", "check",
            "column", "commit", "constraint", "create", "database", "default", "delete", "desc", "distinct",
            "drop", "else", "end", "exists", "extension", "foreign", "from", "full", "function", "grant",
            "group", "having", "if", "in", "index", "inner", "insert", "into", "is", "join", "key", "left",
            "like", "ilike", "limit", "not", "offset", "on", "or", "order", "outer", "owner", "primary",
            "privileges", "references", "replace", "returning", "revoke", "right", "role", "rollback",
            "schema", "select", "sequence", "set", "table", "then", "to", "transaction", "trigger",
            "truncate", "union", "unique", "update", "user", "using", "values", "view", "when", "where",
            "with", "password", "login", "language", "returns", "declare", "vacuum", "analyze",
            "explain", "serial", "integer", "int", "bigint", "smallint", "text", "varchar", "char",
            "boolean", "timestamp", "timestamptz", "date", "jsonb", "json", "uuid", "numeric", "bigserial",
            "cross", "lateral", "over", "partition", "window", "interval", "conflict", "do", "nothing",
            "temporary", "temp", "materialized", "recursive", "tablespace", "connection", "encoding",
        ], caseInsensitive: true)
    static let literals = WordList(["true", "false", "null", "unknown"], caseInsensitive: true)

    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        @inline(__always) func at(_ k: Int) -> UInt8 { k < to ? s[k] : 0 }
        while i < to {
            let b = s[i]
            if b == UInt8(ascii: "-") && at(i + 1) == UInt8(ascii: "-") {
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            } else if b == UInt8(ascii: "/") && at(i + 1) == UInt8(ascii: "*") {
                let j = blockCommentEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            } else if b == UInt8(ascii: "'") {
                let j = quotedEnd(s, i, to, backslash: false)
                e.span(.string, i, j)
                i = j
            } else if (b | 0x20) == UInt8(ascii: "e") && at(i + 1) == UInt8(ascii: "'")
                && (i == from || !Bytes.isIdent(s[i - 1]))
            {
                let j = quotedEnd(s, i + 1, to, backslash: true)
                e.span(.string, i, j)
                i = j
            } else if b == UInt8(ascii: "\"") {
                let j = Bytes.quotedEnd(s, i, to, quote: b, escapes: false)
                e.plain(i, j)  // a quoted identifier
                i = j
            } else if b == UInt8(ascii: "$") {
                i = dollar(&e, i, to)
            } else if b == UInt8(ascii: ":") && Bytes.isAlpha(at(i + 1)) && (i == from || s[i - 1] != UInt8(ascii: ":"))
            {
                let j = Bytes.identEnd(s, i + 1, to)
                e.span(.variable, i, j)
                i = j
            } else if b == UInt8(ascii: "\\") && (i == from || s[i - 1] == Bytes.newline) {
                let j = Bytes.lineEnd(s, i, to)
                e.span(.meta, i, j)
                i = j
            } else if Bytes.isAlpha(b) || b == UInt8(ascii: "_") || b >= 0x80 {
                var j = i + 1
                while j < to && (Bytes.isIdent(s[j]) || s[j] >= 0x80) { j += 1 }
                if keywords.contains(s, i, j) {
                    e.span(.keyword, i, j)
                } else if literals.contains(s, i, j) {
                    e.span(.literal, i, j)
                } else if at(j) == UInt8(ascii: "(") {
                    e.span(.builtin, i, j)
                } else {
                    e.plain(i, j)
                }
                i = j
            } else if Bytes.isDigit(b) {
                var j = i + 1
                while j < to && (Bytes.isDigit(s[j]) || s[j] == UInt8(ascii: ".")) { j += 1 }
                if j < to && (s[j] | 0x20) == UInt8(ascii: "e") && j + 1 < to && Bytes.isDigit(s[j + 1]) {
                    j += 1
                    while j < to && Bytes.isDigit(s[j]) { j += 1 }
                }
                e.span(.number, i, j)
                i = j
            } else {
                var j = i + 1
                while j < to && isPunctuation(s[j]) { j += 1 }
                e.plain(i, j)
                i = j
            }
        }
    }

    /// Bytes that never start a token (whitespace and operators other than `-`, `/`, `$`, `:`, `\`).
    @inline(__always) private static func isPunctuation(_ c: UInt8) -> Bool {
        !(Bytes.isIdent(c) || c >= 0x80 || c == UInt8(ascii: "'") || c == UInt8(ascii: "\"")
            || c == UInt8(ascii: "-") || c == UInt8(ascii: "/") || c == UInt8(ascii: "$")
            || c == UInt8(ascii: ":") || c == UInt8(ascii: "\\"))
    }

    /// End of a `'…'` string at `i` (`''` is an escaped quote; with `backslash`, so is `\'`).
    private static func quotedEnd(_ s: [UInt8], _ i: Int, _ to: Int, backslash: Bool) -> Int {
        var j = i + 1
        while j < to {
            let c = s[j]
            if backslash && c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if c == UInt8(ascii: "'") {
                if j + 1 < to && s[j + 1] == UInt8(ascii: "'") {
                    j += 2
                    continue
                }
                return j + 1
            }
            j += 1
        }
        return to
    }

    /// End of a (nested) `/* … */` comment starting at `i`.
    private static func blockCommentEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var depth = 0
        var j = i
        while j + 1 < to {
            if s[j] == UInt8(ascii: "/") && s[j + 1] == UInt8(ascii: "*") {
                depth += 1
                j += 2
            } else if s[j] == UInt8(ascii: "*") && s[j + 1] == UInt8(ascii: "/") {
                depth -= 1
                j += 2
                if depth == 0 { return j }
            } else {
                j += 1
            }
        }
        return to
    }

    /// `$1` (a parameter), or `$tag$ … $tag$` / `$$ … $$` (a dollar-quoted string), at `i`.
    private static func dollar(_ e: inout HTMLEmitter, _ i: Int, _ to: Int) -> Int {
        let s = e.src
        var j = i + 1
        if j < to && Bytes.isDigit(s[j]) {
            while j < to && Bytes.isDigit(s[j]) { j += 1 }
            e.span(.variable, i, j)
            return j
        }
        if j < to && (Bytes.isAlpha(s[j]) || s[j] == UInt8(ascii: "_")) { j = Bytes.identEnd(s, j, to) }
        guard j < to && s[j] == UInt8(ascii: "$") else {
            e.plain(i, i + 1)
            return i + 1
        }
        let tagLength = j + 1 - i
        var k = j + 1
        while k < to {
            if s[k] == UInt8(ascii: "$") && k + tagLength <= to
                && (0..<tagLength).allSatisfy({ s[k + $0] == s[i + $0] })
            {
                k += tagLength
                e.span(.string, i, k)
                return k
            }
            k += 1
        }
        e.span(.string, i, to)
        return to
    }
}

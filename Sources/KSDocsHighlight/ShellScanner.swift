/// The one shell tokenizer: splits POSIX shell and bash source into ``ShellToken``s with byte
/// offsets. It never fails: an unterminated quote, `$(` or heredoc runs to the end of the text.
///
/// `#` starts a comment only at the start of a word (`foo#bar`, `"a#b"` and `${#arr}` are
/// not comments). A heredoc marker queues a terminator; after the newline that ends the
/// marker's line come the bodies, each a `heredocBody` and a `heredocTerminator`.
/// Every byte of the scanned range belongs to exactly one token, except the expansions
/// inside a `doubleQuoted` token, which are listed after it and lie inside it.
package enum ShellScanner {
    /// The tokens of a scan and where it stopped.
    package struct Scan: Sendable {
        package var tokens: [ShellToken] = []
        /// Where scanning stopped: the end of the range, or with `stopAtNewline` the newline
        /// that ends the command (after any heredoc bodies).
        package var end: Int
        /// True when the text ends before a queued heredoc's terminator line.
        package var unfinishedHeredoc = false
    }

    /// Tokens of `s[from..<to]`. With `stopAtNewline`, stops at the first newline that ends
    /// the command (outside quotes and after any heredoc bodies), leaving it out.
    package static func scan(_ s: [UInt8], from: Int = 0, to: Int? = nil, stopAtNewline: Bool = false) -> Scan {
        var scanner = Scanner(s: s, from: from, to: to ?? s.count)
        let end = scanner.run(stopAtNewline: stopAtNewline)
        return Scan(tokens: scanner.tokens, end: end, unfinishedHeredoc: scanner.unfinishedHeredoc)
    }

    /// End of `$NAME`, `${…}` or a special parameter (`$1`, `$?`, `$@`…) at `i`, or nil for a lone `$`.
    static func expansionEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int? {
        expansion(s, i, to)?.end
    }

    /// Like `expansionEnd`, also telling whether a `${` found its `}`.
    static func expansion(_ s: [UInt8], _ i: Int, _ to: Int) -> (end: Int, closed: Bool)? {
        guard i + 1 < to else { return nil }
        let c = s[i + 1]
        if c == UInt8(ascii: "{") {
            return balancedEnd(s, i + 1, to, open: c, close: UInt8(ascii: "}"), stopAtNewline: true)
        }
        if Bytes.isAlpha(c) || c == UInt8(ascii: "_") { return (Bytes.identEnd(s, i + 1, to), true) }
        if Bytes.isDigit(c) || "@*#?$!-".utf8.contains(c) { return (i + 2, true) }
        return nil
    }

    /// End of the bracket `open` at `i` and its matching `close` (a backslash skips a byte),
    /// and whether the match was found before the end (or with `stopAtNewline`, the line).
    static func balancedEnd(
        _ s: [UInt8], _ i: Int, _ to: Int, open: UInt8, close: UInt8, stopAtNewline: Bool = false
    ) -> (end: Int, closed: Bool) {
        var depth = 0
        var j = i
        while j < to {
            let d = s[j]
            if d == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            if d == open { depth += 1 }
            if d == close {
                depth -= 1
                if depth == 0 { return (j + 1, true) }
            }
            if stopAtNewline && d == Bytes.newline { return (j, false) }
            j += 1
        }
        return (to, false)
    }

    /// End of a word at `i`: up to a blank, newline or shell metacharacter; `\x` takes `x` along.
    static func wordEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to {
            let c = s[j]
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            switch c {
            case Bytes.space, Bytes.tab, Bytes.cr, Bytes.newline, UInt8(ascii: "|"), UInt8(ascii: "&"),
                UInt8(ascii: ";"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "("), UInt8(ascii: ")"),
                UInt8(ascii: "\""), UInt8(ascii: "'"), UInt8(ascii: "$"), UInt8(ascii: "`"):
                return j
            default:
                j += 1
            }
        }
        return min(j, to)
    }

    /// Whether `s[i..<j]` is a non-empty run of decimal digits.
    static func isAllDigits(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        guard i < j else { return false }
        for k in i..<j where !Bytes.isDigit(s[k]) { return false }
        return true
    }
}

/// The state of one scan.
private struct Scanner {
    /// A queued heredoc: the terminator's bytes `s[start..<end]`, and whether `<<-` strips tabs.
    struct Heredoc {
        let start: Int
        let end: Int
        let stripTabs: Bool
    }

    let s: [UInt8]
    let from: Int
    let to: Int
    var tokens: [ShellToken] = []
    var unfinishedHeredoc = false
    /// The token that opened each `(` still open: `open`, `substitutionOpen` or `processSubstitutionOpen`.
    private var parens: [ShellToken.Kind] = []
    /// End of the last `)` that closed a subshell: a `#` right after it starts a comment.
    private var subshellEnd: Int?
    private var heredocs: [Heredoc] = []
    /// Start of fd digits (`2` in `2>&1`) that belong to the next redirection.
    private var redirectStart: Int?

    init(s: [UInt8], from: Int, to: Int) {
        self.s = s
        self.from = from
        self.to = to
    }

    private func at(_ k: Int) -> UInt8 { k < to ? s[k] : 0 }

    private mutating func add(_ kind: ShellToken.Kind, _ start: Int, _ end: Int, unterminated: Bool = false) {
        guard start < end else { return }
        tokens.append(ShellToken(kind, start, end, unterminated: unterminated))
    }

    mutating func run(stopAtNewline: Bool) -> Int {
        var i = from
        while i < to {
            let b = s[i]
            switch b {
            case Bytes.newline:
                if stopAtNewline && heredocs.isEmpty { return i }
                add(.newline, i, i + 1)
                i += 1
                if !heredocs.isEmpty {
                    i = bodies(i)
                    heredocs.removeAll()
                    if stopAtNewline { return i }
                }
            case Bytes.space, Bytes.tab, Bytes.cr:
                var j = i + 1
                while j < to && Bytes.isBlank(s[j]) { j += 1 }
                add(.blank, i, j)
                i = j
            case UInt8(ascii: "#") where i == from || i == subshellEnd || isCommentLead(s[i - 1]):
                let j = Bytes.lineEnd(s, i, to)
                add(.comment, i, j)
                i = j
            case UInt8(ascii: "'"), UInt8(ascii: "`"):
                let (j, closed) = quoted(i, escapes: b == UInt8(ascii: "`"))
                add(b == UInt8(ascii: "'") ? .singleQuoted : .backtick, i, j, unterminated: !closed)
                i = j
            case UInt8(ascii: "\""):
                i = doubleQuoted(i)
            case UInt8(ascii: "$"):
                i = dollar(i)
            case UInt8(ascii: "|"), UInt8(ascii: ";"):
                var j = i + 1
                if at(j) == b || (b == UInt8(ascii: "|") && at(j) == UInt8(ascii: "&")) { j += 1 }
                if b == UInt8(ascii: ";") && at(j) == UInt8(ascii: "&") { j += 1 }
                add(.controlOperator, i, j)
                i = j
            case UInt8(ascii: "&"):
                var j = i + 1
                var kind = ShellToken.Kind.controlOperator
                if at(j) == UInt8(ascii: "&") {
                    j += 1
                } else if at(j) == UInt8(ascii: ">") {
                    j += 1
                    if at(j) == UInt8(ascii: ">") { j += 1 }
                    kind = .redirection
                }
                add(kind, i, j)
                i = j
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                i = redirection(i)
            case UInt8(ascii: "("):
                add(.open, i, i + 1)
                parens.append(.open)
                i += 1
            case UInt8(ascii: ")"):
                let opener = parens.popLast() ?? .open
                add(opener == .substitutionOpen ? .substitutionClose : .close, i, i + 1)
                i += 1
                if opener == .open { subshellEnd = i }
            case UInt8(ascii: "\\") where at(i + 1) == Bytes.newline:
                add(.lineContinuation, i, i + 2)
                i += 2
            default:
                let j = ShellScanner.wordEnd(s, i, to)
                if ShellScanner.isAllDigits(s, i, j), at(j) == UInt8(ascii: ">") || at(j) == UInt8(ascii: "<"),
                    !continuesWord()
                {
                    redirectStart = i  // part of the redirection that follows
                } else {
                    add(.word, i, j)
                }
                i = j
            }
        }
        if !heredocs.isEmpty { unfinishedHeredoc = true }
        return to
    }

    /// Whether the next token joins the previous one into one shell word (`"a"2` is one word).
    private func continuesWord() -> Bool {
        switch tokens.last?.kind {
        case .word, .dollar, .singleQuoted, .doubleQuoted, .ansiCString, .variable, .backtick, .commandSubstitution,
            .substitutionClose:
            true
        default:
            false
        }
    }

    /// Whether a `#` right after `prev` starts a comment (it begins a word).
    private func isCommentLead(_ prev: UInt8) -> Bool {
        Bytes.isSpace(prev) || prev == UInt8(ascii: ";") || prev == UInt8(ascii: "&")
            || prev == UInt8(ascii: "|") || prev == UInt8(ascii: "(")
    }

    /// End of a string quoted with `s[i]`, and whether its closing quote was found.
    /// With `escapes`, a backslash skips the next byte.
    private func quoted(_ i: Int, escapes: Bool) -> (end: Int, closed: Bool) {
        let quote = s[i]
        var j = i + 1
        while j < to {
            let b = s[j]
            if b == quote { return (j + 1, true) }
            j += (escapes && b == UInt8(ascii: "\\")) ? 2 : 1
        }
        return (to, false)
    }

    /// `$(`, `$'…'`, an expansion, or a lone `$` at `i`.
    private mutating func dollar(_ i: Int) -> Int {
        if at(i + 1) == UInt8(ascii: "(") {
            add(.substitutionOpen, i, i + 2)
            parens.append(.substitutionOpen)
            return i + 2
        }
        if at(i + 1) == UInt8(ascii: "'") {
            let (j, closed) = quoted(i + 1, escapes: true)
            add(.ansiCString, i, j, unterminated: !closed)
            return j
        }
        if let (j, closed) = ShellScanner.expansion(s, i, to) {
            add(.variable, i, j, unterminated: !closed)
            return j
        }
        add(.dollar, i, i + 1)
        return i + 1
    }

    /// A double-quoted string at `i`, then the expansions inside it.
    private mutating func doubleQuoted(_ i: Int) -> Int {
        var inner: [ShellToken] = []
        var closed = false
        var j = i + 1
        while j < to {
            let c = s[j]
            if c == UInt8(ascii: "\"") {
                j += 1
                closed = true
                break
            }
            if c == UInt8(ascii: "\\") {
                j += 2
                continue
            }
            var found: (ShellToken.Kind, Int)?
            if c == UInt8(ascii: "$") && at(j + 1) == UInt8(ascii: "(") {
                let end = ShellScanner.balancedEnd(s, j + 1, to, open: UInt8(ascii: "("), close: UInt8(ascii: ")")).end
                found = (.commandSubstitution, end)
            } else if c == UInt8(ascii: "$"), let end = ShellScanner.expansionEnd(s, j, to) {
                found = (.variable, end)
            } else if c == UInt8(ascii: "`") {
                found = (.backtick, quoted(j, escapes: true).end)
            }
            if let (kind, end) = found {
                inner.append(ShellToken(kind, j, end))
                j = end
            } else {
                j += 1
            }
        }
        j = min(j, to)
        add(.doubleQuoted, i, j, unterminated: !closed)
        tokens += inner
        return j
    }

    /// A redirection, heredoc marker or process substitution at `i` (`<` or `>`).
    private mutating func redirection(_ i: Int) -> Int {
        let b = s[i]
        let start = redirectStart ?? i
        redirectStart = nil
        var j = i + 1
        var kind = ShellToken.Kind.redirection
        if at(j) == UInt8(ascii: "(") {
            j += 1
            parens.append(.processSubstitutionOpen)
            kind = .processSubstitutionOpen
        } else if b == UInt8(ascii: "<") && at(j) == UInt8(ascii: "<") && at(j + 1) != UInt8(ascii: "<") {
            if let (end, doc) = heredocMarker(i) {
                heredocs.append(doc)
                j = end
                kind = .heredocMarker
            } else {
                j += 1
            }
        } else if b == UInt8(ascii: "<") && at(j) == UInt8(ascii: ">") {
            j += 1  // `<>`: open for reading and writing
        } else {
            if b == UInt8(ascii: ">") && (at(j) == b || at(j) == UInt8(ascii: "|")) {
                j += 1  // `>>`, `>|`
            } else if b == UInt8(ascii: "<") && at(j) == b {
                j += 2  // `<<<`
            }
            if at(j) == UInt8(ascii: "&") {
                j += 1
                while Bytes.isDigit(at(j)) || at(j) == UInt8(ascii: "-") { j += 1 }
            }
        }
        add(kind, start, j)
        return j
    }

    /// Parses `<<WORD`, `<<-WORD`, `<< 'WORD'`, `<<"WORD"` or `<<\WORD` at `i`.
    private func heredocMarker(_ i: Int) -> (Int, Heredoc)? {
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
        let end = ShellScanner.wordEnd(s, k, to)
        guard end > k else { return nil }
        return (end, Heredoc(start: k, end: end, stripTabs: strip))
    }

    /// The bodies of the queued heredocs starting at `p` (just after a newline). Returns the
    /// index of the newline after the last terminator, or `to` if a body runs to the end.
    private mutating func bodies(_ p: Int) -> Int {
        var p = p
        for (n, doc) in heredocs.enumerated() {
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
                    add(.heredocBody, p, line)
                    add(.blank, line, cs)
                    add(.heredocTerminator, cs, ce)
                    add(.blank, ce, le)
                    p = le
                    found = true
                    break
                }
                line = le + 1
            }
            if !found {
                add(.heredocBody, p, to, unterminated: true)
                unfinishedHeredoc = true
                return to
            }
            if n < heredocs.count - 1 && p < to {
                add(.blank, p, p + 1)
                p += 1
            }
        }
        return p
    }
}

import KSDocsHighlight

/// One lexical token of a shell command, as the explainer reads it.
enum LexedToken: Equatable {
    /// A word after quote removal (`"a b"` → `a b`); `$(…)`, `${…}` and backticks stay as written.
    case word(String)
    /// A control operator: `|`, `|&`, `&&`, `||`, `;`, `&`, `(`, `)`, or `"\n"` for an unquoted newline.
    case control(String)
    /// A redirection such as `>`, `2>&1` or `<<EOF`; `attached` is true when no space separates
    /// the operator from its target.
    case redirection(op: String, target: String, attached: Bool)
}

/// The result of lexing a command: its tokens, its comments and whether it is complete.
struct ShellLexResult {
    /// The tokens in order; comments and heredoc bodies are not tokens.
    var tokens: [LexedToken] = []
    /// Each `#` comment: the offset (in `Character`s) of the whitespace before it and its text without `#`.
    var comments: [(start: Int, end: Int, text: String)] = []
    /// True when more lines are needed: an open quote, a trailing `\`, an unfinished heredoc,
    /// or a line ending in `|`, `&&` or `||`.
    var needsMore = false
}

/// Reads the tokens of the shared shell tokenizer (`ShellScanner`, which the highlighter also
/// uses) the way the explainer needs them: adjacent parts joined into words after quote
/// removal, redirections with their targets, comments with their positions.
struct ShellLexer {
    private let text: String
    private let s: [UInt8]
    private let tokens: [ShellToken]
    private var k = 0
    private var result = ShellLexResult()

    /// Lexes `text`; carriage returns before newlines are ignored.
    static func lex(_ text: String) -> ShellLexResult {
        let text = text.replacingCRLF()
        let bytes = Array(text.utf8)
        let scan = ShellScanner.scan(bytes)
        var lexer = ShellLexer(text: text, s: bytes, tokens: scan.tokens)
        lexer.run()
        if scan.unfinishedHeredoc { lexer.result.needsMore = true }
        return lexer.result
    }

    private init(text: String, s: [UInt8], tokens: [ShellToken]) {
        self.text = text
        self.s = s
        self.tokens = tokens
    }

    private func string(_ bytes: some Sequence<UInt8>) -> String {
        String(decoding: Array(bytes), as: UTF8.self)
    }

    private mutating func run() {
        while k < tokens.count {
            let t = tokens[k]
            switch t.kind {
            case .blank, .lineContinuation, .heredocBody, .heredocTerminator:
                k += 1
            case .newline:
                result.tokens.append(.control("\n"))
                k += 1
            case .comment:
                addComment(t)
                k += 1
            case .controlOperator, .open, .close, .substitutionClose:
                result.tokens.append(.control(string(s[t.start..<t.end])))
                k += 1
            case .redirection, .heredocMarker:
                guard readRedirection() else {
                    result.needsMore = true
                    return
                }
            case .word where t.end == s.count && t.end - t.start == 1 && s[t.start] == Self.backslash:
                result.needsMore = true  // a trailing `\`: the command goes on
                return
            default:
                let (word, complete) = readWord()
                result.tokens.append(.word(word))
                guard complete else {
                    result.needsMore = true
                    return
                }
            }
        }
        if case .control(let op)? = result.tokens.last, ["|", "|&", "&&", "||"].contains(op) {
            result.needsMore = true
        }
    }

    private mutating func addComment(_ t: ShellToken) {
        var start = t.start
        while start > 0 && (s[start - 1] == Self.space || s[start - 1] == Self.tab) { start -= 1 }
        let body = string(s[(t.start + 1)..<t.end])
        result.comments.append((characterOffset(start), characterOffset(t.end), body))
    }

    private func characterOffset(_ byte: Int) -> Int {
        text.distance(from: text.startIndex, to: text.utf8.index(text.utf8.startIndex, offsetBy: byte))
    }

    private static func isWordPart(_ kind: ShellToken.Kind) -> Bool {
        switch kind {
        case .word, .lineContinuation, .dollar, .singleQuoted, .doubleQuoted, .ansiCString, .variable, .backtick,
            .substitutionOpen, .processSubstitutionOpen:
            true
        default:
            false
        }
    }

    /// Reads a redirection and its target; false when the text ends inside the target.
    private mutating func readRedirection() -> Bool {
        let t = tokens[k]
        k += 1
        var op = Array(s[t.start..<t.end])
        if t.kind == .heredocMarker {
            var opEnd = (op.firstIndex(of: UInt8(ascii: "<")) ?? 0) + 2
            if opEnd < op.count && op[opEnd] == UInt8(ascii: "-") { opEnd += 1 }
            var delimiter = op[opEnd...].drop { $0 == Self.space || $0 == Self.tab }
            let attached = delimiter.count == op.count - opEnd
            if let first = delimiter.first, first == UInt8(ascii: "'") || first == UInt8(ascii: "\"") {
                delimiter = delimiter.dropFirst().dropLast()
            } else if delimiter.first == Self.backslash {
                delimiter = delimiter.dropFirst()
            }
            result.tokens.append(.redirection(op: string(op[..<opEnd]), target: string(delimiter), attached: attached))
            return true
        }
        // A duplicated descriptor (`2>&1`, `>&-`) is its own target.
        var target = ""
        if let angle = op.firstIndex(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }),
            let amp = op[angle...].firstIndex(of: UInt8(ascii: "&")), amp + 1 < op.count
        {
            target = string(op[(amp + 1)...])
            op = Array(op[...amp])
        }
        let attached = !target.isEmpty || !(k < tokens.count && tokens[k].kind == .blank)
        var complete = true
        if target.isEmpty {
            while k < tokens.count && tokens[k].kind == .blank { k += 1 }
            if k < tokens.count && Self.isWordPart(tokens[k].kind) { (target, complete) = readWord() }
        } else if k < tokens.count && tokens[k].start == t.end && Self.isWordPart(tokens[k].kind) {
            let (rest, restComplete) = readWord()
            target += rest
            complete = restComplete
        }
        result.tokens.append(.redirection(op: string(op), target: target, attached: attached))
        return complete
    }

    /// Reads the adjacent word parts from token `k` as one word after quote removal;
    /// `complete` is false when the text ends inside one of them (the word then holds what
    /// came before it, and the partial inside of `"…"` or `$'…'`).
    private mutating func readWord() -> (word: String, complete: Bool) {
        var bytes: [UInt8] = []
        var end: Int?
        parts: while k < tokens.count {
            let t = tokens[k]
            if let end, t.start != end { break }
            var partEnd = t.end
            var next = k + 1
            var complete = !t.unterminated
            switch t.kind {
            case .word:
                complete = unescape(t.start, t.end, into: &bytes)
            case .lineContinuation:
                break
            case .singleQuoted where !t.unterminated:
                bytes += s[(t.start + 1)..<(t.end - 1)]
            case .doubleQuoted:
                while next < tokens.count && tokens[next].start < t.end { next += 1 }
                complete = doubleQuoted(t, inner: tokens[(k + 1)..<next], into: &bytes) && complete
            case .ansiCString:
                let inside = string(s[(t.start + 2)..<(t.unterminated ? t.end : t.end - 1)])
                bytes += Array(Self.decodeANSIC(inside).utf8)
            case .dollar,
                .variable where !t.unterminated, .backtick where !t.unterminated:
                bytes += s[t.start..<t.end]
            case .substitutionOpen, .processSubstitutionOpen:
                guard let close = matchingClose() else { return (string(bytes), false) }
                partEnd = tokens[close].end
                next = close + 1
                bytes += s[t.start..<partEnd]
            case .singleQuoted, .variable, .backtick:
                break  // unterminated: what it holds so far is not part of the word
            default:
                break parts
            }
            guard complete else { return (string(bytes), false) }
            end = partEnd
            k = next
        }
        return (string(bytes), true)
    }

    /// Index of the `)` closing the `(`, `$(` or `<(` at token `k`.
    private func matchingClose() -> Int? {
        var depth = 0
        for m in k..<tokens.count {
            switch tokens[m].kind {
            case .open, .substitutionOpen, .processSubstitutionOpen:
                depth += 1
            case .close, .substitutionClose:
                depth -= 1
                if depth == 0 { return m }
            default:
                break
            }
        }
        return nil
    }

    /// Appends `s[from..<to]` with backslashes removed (`\x` → `x`, `\`-newline → nothing);
    /// false when it ends in a lone backslash.
    private func unescape(_ from: Int, _ to: Int, into bytes: inout [UInt8]) -> Bool {
        var j = from
        while j < to {
            if s[j] == Self.backslash {
                guard j + 1 < to else { return false }
                if s[j + 1] != Self.newline { bytes.append(s[j + 1]) }
                j += 2
            } else {
                bytes.append(s[j])
                j += 1
            }
        }
        return true
    }

    /// Appends the inside of a double-quoted token: `\$`, `` \` ``, `\"` and `\\` lose their
    /// backslash, `\`-newline disappears, the expansions (`inner`) stay as written.
    /// False when it ends in a lone backslash.
    private func doubleQuoted(_ t: ShellToken, inner: ArraySlice<ShellToken>, into bytes: inout [UInt8]) -> Bool {
        let stop = t.unterminated ? t.end : t.end - 1
        var inner = inner[...]
        var j = t.start + 1
        while j < stop {
            if let expansion = inner.first, expansion.start == j {
                let end = min(expansion.end, stop)
                bytes += s[j..<end]
                j = end
                inner = inner.dropFirst()
                continue
            }
            let c = s[j]
            guard c == Self.backslash else {
                bytes.append(c)
                j += 1
                continue
            }
            guard j + 1 < stop else { return false }
            let next = s[j + 1]
            if next == Self.newline {
                j += 2
            } else if "$`\"\\".utf8.contains(next) {
                bytes.append(next)
                j += 2
            } else {
                bytes.append(c)
                j += 1
            }
        }
        return true
    }

    /// The inside of `$'…'` with its backslash escapes decoded.
    private static func decodeANSIC(_ inside: String) -> String {
        let simple: [Character: Character] = [
            "n": "\n", "t": "\t", "r": "\r", "a": "\u{07}", "b": "\u{08}", "e": "\u{1B}", "E": "\u{1B}",
            "f": "\u{0C}", "v": "\u{0B}", "\\": "\\", "'": "'", "\"": "\"", "?": "?",
        ]
        let chars = Array(inside)
        var word = ""
        var i = 0
        while i < chars.count {
            let c = chars[i]
            guard c == "\\", i + 1 < chars.count else {
                word.append(c)
                i += 1
                continue
            }
            let next = chars[i + 1]
            if let decoded = simple[next] {
                word.append(decoded)
                i += 2
            } else if next == "x" {
                var hex = ""
                while hex.count < 2, i + 2 + hex.count < chars.count, chars[i + 2 + hex.count].isHexDigit {
                    hex.append(chars[i + 2 + hex.count])
                }
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    word.unicodeScalars.append(scalar)
                    i += 2 + hex.count
                } else {
                    word += "\\x"
                    i += 2
                }
            } else {
                word.append(c)
                word.append(next)
                i += 2
            }
        }
        return word
    }

    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
    private static let newline = UInt8(ascii: "\n")
    private static let backslash = UInt8(ascii: "\\")
}

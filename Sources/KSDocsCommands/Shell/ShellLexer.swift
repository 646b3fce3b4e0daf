/// One lexical token of a shell command.
enum ShellToken: Equatable {
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
    var tokens: [ShellToken] = []
    /// Each `#` comment: the offset (in `Character`s) of the whitespace before it and its text without `#`.
    var comments: [(start: Int, end: Int, text: String)] = []
    /// True when more lines are needed: an open quote, a trailing `\`, an unfinished heredoc,
    /// or a line ending in `|`, `&&` or `||`.
    var needsMore = false
}

/// A hand-written shell lexer covering what documentation commands use: quotes, escapes,
/// `$'…'`, `$(…)`, backticks, comments, control operators, redirections and heredocs.
struct ShellLexer {
    private let chars: [Character]
    private var index = 0
    private var result = ShellLexResult()
    private var pendingHeredocs: [(delimiter: String, stripTabs: Bool)] = []

    /// Lexes `text`; carriage returns before newlines are ignored.
    static func lex(_ text: String) -> ShellLexResult {
        var lexer = ShellLexer(chars: Array(text.replacingCRLF()))
        lexer.run()
        return lexer.result
    }

    private init(chars: [Character]) {
        self.chars = chars
    }

    private func peek(_ offset: Int = 0) -> Character? {
        let position = index + offset
        return position < chars.count ? chars[position] : nil
    }

    private mutating func run() {
        while index < chars.count {
            let c = chars[index]
            if c == " " || c == "\t" {
                index += 1
            } else if c == "\\" && peek(1) == "\n" {
                index += 2
            } else if c == "\\" && peek(1) == nil {
                index += 1
                result.needsMore = true
                return
            } else if c == "\n" {
                index += 1
                result.tokens.append(.control("\n"))
                if !readHeredocBodies() { return }
            } else if c == "#" {
                readComment()
            } else if let op = controlOperator() {
                index += op.count
                result.tokens.append(.control(op))
            } else if isRedirectionStart() {
                readRedirection()
            } else {
                let (word, complete) = readWord()
                result.tokens.append(.word(word))
                if !complete {
                    result.needsMore = true
                    return
                }
            }
        }
        if !pendingHeredocs.isEmpty {
            result.needsMore = true
        } else if case .control(let op)? = result.tokens.last, ["|", "|&", "&&", "||"].contains(op) {
            result.needsMore = true
        }
    }

    private mutating func readComment() {
        var start = index
        while start > 0 && (chars[start - 1] == " " || chars[start - 1] == "\t") { start -= 1 }
        var end = index
        while end < chars.count && chars[end] != "\n" { end += 1 }
        let body = String(chars[(index + 1)..<end])
        result.comments.append((start, end, body))
        index = end
    }

    private func controlOperator() -> String? {
        guard let c = peek() else { return nil }
        let next = peek(1)
        switch c {
        case "|": return next == "|" ? "||" : next == "&" ? "|&" : "|"
        case "&":
            if next == "&" { return "&&" }
            if next == ">" { return nil }
            return "&"
        case ";": return next == ";" ? ";;" : ";"
        case "(", ")": return String(c)
        default: return nil
        }
    }

    /// True at `<`, `>`, `&>` or a file descriptor number directly followed by `<` or `>`,
    /// but not at process substitution `<(…)` / `>(…)`.
    private func isRedirectionStart() -> Bool {
        var offset = 0
        while let c = peek(offset), c.isASCII, c.isNumber { offset += 1 }
        if offset == 0, peek() == "&", peek(1) == ">" { return true }
        guard let c = peek(offset), c == "<" || c == ">" else { return false }
        return peek(offset + 1) != "("
    }

    private mutating func readRedirection() {
        var op = ""
        while let c = peek(), c.isASCII, c.isNumber {
            op.append(c)
            index += 1
        }
        let operators = ["<<<", "<<-", "&>>", "<<", "<>", "<&", ">>", ">&", ">|", "&>", "<", ">"]
        for candidate in operators where matches(candidate) {
            op += candidate
            index += candidate.count
            break
        }
        let attached = peek() != " " && peek() != "\t"
        while peek() == " " || peek() == "\t" { index += 1 }
        var target = ""
        if let c = peek(), c != "\n", c != "#" || attached, controlOperator() == nil {
            target = readWord().word
        }
        result.tokens.append(.redirection(op: op, target: target, attached: attached))
        if op.hasSuffix("<<") || op.hasSuffix("<<-") {
            pendingHeredocs.append((target, op.hasSuffix("-")))
        }
    }

    private func matches(_ text: String) -> Bool {
        for (offset, c) in text.enumerated() where peek(offset) != c { return false }
        return true
    }

    /// Skips the bodies of the heredocs opened on the line just ended; false when the text ends first.
    private mutating func readHeredocBodies() -> Bool {
        while !pendingHeredocs.isEmpty {
            let heredoc = pendingHeredocs.removeFirst()
            var found = false
            while index < chars.count {
                var end = index
                while end < chars.count && chars[end] != "\n" { end += 1 }
                var line = String(chars[index..<end])
                index = min(end + 1, chars.count)
                if heredoc.stripTabs { line = String(line.drop { $0 == "\t" }) }
                if line == heredoc.delimiter {
                    found = true
                    break
                }
            }
            if !found {
                pendingHeredocs.insert(heredoc, at: 0)
                result.needsMore = true
                return false
            }
        }
        return true
    }

    /// Reads one word; `complete` is false when the text ends inside a quote.
    private mutating func readWord() -> (word: String, complete: Bool) {
        var word = ""
        while let c = peek() {
            switch c {
            case " ", "\t", "\n", ";", "|", "(", ")":
                return (word, true)
            case "&":
                return (word, true)
            case "<", ">":
                if peek(1) == "(" {
                    guard let raw = readBalanced(open: "(", close: ")", skip: 1) else { return (word, false) }
                    word += raw
                } else {
                    return (word, true)
                }
            case "'":
                index += 1
                guard let end = chars[index...].firstIndex(of: "'") else { return (word, false) }
                word += String(chars[index..<end])
                index = end + 1
            case "\"":
                index += 1
                guard readDoubleQuoted(into: &word) else { return (word, false) }
            case "\\":
                if peek(1) == "\n" {
                    index += 2
                } else if let escaped = peek(1) {
                    word.append(escaped)
                    index += 2
                } else {
                    return (word, false)
                }
            case "`":
                guard let raw = readBackticks() else { return (word, false) }
                word += raw
            case "$":
                guard readDollar(into: &word) else { return (word, false) }
            default:
                word.append(c)
                index += 1
            }
        }
        return (word, true)
    }

    /// Reads the inside of `"…"` (the opening quote already consumed).
    private mutating func readDoubleQuoted(into word: inout String) -> Bool {
        while let c = peek() {
            switch c {
            case "\"":
                index += 1
                return true
            case "\\":
                guard let next = peek(1) else { return false }
                if next == "\n" {
                    index += 2
                } else if "$`\"\\".contains(next) {
                    word.append(next)
                    index += 2
                } else {
                    word.append(c)
                    index += 1
                }
            case "`":
                guard let raw = readBackticks() else { return false }
                word += raw
            case "$" where peek(1) == "(" || peek(1) == "{":
                guard readDollar(into: &word) else { return false }
            default:
                word.append(c)
                index += 1
            }
        }
        return false
    }

    /// Reads `$'…'`, `$(…)`, `$((…))`, `${…}` or a plain `$`.
    private mutating func readDollar(into word: inout String) -> Bool {
        switch peek(1) {
        case "'":
            index += 2
            return readANSIC(into: &word)
        case "(":
            guard let raw = readBalanced(open: "(", close: ")", skip: 1) else { return false }
            word += raw
        case "{":
            guard let raw = readBalanced(open: "{", close: "}", skip: 1) else { return false }
            word += raw
        default:
            word.append("$")
            index += 1
        }
        return true
    }

    /// Reads from the current position (a prefix of `skip` characters, then `open`) to the
    /// matching `close`, returning the raw text; quotes inside are skipped over.
    private mutating func readBalanced(open: Character, close: Character, skip: Int) -> String? {
        let start = index
        var position = index + skip + 1
        var depth = 1
        while position < chars.count {
            let c = chars[position]
            if c == "\\" {
                position += 2
                continue
            }
            if c == "'" || c == "\"" {
                guard let end = chars[(position + 1)...].firstIndex(of: c) else { return nil }
                position = end + 1
                continue
            }
            if c == open { depth += 1 }
            if c == close {
                depth -= 1
                if depth == 0 {
                    index = position + 1
                    return String(chars[start..<index])
                }
            }
            position += 1
        }
        return nil
    }

    private mutating func readBackticks() -> String? {
        var position = index + 1
        while position < chars.count {
            if chars[position] == "\\" {
                position += 2
                continue
            }
            if chars[position] == "`" {
                let raw = String(chars[index...position])
                index = position + 1
                return raw
            }
            position += 1
        }
        return nil
    }

    /// Reads the inside of `$'…'` decoding its backslash escapes.
    private mutating func readANSIC(into word: inout String) -> Bool {
        let simple: [Character: Character] = [
            "n": "\n", "t": "\t", "r": "\r", "a": "\u{07}", "b": "\u{08}", "e": "\u{1B}", "E": "\u{1B}",
            "f": "\u{0C}", "v": "\u{0B}", "\\": "\\", "'": "'", "\"": "\"", "?": "?",
        ]
        while let c = peek() {
            if c == "'" {
                index += 1
                return true
            }
            guard c == "\\", let next = peek(1) else {
                word.append(c)
                index += 1
                continue
            }
            if let decoded = simple[next] {
                word.append(decoded)
                index += 2
            } else if next == "x" {
                var hex = ""
                while hex.count < 2, let h = peek(2 + hex.count), h.isHexDigit { hex.append(h) }
                if let value = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(value) {
                    word.unicodeScalars.append(scalar)
                    index += 2 + hex.count
                } else {
                    word += "\\x"
                    index += 2
                }
            } else {
                word.append(c)
                word.append(next)
                index += 2
            }
        }
        return false
    }
}

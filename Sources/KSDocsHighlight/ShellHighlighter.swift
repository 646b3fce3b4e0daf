/// Highlights POSIX shell and bash: comments, quoting, expansions,
/// operators and redirections, heredocs, keywords, commands and flags.
///
/// `#` starts a comment only at the start of a word (`foo#bar`, `"a#b"` and
/// `${#arr}` are not comments). A heredoc marker (`<<EOF`, `<<-EOF`,
/// `<<'EOF'`) queues a terminator; at the end of that line the body is
/// emitted as one `hl-heredoc` span and the terminator line as an operator.
enum ShellHighlighter {
    static let keywords = WordList([
        "if", "then", "else", "elif", "fi", "case", "esac", "for", "select", "while", "until",
        "do", "done", "function", "time", "[[", "]]", "!", "{", "}", "coproc",
    ])

    static let builtins = WordList([
        "alias", "apt", "apt-get", "awk", "bash", "bg", "break", "cat", "cd", "chgrp", "chmod",
        "chown", "cloudflared", "command", "continue", "cp", "crontab", "curl", "cut", "date",
        "declare", "df", "diff", "dig", "docker", "docker-compose", "du", "echo", "env", "eval",
        "exec", "exit", "export", "false", "fg", "find", "getopts", "git", "grep", "gzip", "head",
        "hostname", "id", "ip", "jobs", "journalctl", "kill", "less", "ln", "local", "ls", "make",
        "mkdir", "mount", "mv", "nano", "nc", "nohup", "openssl", "pg_dump", "pg_restore", "ping",
        "pip", "printf", "ps", "psql", "pwd", "python3", "read", "readonly", "return", "rm",
        "rmdir", "rsync", "scp", "sed", "set", "sh", "shift", "sleep", "sort", "source", "ss",
        "ssh", "sudo", "systemctl", "tail", "tailscale", "tar", "tee", "test", "touch", "tr",
        "trap", "true", "type", "ufw", "umask", "umount", "uname", "uniq", "unset", "vim", "wait",
        "watch", "wc", "wget", "which", "whoami", "xargs", "zip", "unzip", ".", "[",
    ])

    /// Commands after which the next word is again a command (`sudo docker ...`).
    static let prefixCommands = WordList(["sudo", "time", "exec", "command", "nohup", "xargs", "env", "watch"])

    /// Highlights `src[from..<to]`. With `stopAtNewline`, stops at the first newline
    /// that ends the command (outside quotes and after any heredoc bodies), leaves it
    /// unemitted and returns its index; otherwise returns `to`.
    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int, stopAtNewline: Bool = false) -> Int {
        let s = e.src
        var i = from
        var commandPos = true
        /// `true` for each open `$(`, `false` for each other open `(`.
        var parens: [Bool] = []
        var heredocs: [Heredoc] = []
        /// 0: none; 1: after `for`/`case`/`select`; 2: after its name, where `in` is a keyword.
        var forState = 0
        /// Start of fd digits (`2` in `2>&1`) that belong to the next redirection.
        var redirectStart: Int?
        @inline(__always) func at(_ k: Int) -> UInt8 { k < to ? s[k] : 0 }

        while i < to {
            let b = s[i]
            switch b {
            case Bytes.newline:
                if !heredocs.isEmpty {
                    e.plain(i, i + 1)
                    i = bodies(&e, i + 1, to, heredocs)
                    heredocs.removeAll()
                    commandPos = true
                    if stopAtNewline { return i }
                    continue
                }
                if stopAtNewline { return i }
                e.plain(i, i + 1)
                i += 1
                commandPos = true
                forState = 0
            case Bytes.space, Bytes.tab, Bytes.cr:
                var j = i + 1
                while j < to && Bytes.isBlank(s[j]) { j += 1 }
                e.plain(i, j)
                i = j
            case UInt8(ascii: "#") where i == from || isCommentLead(s[i - 1]):
                let j = Bytes.lineEnd(s, i, to)
                e.span(.comment, i, j)
                i = j
            case UInt8(ascii: "'"):
                let j = Bytes.quotedEnd(s, i, to, quote: b, escapes: false)
                e.span(.string, i, j)
                i = j
                commandPos = false
            case UInt8(ascii: "\""):
                i = doubleQuoted(&e, i, to)
                commandPos = false
            case UInt8(ascii: "`"):
                let j = Bytes.quotedEnd(s, i, to, quote: b, escapes: true)
                e.span(.variable, i, j)
                i = j
                commandPos = false
            case UInt8(ascii: "$"):
                if at(i + 1) == UInt8(ascii: "(") {
                    e.span(.variable, i, i + 2)
                    parens.append(true)
                    i += 2
                    commandPos = true
                } else if at(i + 1) == UInt8(ascii: "'") {
                    let j = Bytes.quotedEnd(s, i + 1, to, quote: UInt8(ascii: "'"), escapes: true)
                    e.span(.string, i, j)
                    i = j
                    commandPos = false
                } else if let j = expansionEnd(s, i, to) {
                    e.span(.variable, i, j)
                    i = j
                    commandPos = false
                } else {
                    e.plain(i, i + 1)
                    i += 1
                }
            case UInt8(ascii: "|"), UInt8(ascii: ";"):
                var j = i + 1
                if at(j) == b || (b == UInt8(ascii: "|") && at(j) == UInt8(ascii: "&")) { j += 1 }
                if b == UInt8(ascii: ";") && at(j) == UInt8(ascii: "&") { j += 1 }
                e.span(.operator, i, j)
                i = j
                commandPos = true
                forState = 0
            case UInt8(ascii: "&"):
                var j = i + 1
                if at(j) == UInt8(ascii: "&") {
                    j += 1
                    commandPos = true
                } else if at(j) == UInt8(ascii: ">") {
                    j += 1
                    if at(j) == UInt8(ascii: ">") { j += 1 }
                } else {
                    commandPos = true
                }
                e.span(.operator, i, j)
                i = j
                forState = 0
            case UInt8(ascii: "<"), UInt8(ascii: ">"):
                let start = redirectStart ?? i
                redirectStart = nil
                var j = i + 1
                if at(j) == UInt8(ascii: "(") {
                    j += 1
                    parens.append(false)
                    commandPos = true
                } else if b == UInt8(ascii: "<") && at(j) == UInt8(ascii: "<") && at(j + 1) != UInt8(ascii: "<") {
                    if let (end, doc) = heredocMarker(s, i, to) {
                        heredocs.append(doc)
                        j = end
                    } else {
                        j += 1
                    }
                } else {
                    while at(j) == b || (b == UInt8(ascii: ">") && at(j) == UInt8(ascii: "|")) { j += 1 }
                    if at(j) == UInt8(ascii: "&") {
                        j += 1
                        while Bytes.isDigit(at(j)) || at(j) == UInt8(ascii: "-") { j += 1 }
                    }
                }
                e.span(.operator, start, j)
                i = j
            case UInt8(ascii: "("):
                e.span(.operator, i, i + 1)
                parens.append(false)
                i += 1
                commandPos = true
            case UInt8(ascii: ")"):
                let closesSubstitution = parens.popLast() ?? false
                e.span(closesSubstitution ? .variable : .operator, i, i + 1)
                i += 1
                commandPos = false
            default:
                let j = wordEnd(s, i, to)
                if j - i == 2 && b == UInt8(ascii: "\\") && s[i + 1] == Bytes.newline {
                    e.plain(i, j)  // line continuation: the command goes on
                } else if isAllDigits(s, i, j) && (at(j) == UInt8(ascii: ">") || at(j) == UInt8(ascii: "<")) {
                    redirectStart = i  // emitted with the redirection that follows
                } else if commandPos {
                    commandPos = commandWord(&e, i, j, &forState)
                } else if forState == 2 && j - i == 2 && b == UInt8(ascii: "i") && s[i + 1] == UInt8(ascii: "n") {
                    e.span(.keyword, i, j)
                    forState = 0
                } else {
                    if forState == 1 { forState = 2 }
                    argumentWord(&e, i, j)
                }
                i = j
            }
        }
        return to
    }

    /// Whether a `#` right after `prev` starts a comment (it begins a word).
    @inline(__always) private static func isCommentLead(_ prev: UInt8) -> Bool {
        Bytes.isSpace(prev) || prev == UInt8(ascii: ";") || prev == UInt8(ascii: "&")
            || prev == UInt8(ascii: "|") || prev == UInt8(ascii: "(")
    }

    /// End of a word: up to a blank, newline or shell metacharacter; `\x` takes `x` along.
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

    private static func isAllDigits(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        guard i < j else { return false }
        for k in i..<j where !Bytes.isDigit(s[k]) { return false }
        return true
    }

    /// A word in command position: assignment, keyword, builtin or plain command.
    /// Returns whether the next word is again in command position.
    private static func commandWord(_ e: inout HTMLEmitter, _ i: Int, _ j: Int, _ forState: inout Int) -> Bool {
        let s = e.src
        if Bytes.isAlpha(s[i]) || s[i] == UInt8(ascii: "_") {
            let name = Bytes.identEnd(s, i, j)
            if name < j
                && (s[name] == UInt8(ascii: "=")
                    || (s[name] == UInt8(ascii: "+") && name + 1 < j && s[name + 1] == UInt8(ascii: "=")))
            {
                e.span(.variable, i, name)
                e.plain(name, j)
                return true
            }
        }
        if keywords.contains(s, i, j) {
            e.span(.keyword, i, j)
            let w = s[i]
            if (w == UInt8(ascii: "f") && s[i + 1] == UInt8(ascii: "o")) || w == UInt8(ascii: "s")
                || (w == UInt8(ascii: "c") && s[i + 1] == UInt8(ascii: "a"))
            {
                forState = 1  // for / select / case: a name follows, then `in`
                return false
            }
            return !(w == UInt8(ascii: "f") && s[i + 1] == UInt8(ascii: "u"))  // function NAME
        }
        if builtins.contains(s, i, j) {
            e.span(.builtin, i, j)
            return prefixCommands.contains(s, i, j)
        }
        e.plain(i, j)
        return false
    }

    /// A word after the command: a flag (up to any `=`), a whole number, or plain text.
    private static func argumentWord(_ e: inout HTMLEmitter, _ i: Int, _ j: Int) {
        let s = e.src
        if s[i] == UInt8(ascii: "-") && j - i >= 2 && s[i + 1] != UInt8(ascii: "\\") {
            var k = i + 1
            while k < j && s[k] != UInt8(ascii: "=") { k += 1 }
            e.span(.flag, i, k)
            e.plain(k, j)
        } else if isAllDigits(s, i, j) {
            e.span(.number, i, j)
        } else {
            e.plain(i, j)
        }
    }
}

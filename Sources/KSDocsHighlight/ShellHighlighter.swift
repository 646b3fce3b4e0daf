/// Highlights POSIX shell and bash over the tokens of `ShellScanner`: comments, quoting, expansions,
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
        let scan = ShellScanner.scan(e.src, from: from, to: to, stopAtNewline: stopAtNewline)
        let tokens = scan.tokens
        var commandPos = true
        /// 0: none; 1: after `for`/`case`/`select`; 2: after its name, where `in` is a keyword.
        var forState = 0
        var k = 0
        while k < tokens.count {
            let t = tokens[k]
            k += 1
            switch t.kind {
            case .blank, .lineContinuation, .dollar:
                e.plain(t.start, t.end)
            case .newline:
                e.plain(t.start, t.end)
                commandPos = true
                forState = 0
            case .comment:
                e.span(.comment, t.start, t.end)
            case .singleQuoted, .ansiCString:
                e.span(.string, t.start, t.end)
                commandPos = false
            case .doubleQuoted:
                e.open(.string)
                var run = t.start
                while k < tokens.count && tokens[k].start < t.end {
                    e.plain(run, tokens[k].start)
                    e.span(.variable, tokens[k].start, tokens[k].end)
                    run = tokens[k].end
                    k += 1
                }
                e.plain(run, t.end)
                e.close()
                commandPos = false
            case .variable, .backtick, .commandSubstitution, .substitutionClose:
                e.span(.variable, t.start, t.end)
                commandPos = false
            case .substitutionOpen:
                e.span(.variable, t.start, t.end)
                commandPos = true
            case .open, .processSubstitutionOpen:
                e.span(.operator, t.start, t.end)
                commandPos = true
            case .close:
                e.span(.operator, t.start, t.end)
                commandPos = false
            case .controlOperator:
                e.span(.operator, t.start, t.end)
                commandPos = true
                forState = 0
            case .redirection, .heredocMarker:
                e.span(.operator, t.start, t.end)
                if e.src[t.start] == UInt8(ascii: "&") { forState = 0 }  // `&>`
            case .heredocBody:
                e.span(.heredoc, t.start, t.end)
            case .heredocTerminator:
                e.span(.operator, t.start, t.end)
            case .word:
                let (i, j) = (t.start, t.end)
                let s = e.src
                if commandPos {
                    commandPos = commandWord(&e, i, j, &forState)
                } else if forState == 2 && j - i == 2 && s[i] == UInt8(ascii: "i") && s[i + 1] == UInt8(ascii: "n") {
                    e.span(.keyword, i, j)
                    forState = 0
                } else {
                    if forState == 1 { forState = 2 }
                    argumentWord(&e, i, j)
                }
            }
        }
        return scan.end
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
        } else if ShellScanner.isAllDigits(s, i, j) {
            e.span(.number, i, j)
        } else {
            e.plain(i, j)
        }
    }
}

/// Splits shell command text into words and simple commands.
///
/// It understands what documentation commands use: single and double quotes, `$'…'`,
/// backslash escapes, `\`-newline continuations, `$(…)` and backticks (kept whole as one word),
/// comments, pipes and `&&` / `||` / `;` / `&` chains, redirections and heredocs.
/// It never fails: an unterminated quote simply ends at the end of the text.
public enum ShellTokenizer {
    /// Every word of `command` after quote removal, in order.
    ///
    /// Control operators (`|`, `&&`, …) are words of their own; a redirection is one word when
    /// written attached (`2>&1`, `>out.log`) and two when spaced (`>`, `out.log`). Comments and
    /// heredoc bodies are left out. `$(…)`, `${…}` and backticks are kept as written.
    public static func words(_ command: String) -> [String] {
        var words: [String] = []
        for token in ShellLexer.lex(command).tokens {
            switch token {
            case .word(let word):
                words.append(word)
            case .control(let op):
                if op != "\n" { words.append(op) }
            case .redirection(let op, let target, let attached):
                if attached || target.isEmpty {
                    words.append(op + target)
                } else {
                    words += [op, target]
                }
            }
        }
        return words
    }

    /// The simple commands of `command`, split at `|`, `|&`, `&&`, `||`, `;`, `&` and newlines.
    ///
    /// Leading `VAR=value` words and the wrappers `sudo`, `env`, `time`, `nohup` and `exec`
    /// (with their own flags, such as `sudo -u postgres`) become ``SimpleCommand/prefixes``.
    /// Shell keywords that open or close a compound command (`if`, `then`, `do`, `fi`, `{`, …)
    /// are skipped. A newline acts as `;`.
    public static func simpleCommands(_ command: String) -> [SimpleCommand] {
        var commands: [SimpleCommand] = []
        var words: [String] = []
        var redirections: [String] = []

        func finish(separator: String?) {
            defer {
                words = []
                redirections = []
            }
            guard var simple = makeCommand(words: words, redirections: redirections) else {
                if separator != "\n", separator != nil, var last = commands.popLast(), last.separator == "\n" {
                    last.separator = separator
                    commands.append(last)
                }
                return
            }
            simple.separator = separator
            commands.append(simple)
        }

        for token in ShellLexer.lex(command).tokens {
            switch token {
            case .word(let word):
                words.append(word)
            case .redirection(let op, let target, _):
                redirections.append(op + target)
            case .control(let op):
                if op == "(" || op == ")" {
                    if !words.isEmpty || !redirections.isEmpty { finish(separator: nil) }
                } else {
                    finish(separator: op)
                }
            }
        }
        finish(separator: nil)
        // A newline is a `;` between commands and nothing after the last one.
        for position in commands.indices where commands[position].separator == "\n" {
            commands[position].separator = position == commands.count - 1 ? nil : ";"
        }
        return commands
    }

    /// Keywords skipped at the start of a simple command.
    static let openingKeywords: Set<String> = ["if", "then", "else", "elif", "do", "while", "until", "!", "{"]
    /// Keywords that, standing alone, close a compound command.
    static let closingKeywords: Set<String> = ["fi", "done", "esac", "}"]

    /// Wrappers that run the command after them, with the flags of theirs that take a value.
    static let wrappers: [String: Set<String>] = [
        "sudo": ["-u", "-g", "-U", "-C", "-D", "-h", "-p", "-r", "-t", "-T", "-R"],
        "env": ["-u", "-C", "-S"],
        "time": ["-f", "-o"],
        "nohup": [],
        "exec": ["-a"],
    ]

    private static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex else { return false }
        var name = word[..<equals]
        if name.hasSuffix("+") { name = name.dropLast() }
        guard let first = name.first, first == "_" || (first.isASCII && first.isLetter) else { return false }
        return name.allSatisfy { $0 == "_" || ($0.isASCII && ($0.isLetter || $0.isNumber)) }
    }

    private static func makeCommand(words allWords: [String], redirections: [String]) -> SimpleCommand? {
        var words = allWords[...]
        while let first = words.first, openingKeywords.contains(first) { words = words.dropFirst() }
        if words.count == 1, let only = words.first, closingKeywords.contains(only) { words = [] }

        var prefixes: [String] = []
        while let word = words.first {
            if isAssignment(word) {
                prefixes.append(word)
                words = words.dropFirst()
                continue
            }
            guard let valueFlags = wrappers[word] else { break }
            var rest = words.dropFirst()
            var wrapperWords = [word]
            while let flag = rest.first, flag.hasPrefix("-"), flag.count > 1 {
                wrapperWords.append(flag)
                rest = rest.dropFirst()
                if flag == "--" { break }
                if valueFlags.contains(flag), let value = rest.first {
                    wrapperWords.append(value)
                    rest = rest.dropFirst()
                }
            }
            // A wrapper with nothing after it (`sudo -i`, `env`) is itself the program.
            guard !rest.isEmpty else { break }
            prefixes += wrapperWords
            words = rest
        }
        guard let program = words.first else {
            if prefixes.isEmpty && redirections.isEmpty { return nil }
            // Only assignments or redirections (`FOO=bar`, `> file`): no program runs.
            return SimpleCommand(prefixes: prefixes, program: "", redirections: redirections)
        }
        return SimpleCommand(
            prefixes: prefixes,
            program: program,
            arguments: Array(words.dropFirst()),
            redirections: redirections
        )
    }
}

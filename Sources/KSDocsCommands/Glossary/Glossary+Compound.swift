extension Glossary {
    /// The explanations of a whole command line, in order: each simple command (its program, sub-commands, flags and
    /// operators), the shell's loops and conditionals (`for … in …; do …; done`,
    /// `while`, `until`, `if … then … fi`), and the command `ssh` runs on the other machine.
    /// The `;` that only separates a loop's parts is left out, and a part explained twice in the
    /// same line (`;`, `ssh`) is explained once.
    public func explain(_ command: ExplainedCommand) -> [TokenExplanation] {
        let simple = command.simpleCommands
        let keywords = Self.compoundKeywords(in: command.command)
        var result: [TokenExplanation] = []
        for keyword in keywords where keyword != "for" {
            if let meaning = Self.compoundMeanings[keyword] { result.append(meaning) }
        }
        let loopEnds = keywords.contains("done")
        for (position, part) in simple.enumerated() {
            var part = part
            // `for h in a b;` and the `;` before `done` are syntax, not "run the next command".
            let isLast = position == simple.count - 1
            if part.program == "for" || (loopEnds && isLast) || (isLast && keywords.contains("fi")) {
                if part.separator == ";" { part.separator = nil }
            }
            if part.program == "for" {
                result.append(Self.forLoop(part))
                if keywords.contains("do") { result.append(Self.doneMeaning) }
                continue
            }
            // The operator comes after what `ssh` runs on the other machine.
            let separator = part.separator
            part.separator = nil
            result += explain(part)
            result += explainRemoteCommand(part)
            if let separator, let meaning = Self.separatorMeanings[separator] {
                result.append(TokenExplanation(token: separator, meaning: meaning))
            }
        }
        var seen = Set<String>()
        return result.filter { seen.insert($0.token + "\u{0}" + $0.meaning).inserted }
    }

    /// `for NAME in WORDS`: repeats the body once per word.
    static func forLoop(_ header: SimpleCommand) -> TokenExplanation {
        let words = [header.program] + header.arguments
        let name = header.arguments.first ?? "name"
        let items =
            header.arguments.count > 2 && header.arguments[1] == "in" ? Array(header.arguments.dropFirst(2)) : []
        let meaning =
            items.isEmpty
            ? "Repeats the commands between do and done once for each argument, with $\(name) set to each in turn."
            : "Repeats the commands between do and done once for each of \(items.joined(separator: ", ")), with $\(name) set to each in turn."
        return TokenExplanation(token: words.joined(separator: " "), meaning: meaning)
    }

    static let doneMeaning = TokenExplanation(
        token: "do … done", meaning: "Marks the commands the loop repeats: they start after do and end at done.")

    /// Meanings of the compound commands whose keywords the tokenizer skips.
    static let compoundMeanings: [String: TokenExplanation] = [
        "while": TokenExplanation(
            token: "while … do … done",
            meaning: "Repeats the commands between do and done as long as the command after while succeeds."),
        "until": TokenExplanation(
            token: "until … do … done",
            meaning: "Repeats the commands between do and done until the command after until succeeds."),
        "if": TokenExplanation(
            token: "if … then … fi",
            meaning: "Runs the commands after then only if the command after if succeeds; fi ends the test."),
    ]

    /// The shell keywords written where a command starts (at the beginning, after an operator,
    /// `do` or `then`), in order: `for`, `while`, `until`, `if`, `do`, `done`, `fi`.
    static func compoundKeywords(in line: String) -> [String] {
        var found: [String] = []
        var atCommandStart = true
        var quote: Character?
        var word = ""
        func endWord() {
            if !word.isEmpty, atCommandStart {
                let keywords: Set<String> = ["for", "while", "until", "if", "then", "do", "done", "fi", "else"]
                if keywords.contains(word) {
                    if !found.contains(word) { found.append(word) }
                    // After these a new command starts; after `for` its header follows.
                    atCommandStart = ["then", "do", "else"].contains(word)
                } else {
                    atCommandStart = false
                }
            }
            word = ""
        }
        for character in line {
            if let open = quote {
                if character == open { quote = nil }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                word.append("\u{1}")  // a quoted word is never a keyword
            case ";", "&", "|", "\n", "(", ")", "{", "}":
                endWord()
                atCommandStart = true
            case " ", "\t":
                endWord()
            default:
                word.append(character)
            }
        }
        endWord()
        return found
    }

    /// The command `ssh host COMMAND` runs on the other machine, explained like a local one
    /// (a command given as one quoted string is split into its parts first).
    func explainRemoteCommand(_ command: SimpleCommand) -> [TokenExplanation] {
        guard command.program == "ssh" || command.program.hasSuffix("/ssh"), let entry = entry(for: "ssh") else {
            return []
        }
        var index = 0
        var host: String?
        while index < command.arguments.count, host == nil {
            let word = command.arguments[index]
            index += 1
            if word.hasPrefix("-"), word.count > 1 {
                // A flag that takes a value written as the next word skips it (`-p 2222`, `-i key`).
                if word.count == 2, entry.flag(named: word)?.placeholder != nil { index += 1 }
            } else {
                host = word
            }
        }
        let remote = Array(command.arguments[index...])
        guard host != nil, let first = remote.first else { return [] }
        let parts =
            remote.count == 1 && first.contains(" ")
            ? ShellTokenizer.simpleCommands(first)
            : [SimpleCommand(program: first, arguments: Array(remote.dropFirst()))]
        return parts.flatMap { explain($0) }
    }
}

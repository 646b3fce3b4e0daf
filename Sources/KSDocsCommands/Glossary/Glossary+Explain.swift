extension Glossary {
    /// The meanings of the parts of `command`, in the order they are written: prefixes
    /// (`sudo` and its flags, `VAR=value`), the program's summary, each sub-command level found
    /// (`compose`, `up`), each known flag (combined short flags split: `-it` → `-i`, `-t`; a flag
    /// that takes a value shown with it: `-p 8080:80`, `--name=web`), then the redirections and
    /// the operator that follows the command. Unknown parts are left out.
    public func explain(_ command: SimpleCommand) -> [TokenExplanation] {
        var result = explainPrefixes(command.prefixes)
        if !command.program.isEmpty, let entry = entry(for: command.program) {
            if let summary = entry.summary {
                result.append(TokenExplanation(token: command.program, meaning: summary))
            }
            result += explainArguments(command.arguments, entry: entry)
        }
        for redirection in command.redirections {
            result.append(TokenExplanation(token: redirection, meaning: Self.meaning(ofRedirection: redirection)))
        }
        if let separator = command.separator, let meaning = Self.separatorMeanings[separator] {
            result.append(TokenExplanation(token: separator, meaning: meaning))
        }
        return result
    }

    private func explainPrefixes(_ prefixes: [String]) -> [TokenExplanation] {
        var result: [TokenExplanation] = []
        var wrapper: GlossaryEntry?
        var index = 0
        while index < prefixes.count {
            let word = prefixes[index]
            index += 1
            if let wrapper, word.count > 1, word.hasPrefix("-") {
                result += explainFlag(word, following: prefixes, at: &index, chain: [wrapper])
            } else if ShellTokenizer.wrappers[word] != nil {
                let entry = entries[word]
                wrapper = entry
                if let meaning = entry?.summary ?? Self.wrapperMeanings[word] {
                    result.append(TokenExplanation(token: word, meaning: meaning))
                }
            } else if let equals = word.firstIndex(of: "=") {
                let name = String(word[..<equals].filter { $0 != "+" })
                result.append(TokenExplanation(token: word, meaning: Self.assignmentMeaning(name)))
            }
        }
        return result
    }

    private func explainArguments(_ arguments: [String], entry: GlossaryEntry) -> [TokenExplanation] {
        var result: [TokenExplanation] = []
        var chain = [entry]
        var operandSeen = false
        var flagsEnded = false
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if !flagsEnded && word == "--" {
                flagsEnded = true
            } else if !flagsEnded && isFlag(word, chain: chain) {
                result += explainFlag(word, following: arguments, at: &index, chain: chain)
            } else if !operandSeen, let current = chain.last, let sub = current.subcommands[word] {
                chain.append(sub)
                if let summary = sub.summary { result.append(TokenExplanation(token: word, meaning: summary)) }
            } else {
                operandSeen = true
                if chain.last?.flagsEndAtArgument == true { flagsEnded = true }
            }
        }
        return result
    }

    /// True for `-x`, `--long` and words the glossary defines as flags (`+short`, `+x`, `-`).
    private func isFlag(_ word: String, chain: [GlossaryEntry]) -> Bool {
        if word.count > 1 && word.hasPrefix("-") { return true }
        guard word.hasPrefix("-") || word.hasPrefix("+") else { return false }
        return chain.contains { $0.flag(named: word) != nil }
    }

    /// Explains one flag word, consuming the next word at `index` when it is the flag's value.
    /// `chain` runs from the program to the innermost sub-command, which is searched first.
    private func explainFlag(
        _ word: String,
        following words: [String],
        at index: inout Int,
        chain: [GlossaryEntry]
    ) -> [TokenExplanation] {
        func lookup(_ name: String) -> FlagDefinition? {
            for entry in chain.reversed() {
                if let definition = entry.flag(named: name) { return definition }
            }
            return nil
        }
        func withValue(_ token: String, _ definition: FlagDefinition, inline: Bool) -> TokenExplanation {
            if definition.placeholder != nil, !inline, index < words.count {
                index += 1
                return TokenExplanation(token: "\(token) \(words[index - 1])", meaning: definition.meaning)
            }
            return TokenExplanation(token: token, meaning: definition.meaning)
        }

        if let definition = lookup(word) {
            return [withValue(word, definition, inline: false)]
        }
        if let equals = word.firstIndex(of: "="), let definition = lookup(String(word[..<equals])) {
            return [withValue(word, definition, inline: true)]
        }
        guard word.hasPrefix("-"), !word.hasPrefix("--"), word.count > 2 else { return [] }
        // Combined short flags: `-it`, `-xzvf file`, `-p8080:80`.
        var result: [TokenExplanation] = []
        var letters = word.dropFirst()
        while let letter = letters.first {
            letters = letters.dropFirst()
            guard let definition = lookup("-\(letter)") else { continue }
            if definition.placeholder != nil && !letters.isEmpty {
                result.append(TokenExplanation(token: "-\(letter)\(letters)", meaning: definition.meaning))
                break
            }
            result.append(withValue("-\(letter)", definition, inline: false))
        }
        return result
    }
}

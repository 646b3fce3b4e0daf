extension Glossary {
    /// Meanings of the operators that can follow a simple command.
    static let separatorMeanings: [String: String] = [
        "|": "Sends this command's output into the next command as its input.",
        "|&": "Sends this command's output and error messages into the next command.",
        "&&": "Runs the next command only if this one succeeds.",
        "||": "Runs the next command only if this one fails.",
        ";": "Runs the next command after this one, whether or not it succeeded.",
        "&": "Runs this command in the background so the shell does not wait for it.",
    ]

    /// Used for a wrapper prefix when the glossary has no entry for it.
    static let wrapperMeanings: [String: String] = [
        "sudo": "Runs the command as the administrator (root).",
        "env": "Runs the command with the environment variables that follow.",
        "time": "Runs the command and then reports how long it took.",
        "nohup": "Keeps the command running after you log out.",
        "exec": "Replaces the current shell with the command.",
    ]

    /// The meaning of a `NAME=value` prefix.
    static func assignmentMeaning(_ name: String) -> String {
        "Sets the environment variable \(name) for this command only."
    }

    /// The meaning of a redirection written with its target attached (`2>&1`, `>out.log`).
    static func meaning(ofRedirection redirection: String) -> String {
        let fd = String(redirection.prefix { $0.isASCII && $0.isNumber })
        let rest = redirection.dropFirst(fd.count)
        let operators = ["<<<", "<<-", "&>>", "<<", "<>", "<&", ">>", ">&", ">|", "&>", "<", ">"]
        guard let op = operators.first(where: { rest.hasPrefix($0) }) else { return "Redirects input or output." }
        let target = String(rest.dropFirst(op.count))
        let stream = fd == "2" ? "error messages" : "the output"
        switch op {
        case ">", ">|":
            return target == "/dev/null"
                ? "Throws away \(stream)." : "Writes \(stream) to \(target), replacing its contents."
        case ">>":
            return "Adds \(stream) to the end of \(target)."
        case "&>":
            return target == "/dev/null"
                ? "Throws away the output and error messages."
                : "Writes the output and error messages to \(target)."
        case "&>>":
            return "Adds the output and error messages to the end of \(target)."
        case ">&":
            if target == "1" { return "Sends \(stream) to the same place as the normal output." }
            if target == "2" { return "Sends \(stream) to the same place as error messages." }
            return "Redirects \(stream)."
        case "<":
            return "Reads the command's input from \(target)."
        case "<<", "<<-":
            return "Feeds the lines that follow, up to \(target), to the command as its input."
        case "<<<":
            return "Feeds the given text to the command as its input."
        default:
            return "Redirects input or output."
        }
    }
}

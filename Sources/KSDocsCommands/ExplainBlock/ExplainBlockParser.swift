/// Reads the text of a `sh explain` / `bash explain` / `console explain` block into commands.
///
/// Shell dialect rules:
/// - a line starting with `#` is a comment; consecutive comment lines directly above a command
///   explain it; a blank line between a comment and a command cancels the comment;
/// - otherwise a trailing ` # …` (outside quotes) explains the command;
/// - a command continues over `\`-newline, open quotes, a line ending in `|`, `&&` or `||`,
///   and over the bodies of its heredocs (where `#` is content, not a comment).
///
/// Console dialect: a command starts with a `$ ` prompt (also `user@host:~$ ` and
/// `user@host:~# `); its continuation lines may start with `> `, which is dropped. Lines starting
/// with `#` are comments as above; any other lines after a command are its output.
public enum ExplainBlockParser {
    /// The commands of `block`, in order.
    public static func parse(_ block: String, dialect: ExplainDialect) -> [ExplainedCommand] {
        var lines = block.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        var commands: [ExplainedCommand] = []
        var comments: [String] = []
        var output: [String] = []
        var index = 0

        func flushOutput() {
            while output.last?.allSatisfy(\.isWhitespace) == true { output.removeLast() }
            if !output.isEmpty, !commands.isEmpty {
                commands[commands.count - 1].output = output.joined(separator: "\n")
            }
            output = []
        }

        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            let prompt = dialect == .console ? promptLength(line) : 0
            if trimmed.isEmpty {
                comments = []
                if !output.isEmpty { output.append("") }
                index += 1
            } else if prompt == 0 && trimmed.hasPrefix("#") && (dialect == .shell || line.hasPrefix("#")) {
                flushOutput()
                if !trimmed.hasPrefix("#!") { comments.append(commentText(trimmed.dropFirst())) }
                index += 1
            } else if dialect == .console && prompt == 0 {
                if !commands.isEmpty { output.append(line) }
                index += 1
            } else {
                flushOutput()
                let start = index
                let (command, trailing, next) = readCommand(lines, from: index, promptLength: prompt, dialect: dialect)
                let above = comments.filter { !$0.isEmpty }.joined(separator: " ")
                let explanation = !above.isEmpty ? above : trailing
                comments = []
                index = next
                guard !command.isEmpty else { continue }
                commands.append(ExplainedCommand(command: command, explanation: explanation, line: start + 1))
            }
        }
        flushOutput()
        return commands
    }

    /// The number of commands in `block`: each is hands-on time in a lesson's estimate.
    public static func commandCount(_ block: String, dialect: ExplainDialect) -> Int {
        parse(block, dialect: dialect).count
    }

    /// Reads a command starting at `start`, joining the lines it continues over.
    private static func readCommand(
        _ lines: [String],
        from start: Int,
        promptLength: Int,
        dialect: ExplainDialect
    ) -> (command: String, trailing: String?, next: Int) {
        var text = String(lines[start].dropFirst(promptLength).drop { $0 == " " || $0 == "\t" })
        var next = start + 1
        var lexed = ShellLexer.lex(text)
        while lexed.needsMore && next < lines.count {
            var line = lines[next]
            if dialect == .console && (line.hasPrefix("> ") || line == ">") { line = String(line.dropFirst(2)) }
            text += "\n" + line
            next += 1
            lexed = ShellLexer.lex(text)
        }
        var characters = Array(text)
        for comment in lexed.comments.reversed() {
            characters.removeSubrange(comment.start..<comment.end)
        }
        let command = String(characters).trimmingTrailingWhitespace()
        let trailing = lexed.comments.map { commentText(Substring($0.text)) }.filter { !$0.isEmpty }
        return (command, trailing.isEmpty ? nil : trailing.joined(separator: " "), next)
    }

    /// The length of a console prompt at the start of `line` (`$ `, `user@host:~$ `,
    /// `user@host:~# `), or 0 when the line has none.
    static func promptLength(_ line: String) -> Int {
        if line.hasPrefix("$ ") { return 2 }
        if line == "$" { return 1 }
        guard let at = line.firstIndex(of: "@"), at != line.startIndex else { return 0 }
        guard let space = line.firstIndex(of: " ") else { return 0 }
        guard space > at, line.index(before: space) > at else { return 0 }
        let sign = line[line.index(before: space)]
        guard sign == "$" || sign == "#" else { return 0 }
        let user = line[..<at]
        guard user.allSatisfy({ $0.isLetter || $0.isNumber || "_.-".contains($0) }) else { return 0 }
        return line.distance(from: line.startIndex, to: space) + 1
    }

    /// A comment's text without its leading `#`s and surrounding whitespace.
    static func commentText(_ comment: Substring) -> String {
        String(comment.drop { $0 == "#" }).trimmed()
    }
}

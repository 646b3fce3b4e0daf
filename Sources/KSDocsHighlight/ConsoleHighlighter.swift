/// Highlights a console session: prompt lines (`$ `, `# `, or `user@host:~$ `)
/// are a prompt plus a shell command (continuation lines and heredocs included);
/// every other line is program output.
enum ConsoleHighlighter {
    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        while i < to {
            let le = Bytes.lineEnd(s, i, to)
            if let promptEnd = promptEnd(s, i, le) {
                e.span(.prompt, i, promptEnd)
                i = ShellHighlighter.highlight(&e, promptEnd, to, stopAtNewline: true)
            } else {
                e.span(.output, i, le)
                i = le
            }
            if i < to {
                e.plain(i, i + 1)
                i += 1
            }
        }
    }

    /// End of the prompt (the `$` or `#`, not the space after it) if the line at `i` starts with one.
    private static func promptEnd(_ s: [UInt8], _ i: Int, _ le: Int) -> Int? {
        var j = i
        var sawHost = false
        while j < le && !Bytes.isBlank(s[j]) {
            let c = s[j]
            if c == UInt8(ascii: "@") || c == UInt8(ascii: ":") { sawHost = true }
            if (c == UInt8(ascii: "$") || c == UInt8(ascii: "#")) && (j + 1 == le || Bytes.isBlank(s[j + 1])) {
                return j == i || sawHost ? j + 1 : nil
            }
            j += 1
        }
        return nil
    }
}

/// Highlights Dockerfiles: instructions as `hl-directive`; the shell form of
/// `RUN`, `CMD` and `ENTRYPOINT` as shell (with `\` continuations and heredocs);
/// exec form (`["a", "b"]`) as JSON; other arguments with strings, `$VAR`,
/// `--flags`, `KEY=` keys (ENV, ARG, LABEL) and `AS` in FROM.
enum DockerfileHighlighter {
    static let instructions = WordList(
        [
            "from", "run", "cmd", "label", "maintainer", "expose", "env", "add", "copy", "entrypoint",
            "volume", "user", "workdir", "arg", "onbuild", "stopsignal", "healthcheck", "shell",
        ], caseInsensitive: true)
    static let shellForm = WordList(["run", "cmd", "entrypoint"], caseInsensitive: true)
    static let keyValue = WordList(["env", "arg", "label"], caseInsensitive: true)

    static func highlight(_ e: inout HTMLEmitter, _ from: Int, _ to: Int) {
        let s = e.src
        var i = from
        while i < to {
            let start = Bytes.skipBlanks(s, i, to)
            e.plain(i, start)
            i = start
            let le = Bytes.lineEnd(s, i, to)
            let word = wordEnd(s, i, le)
            if i < le && s[i] == UInt8(ascii: "#") {
                e.span(.comment, i, le)
                i = le
            } else if word > i && instructions.contains(s, i, word) {
                e.span(.directive, i, word)
                let args = Bytes.skipBlanks(s, word, le)
                e.plain(word, args)
                if shellForm.contains(s, i, word) {
                    if args < le && s[args] == UInt8(ascii: "[") {
                        let end = logicalLineEnd(s, args, to)
                        JSONHighlighter.highlight(&e, args, end)
                        i = end
                    } else {
                        i = ShellHighlighter.highlight(&e, args, to, stopAtNewline: true)
                    }
                } else {
                    let end = logicalLineEnd(s, args, to)
                    arguments(
                        &e, args, end, keys: keyValue.contains(s, i, word),
                        isFrom: word - i == 4 && Bytes.lower(s[i]) == UInt8(ascii: "f"))
                    i = end
                }
            } else {
                e.plain(i, le)
                i = le
            }
            if i < to {
                e.plain(i, i + 1)
                i += 1
            }
        }
    }

    /// End of a word: up to a blank, newline, quote, `$` or `=`.
    private static func wordEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to {
            let c = s[j]
            if Bytes.isSpace(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") || c == UInt8(ascii: "$")
                || c == UInt8(ascii: "=")
            {
                break
            }
            j += 1
        }
        return j
    }

    /// The newline ending the instruction that starts at `i`, following `\` continuations; or `to`.
    static func logicalLineEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var le = Bytes.lineEnd(s, i, to)
        while le < to {
            var k = le
            while k > i && Bytes.isBlank(s[k - 1]) { k -= 1 }
            guard k > i && s[k - 1] == UInt8(ascii: "\\") else { break }
            le = Bytes.lineEnd(s, le + 1, to)
        }
        return le
    }

    /// Arguments of a non-shell instruction in `s[from..<to]`.
    private static func arguments(_ e: inout HTMLEmitter, _ from: Int, _ to: Int, keys: Bool, isFrom: Bool) {
        let s = e.src
        var i = from
        while i < to {
            let b = s[i]
            if Bytes.isSpace(b) || b == UInt8(ascii: "=") {
                e.plain(i, i + 1)
                i += 1
            } else if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'") {
                let j = Bytes.quotedEnd(s, i, to, quote: b, escapes: b == UInt8(ascii: "\""))
                e.span(.string, i, j)
                i = j
            } else if b == UInt8(ascii: "$"), let j = ShellScanner.expansionEnd(s, i, to) {
                e.span(.variable, i, j)
                i = j
            } else {
                var j = wordEnd(s, i, to)
                if j == i { j += 1 }
                if b == UInt8(ascii: "-") && j - i > 1 {
                    e.span(.flag, i, j)
                } else if keys && j < to && s[j] == UInt8(ascii: "=") {
                    e.span(.key, i, j)
                } else if isFrom && j - i == 2 && Bytes.lower(b) == UInt8(ascii: "a")
                    && Bytes.lower(s[i + 1]) == UInt8(ascii: "s")
                {
                    e.span(.keyword, i, j)
                } else if Bytes.isDigit(b) && isPort(s, i, j) {
                    e.span(.number, i, j)
                } else {
                    e.plain(i, j)
                }
                i = j
            }
        }
    }

    /// `80`, `443/tcp`, `53/udp`.
    private static func isPort(_ s: [UInt8], _ i: Int, _ j: Int) -> Bool {
        var k = i
        while k < j && Bytes.isDigit(s[k]) { k += 1 }
        return k == j || s[k] == UInt8(ascii: "/")
    }
}

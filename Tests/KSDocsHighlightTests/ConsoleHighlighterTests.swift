import KSDocsHighlight
import Testing

@Suite struct ConsoleHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "console") }

    @Test func promptsCommandsAndOutput() {
        #expect(
            html("$ echo hi\nhi\n# id -u\n0")
                == #"<span class="hl-prompt">$</span> <span class="hl-builtin">echo</span> hi"# + "\n"
                + #"<span class="hl-output">hi</span>"# + "\n"
                + #"<span class="hl-prompt">#</span> <span class="hl-builtin">id</span> <span class="hl-flag">-u</span>"#
                + "\n"
                + #"<span class="hl-output">0</span>"#)
    }

    @Test func heredocInACommandIsNotOutput() {
        #expect(
            html("$ cat <<EOF\n$ not a prompt\nEOF\ndone")
                == #"<span class="hl-prompt">$</span> <span class="hl-builtin">cat</span> <span class="hl-operator">&lt;&lt;EOF</span>"#
                + "\n"
                + #"<span class="hl-heredoc">$ not a prompt"# + "\n" + #"</span><span class="hl-operator">EOF</span>"#
                + "\n"
                + #"<span class="hl-output">done</span>"#)
    }

    @Test func continuationLinesBelongToTheCommand() {
        #expect(
            html("$ docker run \\\n  --rm alpine\nok")
                == #"<span class="hl-prompt">$</span> <span class="hl-builtin">docker</span> run \"# + "\n"
                + #"  <span class="hl-flag">--rm</span> alpine"# + "\n" + #"<span class="hl-output">ok</span>"#)
    }

    @Test func userAtHostPrompt() {
        #expect(
            html("root@monk:~# ls <dir>")
                == #"<span class="hl-prompt">root@monk:~#</span> <span class="hl-builtin">ls</span> <span class="hl-operator">&lt;</span>dir<span class="hl-operator">&gt;</span>"#
        )
    }

    @Test func dollarWithoutSpaceIsOutput() {
        #expect(html("$HOME is <set>") == #"<span class="hl-output">$HOME is &lt;set&gt;</span>"#)
    }
}

import Testing

@testable import KSDocsHighlight

@Suite struct SyntaxHighlighterTests {
    @Test(arguments: [nil, "", "brainfuck", "html"] as [String?])
    func unknownLanguageIsEscapedWithoutSpans(_ language: String?) {
        let html = SyntaxHighlighter.html(for: #"<script>alert("x" & 'y')</script>"#, language: language)
        #expect(html == "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;")
    }

    @Test func emptyCodeGivesEmptyHTML() {
        #expect(SyntaxHighlighter.html(for: "", language: "sh") == "")
        #expect(SyntaxHighlighter.html(for: "", language: nil) == "")
    }

    @Test(arguments: [
        "sh", "bash", "shell", "zsh", "console", "shell-session", "yaml", "yml", "json", "dockerfile",
        "docker", "nginx", "ini", "toml", "conf", "env", "dotenv", "python", "py", "sql", "postgresql",
        "psql", "diff", "patch", "BASH", "Dockerfile", "YML", "PostgreSQL", "sh explain",
    ])
    func supportsNamesAndAliasesIgnoringCase(_ language: String) {
        #expect(SyntaxHighlighter.supports(language))
    }

    @Test(arguments: ["", "brainfuck", "html", "rust", "shx", " "])
    func doesNotSupportOthers(_ language: String) {
        #expect(!SyntaxHighlighter.supports(language))
    }

    @Test func aliasesHighlightTheSame() {
        let code = "echo $HOME # hi"
        let sh = SyntaxHighlighter.html(for: code, language: "sh")
        #expect(sh.contains("hl-builtin"))
        for alias in ["bash", "SHELL", "zsh", "Bash"] {
            #expect(SyntaxHighlighter.html(for: code, language: alias) == sh)
        }
        #expect(
            SyntaxHighlighter.html(for: "a: 1", language: "YML")
                == SyntaxHighlighter.html(for: "a: 1", language: "yaml"))
    }

    @Test func everyTokenKindHasItsClassName() {
        #expect(TokenKind.allCases.count == 18)
        for kind in TokenKind.allCases {
            #expect(kind.className.hasPrefix("hl-"))
        }
        #expect(Set(TokenKind.allCases.map(\.className)).count == TokenKind.allCases.count)
    }

    @Test func isSafeToCallConcurrently() async {
        let code = "cat <<EOF\nbody\nEOF\necho \"$HOME\" | grep x # done\n"
        let expected = SyntaxHighlighter.html(for: code, language: "bash")
        let results = await withTaskGroup(of: String.self) { group in
            for n in 0..<64 {
                group.addTask { SyntaxHighlighter.html(for: code, language: n.isMultiple(of: 2) ? "sh" : "bash") }
            }
            var all: [String] = []
            for await html in group { all.append(html) }
            return all
        }
        #expect(results.count == 64)
        #expect(results.allSatisfy { $0 == expected })
    }
}

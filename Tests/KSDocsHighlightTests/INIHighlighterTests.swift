import KSDocsHighlight
import Testing

@Suite struct INIHighlighterTests {
    func html(_ code: String, _ language: String = "toml") -> String {
        SyntaxHighlighter.html(for: code, language: language)
    }

    @Test func tomlSectionsKeysAndValues() {
        #expect(
            html("[server]\nhost = \"0.0.0.0\" # bind\nport = 8080\ntls = false\n[[peers]]\nname = 'a # b'")
                == #"<span class="hl-section">[server]</span>"# + "\n"
                + #"<span class="hl-key">host</span> = <span class="hl-string">&quot;0.0.0.0&quot;</span> <span class="hl-comment"># bind</span>"#
                + "\n"
                + #"<span class="hl-key">port</span> = <span class="hl-number">8080</span>"# + "\n"
                + #"<span class="hl-key">tls</span> = <span class="hl-literal">false</span>"# + "\n"
                + #"<span class="hl-section">[[peers]]</span>"# + "\n"
                + #"<span class="hl-key">name</span> = <span class="hl-string">&#39;a # b&#39;</span>"#)
    }

    @Test func tomlMultiLineStringsAndArrays() {
        #expect(
            html("desc = \"\"\"\nline # no\n\"\"\"\nlist = [\n  \"a\", # c\n  2,\n]")
                == #"<span class="hl-key">desc</span> = <span class="hl-string">&quot;&quot;&quot;"# + "\n"
                + #"line # no"# + "\n" + #"&quot;&quot;&quot;</span>"# + "\n"
                + #"<span class="hl-key">list</span> = ["# + "\n"
                + #"  <span class="hl-string">&quot;a&quot;</span>, <span class="hl-comment"># c</span>"# + "\n"
                + #"  <span class="hl-number">2</span>,"# + "\n]")
    }

    @Test func tomlInlineTable() {
        #expect(
            html(#"point = { x = 1, y = "b" }"#)
                == #"<span class="hl-key">point</span> = { <span class="hl-key">x</span> = <span class="hl-number">1</span>, "#
                + #"<span class="hl-key">y</span> = <span class="hl-string">&quot;b&quot;</span> }"#)
    }

    @Test func iniCommentsAndUnquotedValues() {
        #expect(
            html("; comment\n[Service]\nExecStart=/usr/bin/x --flag\nRestart = always", "ini")
                == #"<span class="hl-comment">; comment</span>"# + "\n"
                + #"<span class="hl-section">[Service]</span>"# + "\n"
                + #"<span class="hl-key">ExecStart</span>=/usr/bin/x --flag"# + "\n"
                + #"<span class="hl-key">Restart</span> = always"#)
    }

    @Test func envFiles() {
        #expect(
            html("export API_URL=http://x\nTOKEN=\"abc#123\" # c\nPATH=$HOME/bin", "env")
                == #"<span class="hl-keyword">export</span> <span class="hl-key">API_URL</span>=http://x"# + "\n"
                + #"<span class="hl-key">TOKEN</span>=<span class="hl-string">&quot;abc#123&quot;</span> <span class="hl-comment"># c</span>"#
                + "\n"
                + #"<span class="hl-key">PATH</span>=<span class="hl-variable">$HOME</span>/bin"#)
    }
}

import KSDocsHighlight
import Testing

@Suite struct JSONHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "json") }

    @Test func keysStringsNumbersAndLiterals() {
        #expect(
            html(#"{"a": "b \"c\" // d", "n": [1, -2.5e3], "t": true, "z": null}"#)
                == #"{<span class="hl-key">&quot;a&quot;</span>: <span class="hl-string">&quot;b \&quot;c\&quot; // d&quot;</span>, "#
                + #"<span class="hl-key">&quot;n&quot;</span>: [<span class="hl-number">1</span>, <span class="hl-number">-2.5e3</span>], "#
                + #"<span class="hl-key">&quot;t&quot;</span>: <span class="hl-literal">true</span>, "#
                + #"<span class="hl-key">&quot;z&quot;</span>: <span class="hl-literal">null</span>}"#)
    }

    @Test func keyWithWhitespaceBeforeColon() {
        #expect(
            html("{\"k\"\n  : false}")
                == "{<span class=\"hl-key\">&quot;k&quot;</span>\n  : <span class=\"hl-literal\">false</span>}")
    }

    @Test func escapedBackslashEndsTheString() {
        #expect(
            html(#"["\\", "\u00e9<"]"#)
                == #"[<span class="hl-string">&quot;\\&quot;</span>, <span class="hl-string">&quot;\u00e9&lt;&quot;</span>]"#
        )
    }

    @Test func jsoncComments() {
        #expect(
            html("// top\n{ /* k */ \"a\": 1 }")
                == #"<span class="hl-comment">// top</span>"# + "\n"
                + #"{ <span class="hl-comment">/* k */</span> <span class="hl-key">&quot;a&quot;</span>: <span class="hl-number">1</span> }"#
        )
    }
}

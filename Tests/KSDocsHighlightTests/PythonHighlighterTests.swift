import KSDocsHighlight
import Testing

@Suite struct PythonHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "python") }

    @Test func tripleQuotedStringSpansLines() {
        #expect(
            html("def f():\n    \"\"\"Doc # no\n    'x'\n    \"\"\"\n    return None")
                == #"<span class="hl-keyword">def</span> f():"# + "\n"
                + #"    <span class="hl-string">&quot;&quot;&quot;Doc # no"# + "\n"
                + #"    &#39;x&#39;"# + "\n" + #"    &quot;&quot;&quot;</span>"# + "\n"
                + #"    <span class="hl-keyword">return</span> <span class="hl-literal">None</span>"#)
    }

    @Test func stringPrefixes() {
        #expect(
            html(#"s = f"{x}#" + rb'\d' + u"é""#)
                == #"s = <span class="hl-string">f&quot;{x}#&quot;</span> + <span class="hl-string">rb&#39;\d&#39;</span> + <span class="hl-string">u&quot;é&quot;</span>"#
        )
    }

    @Test func decoratorsBuiltinsAndNumbers() {
        #expect(
            html("@app.get(\"/\")\nasync def h(n=0x1F, e=1e-3):\n    print(len(range(10)))  # c")
                == #"<span class="hl-meta">@app.get</span>(<span class="hl-string">&quot;/&quot;</span>)"# + "\n"
                + #"<span class="hl-keyword">async</span> <span class="hl-keyword">def</span> h(n=<span class="hl-number">0x1F</span>, e=<span class="hl-number">1e-3</span>):"#
                + "\n"
                + #"    <span class="hl-builtin">print</span>(<span class="hl-builtin">len</span>(<span class="hl-builtin">range</span>(<span class="hl-number">10</span>)))  <span class="hl-comment"># c</span>"#
        )
    }

    @Test func escapedQuoteAndHashInString() {
        #expect(
            html(#"x = 'it\'s # no' # yes"#)
                == #"x = <span class="hl-string">&#39;it\&#39;s # no&#39;</span> <span class="hl-comment"># yes</span>"#
        )
    }

    @Test func attributesAreNotBuiltinsAndMatrixMultiplyIsNotADecorator() {
        #expect(html("os.open(p) @ m") == "os.open(p) @ m")
    }
}

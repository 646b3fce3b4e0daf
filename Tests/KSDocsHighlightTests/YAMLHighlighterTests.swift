import KSDocsHighlight
import Testing

@Suite struct YAMLHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "yaml") }

    @Test func keysScalarsLiteralsAndComments() {
        #expect(
            html("name: web # the app\nport: 8080\nenabled: yes\nnothing: ~")
                == #"<span class="hl-key">name</span>: <span class="hl-string">web</span> <span class="hl-comment"># the app</span>"#
                + "\n"
                + #"<span class="hl-key">port</span>: <span class="hl-number">8080</span>"# + "\n"
                + #"<span class="hl-key">enabled</span>: <span class="hl-literal">yes</span>"# + "\n"
                + #"<span class="hl-key">nothing</span>: <span class="hl-literal">~</span>"#)
    }

    @Test func hashInsideScalarsIsNotAComment() {
        #expect(
            html("a: \"x # y\"\nb: 'it''s # z'\nc: foo#bar")
                == #"<span class="hl-key">a</span>: <span class="hl-string">&quot;x # y&quot;</span>"# + "\n"
                + #"<span class="hl-key">b</span>: <span class="hl-string">&#39;it&#39;&#39;s # z&#39;</span>"# + "\n"
                + #"<span class="hl-key">c</span>: <span class="hl-string">foo#bar</span>"#)
    }

    @Test func literalBlockScalarIsOneString() {
        #expect(
            html("run: |\n  echo \"# hi\"\n  key: no\nnext: 1")
                == #"<span class="hl-key">run</span>: <span class="hl-operator">|</span>"# + "\n"
                + #"<span class="hl-string">  echo &quot;# hi&quot;"# + "\n" + #"  key: no</span>"# + "\n"
                + #"<span class="hl-key">next</span>: <span class="hl-number">1</span>"#)
    }

    @Test func foldedBlockScalarInAListWithBlankLine() {
        #expect(
            html("- >-\n  one\n\n  two\n\n- b")
                == #"- <span class="hl-operator">&gt;-</span>"# + "\n"
                + "<span class=\"hl-string\">  one\n\n  two</span>\n\n- <span class=\"hl-string\">b</span>")
    }

    @Test func documentMarkersAnchorsAliasesTagsAndFlowMappings() {
        #expect(
            html("---\nbase: &b {x: 1}\nuse: *b\nt: !!str 5\n...")
                == #"<span class="hl-meta">---</span>"# + "\n"
                + #"<span class="hl-key">base</span>: <span class="hl-meta">&amp;b</span> {<span class="hl-key">x</span>: <span class="hl-number">1</span>}"#
                + "\n"
                + #"<span class="hl-key">use</span>: <span class="hl-meta">*b</span>"# + "\n"
                + #"<span class="hl-key">t</span>: <span class="hl-meta">!!str</span> <span class="hl-number">5</span>"#
                + "\n"
                + #"<span class="hl-meta">...</span>"#)
    }

    @Test func quotedKeyAndFlowSequence() {
        #expect(
            html(#""a b": [1, "two", 'x: y']"#)
                == #"<span class="hl-key">&quot;a b&quot;</span>: [<span class="hl-number">1</span>, <span class="hl-string">&quot;two&quot;</span>, <span class="hl-string">&#39;x: y&#39;</span>]"#
        )
    }

    @Test func listOfMappingsAndUrlsWithColons() {
        #expect(
            html("- name: x\n  url: http://h:80/#a")
                == #"- <span class="hl-key">name</span>: <span class="hl-string">x</span>"# + "\n"
                + #"  <span class="hl-key">url</span>: <span class="hl-string">http://h:80/#a</span>"#)
    }
}

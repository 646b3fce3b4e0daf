import KSDocsHighlight
import Testing

@Suite struct SQLHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "sql") }

    @Test func doubledQuoteAndDashesInsideString() {
        #expect(
            html("SELECT name, count(*) FROM users WHERE note = 'it''s -- no' -- yes")
                == #"<span class="hl-keyword">SELECT</span> name, <span class="hl-builtin">count</span>(*) <span class="hl-keyword">FROM</span> users "#
                + #"<span class="hl-keyword">WHERE</span> note = <span class="hl-string">&#39;it&#39;&#39;s -- no&#39;</span> <span class="hl-comment">-- yes</span>"#
        )
    }

    @Test func nestedBlockComment() {
        #expect(
            html("/* a /* nested */ 'b' */ select 1;")
                == #"<span class="hl-comment">/* a /* nested */ &#39;b&#39; */</span> <span class="hl-keyword">select</span> <span class="hl-number">1</span>;"#
        )
    }

    @Test func dollarQuotedFunctionBody() {
        #expect(
            html("CREATE FUNCTION f() RETURNS trigger AS $$\nBEGIN -- x\nEND;\n$$ LANGUAGE plpgsql;")
                == #"<span class="hl-keyword">CREATE</span> <span class="hl-keyword">FUNCTION</span> <span class="hl-builtin">f</span>() "#
                + #"<span class="hl-keyword">RETURNS</span> <span class="hl-keyword">trigger</span> <span class="hl-keyword">AS</span> "#
                + "<span class=\"hl-string\">$$\nBEGIN -- x\nEND;\n$$</span> "
                + #"<span class="hl-keyword">LANGUAGE</span> plpgsql;"#)
    }

    @Test func psqlMetaCommandsParametersAndEscapeStrings() {
        #expect(
            html("\\c kitestacks\nSELECT $1, :limit, E'a\\'b', TRUE, NULL;")
                == #"<span class="hl-meta">\c kitestacks</span>"# + "\n"
                + #"<span class="hl-keyword">SELECT</span> <span class="hl-variable">$1</span>, <span class="hl-variable">:limit</span>, "#
                + #"<span class="hl-string">E&#39;a\&#39;b&#39;</span>, <span class="hl-literal">TRUE</span>, <span class="hl-literal">NULL</span>;"#
        )
    }
}

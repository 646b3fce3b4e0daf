import KSDocsHighlight
import Testing

@Suite struct NginxHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "nginx") }

    @Test func directivesNumbersAndComments() {
        #expect(
            html("server {\n    listen 80; # http\n    server_name example.com;\n}")
                == #"<span class="hl-directive">server</span> {"# + "\n"
                + #"    <span class="hl-directive">listen</span> <span class="hl-number">80</span>; <span class="hl-comment"># http</span>"#
                + "\n"
                + #"    <span class="hl-directive">server_name</span> example.com;"# + "\n}")
    }

    @Test func hashAndSemicolonInsideQuotedString() {
        #expect(
            html(#"add_header X-Frame "a # b; c";"#)
                == #"<span class="hl-directive">add_header</span> X-Frame <span class="hl-string">&quot;a # b; c&quot;</span>;"#
        )
    }

    @Test func locationModifiersVariablesSizesAndSwitches() {
        #expect(
            html("location ~* \\.(png|jpg)$ {\n  proxy_pass http://$up;\n  gzip off;\n  client_max_body_size 10m;\n}")
                == #"<span class="hl-directive">location</span> <span class="hl-operator">~*</span> \.(png|jpg)$ {"#
                + "\n"
                + #"  <span class="hl-directive">proxy_pass</span> http://<span class="hl-variable">$up</span>;"# + "\n"
                + #"  <span class="hl-directive">gzip</span> <span class="hl-literal">off</span>;"# + "\n"
                + #"  <span class="hl-directive">client_max_body_size</span> <span class="hl-number">10m</span>;"#
                + "\n}")
    }

    @Test func hashInsideAWordIsNotAComment() {
        #expect(
            html("set $x a#b;")
                == #"<span class="hl-directive">set</span> <span class="hl-variable">$x</span> a#b;"#)
    }
}

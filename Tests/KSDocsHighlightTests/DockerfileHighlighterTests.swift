import KSDocsHighlight
import Testing

@Suite struct DockerfileHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "dockerfile") }

    @Test func runWithContinuationIsShell() {
        #expect(
            html("FROM node:20 AS build\nRUN apt-get update && \\\n    echo \"a # b\" # c")
                == #"<span class="hl-directive">FROM</span> node:20 <span class="hl-keyword">AS</span> build"# + "\n"
                + #"<span class="hl-directive">RUN</span> <span class="hl-builtin">apt-get</span> update <span class="hl-operator">&amp;&amp;</span> \"#
                + "\n"
                + #"    <span class="hl-builtin">echo</span> <span class="hl-string">&quot;a # b&quot;</span> <span class="hl-comment"># c</span>"#
        )
    }

    @Test func execFormIsJSON() {
        #expect(
            html(#"CMD ["nginx", "-g", "daemon off;"]"#)
                == #"<span class="hl-directive">CMD</span> [<span class="hl-string">&quot;nginx&quot;</span>, "#
                + #"<span class="hl-string">&quot;-g&quot;</span>, <span class="hl-string">&quot;daemon off;&quot;</span>]"#
        )
    }

    @Test func envArgKeysStringsAndVariables() {
        #expect(
            html("ARG VERSION=1.0\nENV PATH=\"/app:$PATH\" HOME=${BASE}/app")
                == #"<span class="hl-directive">ARG</span> <span class="hl-key">VERSION</span>=1.0"# + "\n"
                + #"<span class="hl-directive">ENV</span> <span class="hl-key">PATH</span>=<span class="hl-string">&quot;/app:$PATH&quot;</span> "#
                + #"<span class="hl-key">HOME</span>=<span class="hl-variable">${BASE}</span>/app"#)
    }

    @Test func commentsLowercaseInstructionsFlagsAndPorts() {
        #expect(
            html("# base\nfrom alpine\nCOPY --chown=app:app . /app\nEXPOSE 80 443/tcp")
                == #"<span class="hl-comment"># base</span>"# + "\n"
                + #"<span class="hl-directive">from</span> alpine"# + "\n"
                + #"<span class="hl-directive">COPY</span> <span class="hl-flag">--chown</span>=app:app . /app"# + "\n"
                + #"<span class="hl-directive">EXPOSE</span> <span class="hl-number">80</span> <span class="hl-number">443/tcp</span>"#
        )
    }

    @Test func runHeredoc() {
        #expect(
            html("RUN <<EOF\napt-get update\nEOF\nUSER app")
                == #"<span class="hl-directive">RUN</span> <span class="hl-operator">&lt;&lt;EOF</span>"# + "\n"
                + #"<span class="hl-heredoc">apt-get update"# + "\n" + #"</span><span class="hl-operator">EOF</span>"#
                + "\n"
                + #"<span class="hl-directive">USER</span> app"#)
    }
}

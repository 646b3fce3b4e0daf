import KSDocsHighlight
import Testing

@Suite struct ShellHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "sh") }

    @Test func heredocBodyIsOneSpanUpToTheTerminator() {
        #expect(
            html("cat <<EOF\nhello $x # not a comment\nEOF\necho ok")
                == #"<span class="hl-builtin">cat</span> <span class="hl-operator">&lt;&lt;EOF</span>"# + "\n"
                + #"<span class="hl-heredoc">hello $x # not a comment"# + "\n"
                + #"</span><span class="hl-operator">EOF</span>"# + "\n"
                + #"<span class="hl-builtin">echo</span> ok"#)
    }

    @Test func dashHeredocAllowsTabIndentedTerminator() {
        #expect(
            html("cat <<-EOF\n\tx\n\tEOF")
                == #"<span class="hl-builtin">cat</span> <span class="hl-operator">&lt;&lt;-EOF</span>"# + "\n"
                + "<span class=\"hl-heredoc\">\tx\n</span>\t<span class=\"hl-operator\">EOF</span>")
    }

    @Test func quotedHeredocMarkerAndRestOfLine() {
        #expect(
            html("cat <<'EOF' > out\n$HOME\nEOF")
                == #"<span class="hl-builtin">cat</span> <span class="hl-operator">&lt;&lt;&#39;EOF&#39;</span> <span class="hl-operator">&gt;</span> out"#
                + "\n" + #"<span class="hl-heredoc">$HOME"# + "\n" + #"</span><span class="hl-operator">EOF</span>"#)
    }

    @Test func heredocTerminatorMustMatchTheWholeLine() {
        #expect(
            html("cat <<EOF\nEOFX\n EOF\nEOF\n")
                == #"<span class="hl-builtin">cat</span> <span class="hl-operator">&lt;&lt;EOF</span>"# + "\n"
                + "<span class=\"hl-heredoc\">EOFX\n EOF\n</span><span class=\"hl-operator\">EOF</span>\n")
    }

    @Test func unterminatedHeredocRunsToTheEnd() {
        #expect(
            html("cat <<EOF\na\nb")
                == #"<span class="hl-builtin">cat</span> <span class="hl-operator">&lt;&lt;EOF</span>"# + "\n"
                + "<span class=\"hl-heredoc\">a\nb</span>")
    }

    @Test func unindentedContinuationLineStillHasItsFlag() {
        #expect(
            html("docker run \\\n--rm nginx")
                == #"<span class="hl-builtin">docker</span> run \"# + "\n" + #"<span class="hl-flag">--rm</span> nginx"#
        )
    }

    @Test func readWriteRedirectionIsOneOperator() {
        #expect(
            html("exec 3<>/dev/tcp/h/80")
                == #"<span class="hl-builtin">exec</span> <span class="hl-operator">3&lt;&gt;</span>/dev/tcp/h/80"#)
    }

    @Test func hashAfterASubshellIsAComment() {
        #expect(
            html("(cd /)#x")
                == #"<span class="hl-operator">(</span><span class="hl-builtin">cd</span> /<span class="hl-operator">)</span><span class="hl-comment">#x</span>"#
        )
    }

    @Test func hashInsideStringsAndWordsIsNotAComment() {
        #expect(
            html(#"echo "a#b" foo#bar ${#arr} # real"#)
                == #"<span class="hl-builtin">echo</span> <span class="hl-string">&quot;a#b&quot;</span> foo#bar <span class="hl-variable">${#arr}</span> <span class="hl-comment"># real</span>"#
        )
    }

    @Test func doubleQuotesKeepEscapesAndHighlightVariables() {
        #expect(
            html(#"echo "say \"hi\" to $USER""#)
                == #"<span class="hl-builtin">echo</span> <span class="hl-string">&quot;say \&quot;hi\&quot; to <span class="hl-variable">$USER</span>&quot;</span>"#
        )
    }

    @Test func commandSubstitutionInsideDoubleQuotes() {
        #expect(
            html(#"echo "now: $(date "+%s")""#)
                == #"<span class="hl-builtin">echo</span> <span class="hl-string">&quot;now: <span class="hl-variable">$(date &quot;+%s&quot;)</span>&quot;</span>"#
        )
    }

    @Test func singleQuotesExpandNothing() {
        #expect(
            html(#"echo '$HOME "x" # y'"#)
                == #"<span class="hl-builtin">echo</span> <span class="hl-string">&#39;$HOME &quot;x&quot; # y&#39;</span>"#
        )
    }

    @Test func ansiCQuotingHonoursBackslashQuote() {
        #expect(
            html(#"printf $'a\'b\n'"#)
                == #"<span class="hl-builtin">printf</span> <span class="hl-string">$&#39;a\&#39;b\n&#39;</span>"#)
    }

    @Test func operatorsAndRedirections() {
        #expect(
            html("ls -la /tmp 2>&1 | grep -v x && echo ok || exit 1; cmd > out")
                == #"<span class="hl-builtin">ls</span> <span class="hl-flag">-la</span> /tmp <span class="hl-operator">2&gt;&amp;1</span> "#
                + #"<span class="hl-operator">|</span> <span class="hl-builtin">grep</span> <span class="hl-flag">-v</span> x "#
                + #"<span class="hl-operator">&amp;&amp;</span> <span class="hl-builtin">echo</span> ok "#
                + #"<span class="hl-operator">||</span> <span class="hl-builtin">exit</span> <span class="hl-number">1</span><span class="hl-operator">;</span> "#
                + #"cmd <span class="hl-operator">&gt;</span> out"#)
    }

    @Test func assignmentAndCommandSubstitutionMarkers() {
        #expect(
            html("x=$(docker ps -q)")
                == #"<span class="hl-variable">x</span>=<span class="hl-variable">$(</span><span class="hl-builtin">docker</span> ps "#
                + #"<span class="hl-flag">-q</span><span class="hl-variable">)</span>"#)
    }

    @Test func keywordsAndTestBrackets() {
        #expect(
            html(#"if [ -n "$a" ]; then echo y; fi"#)
                == #"<span class="hl-keyword">if</span> <span class="hl-builtin">[</span> <span class="hl-flag">-n</span> "#
                + #"<span class="hl-string">&quot;<span class="hl-variable">$a</span>&quot;</span> ]<span class="hl-operator">;</span> "#
                + #"<span class="hl-keyword">then</span> <span class="hl-builtin">echo</span> y<span class="hl-operator">;</span> <span class="hl-keyword">fi</span>"#
        )
    }

    @Test func forInLoop() {
        #expect(
            html("for f in *.md; do wc -l $f; done")
                == #"<span class="hl-keyword">for</span> f <span class="hl-keyword">in</span> *.md<span class="hl-operator">;</span> "#
                + #"<span class="hl-keyword">do</span> <span class="hl-builtin">wc</span> <span class="hl-flag">-l</span> <span class="hl-variable">$f</span>"#
                + #"<span class="hl-operator">;</span> <span class="hl-keyword">done</span>"#)
    }

    @Test func longFlagsStopAtEquals() {
        #expect(
            html("docker run --net=host -p 8080:80 nginx")
                == #"<span class="hl-builtin">docker</span> run <span class="hl-flag">--net</span>=host <span class="hl-flag">-p</span> 8080:80 nginx"#
        )
    }

    @Test func lineContinuationKeepsTheCommandGoing() {
        #expect(
            html("sudo systemctl \\\n  restart nginx")
                == "<span class=\"hl-builtin\">sudo</span> <span class=\"hl-builtin\">systemctl</span> \\\n  restart nginx"
        )
    }

    @Test func commentAtLineStartAndShebang() {
        #expect(
            html("#!/bin/sh\n# say hi\necho hi")
                == "<span class=\"hl-comment\">#!/bin/sh</span>\n<span class=\"hl-comment\"># say hi</span>\n<span class=\"hl-builtin\">echo</span> hi"
        )
    }

    @Test func specialParametersAndHereString() {
        #expect(
            html("echo $? $1 $@ <<< \"$x\"")
                == #"<span class="hl-builtin">echo</span> <span class="hl-variable">$?</span> <span class="hl-variable">$1</span> <span class="hl-variable">$@</span> "#
                + #"<span class="hl-operator">&lt;&lt;&lt;</span> <span class="hl-string">&quot;<span class="hl-variable">$x</span>&quot;</span>"#
        )
    }
}

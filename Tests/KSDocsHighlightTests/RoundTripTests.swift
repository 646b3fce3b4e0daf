import Testing

@testable import KSDocsHighlight

/// The property every highlighter keeps: the output is well-formed span markup whose
/// text, unescaped, is exactly the input — for any input, in any language.
@Suite struct RoundTripTests {
    /// One name per highlighter.
    static let languages = [
        "sh", "console", "yaml", "json", "dockerfile", "nginx", "toml", "python", "sql", "diff", "none",
    ]

    /// Inputs chosen to hit every scanner's edge cases, each fed to every language.
    static let tricky: [String] = [
        "cat <<EOF > /tmp/x\n$HOME \"q\" 'a'\nEOF\necho done\n",
        "cat <<-'END' | grep x\n\tline # no\n\tEND\n",
        "cat <<A <<\"B\"\na\nA\nb\nB\n",
        "cat <<EOF\nnever terminated\n",
        "cat <<",
        "echo \"a#b $X ${#arr} $(date \"+%s\") `id`\" 'x#y' $'t\\'ab' foo#bar # c",
        "echo \"unterminated $(",
        "x=$((1 + (2 * 3))) ; echo ${x:-\"d}\"} 2>&1 >&2 &>/dev/null <(ls) |& tee",
        "$ docker ps\nOUTPUT <b>\n# whoami\nroot@monk:~$ echo \\\n  hi\n$",
        "key: |\n  line # no\n  \"q\n\nnext: >-\n  folded\n- a\n- {b: [1, 'it''s', \"x\\\"y\"]}\n",
        "--- !tag &a\n? complex\n: value # c\n*a: 1\nurl: http://h/#x\n...\n%YAML 1.2",
        "{\"k\": \"v\\\"\\\\\", \"n\": -1.5e+10, \"t\": [true, false, null]} // c /* d */",
        "{\"unterminated: \\",
        "FROM --platform=$P img AS b\nRUN apt-get update \\\n  && echo \"x # y\" # z\nRUN <<EOF\nls\nEOF\nCMD [\"a\", \"b\"]\nENV A=1 B=\"2\"\n",
        "server { listen 80; # c\n  location ~* \\.php$ { return 301 \"https://$host$request_uri#x\"; }\n  set $a '\\'';\n}",
        "[sec]\nkey = \"v#1\" # c\narr = [\n  1, # c\n  'x',\n]\nml = \"\"\"\na # b\n\"\"\"\n[[t]]\nexport A=$B\n; c\nk: v\n",
        "@deco.x\ndef f(a='#', b=\"\"\"\n# no\n\"\"\"):\n    return rb'\\'' + f\"{a}\" + 0x1F + 1e-3 # c\n'''unterminated",
        "SELECT 'it''s -- no', E'a\\'b', $$ body -- x $$, $t$ x $t$ FROM t /* a /* b */ c */ -- d\n\\dt\nWHERE x = $1 AND y = :v;",
        "SELECT '",
        "/* open",
        "diff --git a/x b/x\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-old\n+new\n--- x\n\\ No newline\n",
        "<script>alert('x' & \"y\")</script>",
        "unicode: héllo → 🚀 \"ünï\" # ç\n",
        "\r\n\tcrlf: 1\r\n# c\r\n",
        "\\", "$", "#", "'", "\"", "`", "<<", "${", "$(", "@", "-", "[", "{", "|", ">", "\n", " ",
    ]

    /// The checker behind these tests must itself reject what a broken highlighter could emit.
    @Test func checkerRejectsBrokenMarkup() {
        #expect(HTMLText.content(of: #"<span class="hl-string">a"#) == nil)
        #expect(HTMLText.content(of: "a</span>") == nil)
        #expect(HTMLText.content(of: "<b>a</b>") == nil)
        #expect(HTMLText.content(of: #"<span class="hl-bogus">a</span>"#) == nil)
        #expect(HTMLText.content(of: "a & b") == nil)
        #expect(HTMLText.content(of: "a > b") == nil)
        #expect(HTMLText.content(of: #"say "hi""#) == nil)
        #expect(HTMLText.content(of: #"<span class="hl-key">&amp;lt;</span>"#) == "&lt;")
    }

    @Test(arguments: languages)
    func trickyInputsRoundTrip(_ language: String) {
        for input in Self.tricky {
            let html = SyntaxHighlighter.html(for: input, language: language)
            #expect(HTMLText.content(of: html) == input, "\(language): \(input.debugDescription)")
        }
    }

    /// Every prefix of every tricky input: unterminated strings, comments and heredocs.
    @Test(arguments: languages)
    func everyPrefixRoundTrips(_ language: String) {
        for input in Self.tricky {
            var prefix = ""
            for c in input {
                prefix.append(c)
                let html = SyntaxHighlighter.html(for: prefix, language: language)
                #expect(HTMLText.content(of: html) == prefix, "\(language): \(prefix.debugDescription)")
            }
        }
    }

    /// Pseudo-random strings over an alphabet of metacharacters (seeded, so reproducible).
    @Test(arguments: languages)
    func randomInputsRoundTrip(_ language: String) {
        let alphabet = Array("\"'`$#\\<>&|;{}[]()-=:@*!~%/+,. \t\n\naAeE0179_xEOFhé🚀")
        var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
        for _ in 0..<400 {
            var input = ""
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            let length = Int(seed >> 58)
            for _ in 0..<length {
                seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                input.append(alphabet[Int(seed >> 33) % alphabet.count])
            }
            let html = SyntaxHighlighter.html(for: input, language: language)
            #expect(HTMLText.content(of: html) == input, "\(language): \(input.debugDescription)")
        }
    }
}

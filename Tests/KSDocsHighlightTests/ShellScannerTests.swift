import KSDocsHighlight
import Testing

/// The shared shell tokenizer: kinds, byte offsets and the constructs both users rely on.
@Suite struct ShellScannerTests {
    /// Each token as `kind text`, with `!` after the kind when it is unterminated.
    func tokens(_ text: String, stopAtNewline: Bool = false) -> [String] {
        let bytes = Array(text.utf8)
        return ShellScanner.scan(bytes, stopAtNewline: stopAtNewline).tokens.map {
            "\($0.kind)\($0.unterminated ? "!" : "") " + String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
        }
    }

    @Test func offsetsAreBytesNotCharacters() {
        let scan = ShellScanner.scan(Array("é=1 # ü".utf8))
        #expect(
            scan.tokens == [
                ShellToken(.word, 0, 4), ShellToken(.blank, 4, 5), ShellToken(.comment, 5, 9),
            ])
        #expect(scan.end == 9)
    }

    @Test(arguments: [
        "echo \"a $b\" 'c d'#e # f",
        "cat <<-'EOF' >out\n\tbody $x\n\tEOF\necho $(ls \"$(pwd)\") `x` $'y\\'' 2>&1",
        "diff <(sort a) <(sort b) | tee -a log; (cd / && ls) &",
        "x=\"unterminated $y",
        "a <<A <<B\n1\nA\n2\nB\n\r\n",
    ])
    func outerTokensCoverEveryByteOnceInOrder(text: String) {
        let bytes = Array(text.utf8)
        var position = 0
        var quotedEnd = 0
        for token in ShellScanner.scan(bytes).tokens {
            if token.start < quotedEnd {
                #expect(token.end <= quotedEnd, "an expansion inside quotes stays inside them")
                continue
            }
            #expect(token.start == position)
            #expect(token.end > token.start)
            position = token.end
            if token.kind == .doubleQuoted { quotedEnd = token.end }
        }
        #expect(position == bytes.count)
    }

    @Test func quotingAndExpansions() {
        #expect(
            tokens("echo \"a $b\" 'c d'#e ${#x} $'it\\'s' $ `uname -r`") == [
                "word echo", "blank  ", "doubleQuoted \"a $b\"", "variable $b", "blank  ", "singleQuoted 'c d'",
                "word #e", "blank  ", "variable ${#x}", "blank  ", "ansiCString $'it\\'s'", "blank  ", "dollar $",
                "blank  ", "backtick `uname -r`",
            ])
    }

    @Test func escapedQuotesStayInsideTheirString() {
        #expect(
            tokens(#"echo "say \"hi\" \$5" a\ b"#) == [
                "word echo", "blank  ", #"doubleQuoted "say \"hi\" \$5""#, "blank  ", #"word a\ b"#,
            ])
    }

    @Test func unterminatedConstructsAreMarked() {
        #expect(tokens("echo 'a b") == ["word echo", "blank  ", "singleQuoted! 'a b"])
        #expect(tokens("echo \"a") == ["word echo", "blank  ", "doubleQuoted! \"a"])
        #expect(tokens("echo ${a\nb}") == ["word echo", "blank  ", "variable! ${a", "newline \n", "word b}"])
    }

    @Test func nestedCommandSubstitutions() {
        #expect(
            tokens("echo $(basename $(pwd)) (x)") == [
                "word echo", "blank  ", "substitutionOpen $(", "word basename", "blank  ", "substitutionOpen $(",
                "word pwd", "substitutionClose )", "substitutionClose )", "blank  ", "open (", "word x", "close )",
            ])
        #expect(
            tokens(#"echo "now: $(date "+%s")" <(ls)"#) == [
                "word echo", "blank  ", #"doubleQuoted "now: $(date "+%s")""#, #"commandSubstitution $(date "+%s")"#,
                "blank  ", "processSubstitutionOpen <(", "word ls", "close )",
            ])
    }

    @Test func dashHeredocWithQuotedDelimiter() {
        #expect(
            tokens("cat <<-'EOF' >out\n\tbody $x # kept\n\tEOF\necho") == [
                "word cat", "blank  ", "heredocMarker <<-'EOF'", "blank  ", "redirection >", "word out", "newline \n",
                "heredocBody \tbody $x # kept\n", "blank \t", "heredocTerminator EOF", "newline \n", "word echo",
            ])
    }

    @Test func heredocTerminatorMustBeTheWholeLine() {
        #expect(
            tokens("cat << \"END\"\n END\nEND2\nEND") == [
                "word cat", "blank  ", "heredocMarker << \"END\"", "newline \n", "heredocBody  END\nEND2\n",
                "heredocTerminator END",
            ])
        // Without `-`, a tab-indented terminator is body text.
        let scan = ShellScanner.scan(Array("cat <<EOF\n\tEOF\n".utf8))
        #expect(scan.tokens.last == ShellToken(.heredocBody, 10, 15, unterminated: true))
        #expect(scan.unfinishedHeredoc)
    }

    @Test func twoHeredocsOnOneLine() {
        #expect(
            tokens("a <<A <<\\B\n1\nA\n2\nB") == [
                "word a", "blank  ", "heredocMarker <<A", "blank  ", "heredocMarker <<\\B", "newline \n",
                "heredocBody 1\n", "heredocTerminator A", "blank \n", "heredocBody 2\n", "heredocTerminator B",
            ])
    }

    @Test func heredocMarkerOnTheLastLineIsUnfinished() {
        #expect(ShellScanner.scan(Array("cat <<EOF".utf8)).unfinishedHeredoc)
        #expect(!ShellScanner.scan(Array("cat <<<EOF".utf8)).unfinishedHeredoc)
    }

    @Test func commentsStartOnlyAtTheStartOfAWord() {
        #expect(
            tokens("a#b x;#c\n#d\n(#e") == [
                "word a#b", "blank  ", "word x", "controlOperator ;", "comment #c", "newline \n", "comment #d",
                "newline \n", "open (", "comment #e",
            ])
        #expect(tokens(">#f") == ["redirection >", "word #f"])
    }

    @Test func lineContinuations() {
        #expect(
            tokens("docker run \\\n  --rm \\\nnginx") == [
                "word docker", "blank  ", "word run", "blank  ", "lineContinuation \\\n", "blank   ", "word --rm",
                "blank  ", "lineContinuation \\\n", "word nginx",
            ])
        #expect(tokens("a\\\nb") == ["word a\\\nb"])
        #expect(tokens("\"a\"\\\n2>x") == ["doubleQuoted \"a\"", "lineContinuation \\\n", "redirection 2>", "word x"])
    }

    @Test func operatorsAndRedirections() {
        #expect(
            tokens("a 2>&1 &>>log <>rw >|f 1<&- x|&y;;&z") == [
                "word a", "blank  ", "redirection 2>&1", "blank  ", "redirection &>>", "word log", "blank  ",
                "redirection <>", "word rw", "blank  ", "redirection >|", "word f", "blank  ", "redirection 1<&-",
                "blank  ", "word x", "controlOperator |&", "word y", "controlOperator ;;&", "word z",
            ])
    }

    @Test func fdDigitsBelongToAWordTheyContinue() {
        #expect(tokens("\"$x\"2>&1") == ["doubleQuoted \"$x\"", "variable $x", "word 2", "redirection >&1"])
        #expect(
            tokens("$(a)2>f") == [
                "substitutionOpen $(", "word a", "substitutionClose )", "word 2", "redirection >", "word f",
            ])
        #expect(tokens("a 2>f") == ["word a", "blank  ", "redirection 2>", "word f"])
    }

    @Test func hashAfterASubshellStartsAComment() {
        #expect(tokens("(a)#b") == ["open (", "word a", "close )", "comment #b"])
        #expect(tokens("$(a)#b") == ["substitutionOpen $(", "word a", "substitutionClose )", "word #b"])
    }

    @Test func redirectionsTakeOnlyTheirOwnCharacters() {
        #expect(tokens(">>||b") == ["redirection >>", "controlOperator ||", "word b"])
        #expect(tokens("<<<<x") == ["redirection <<<", "redirection <", "word x"])
    }

    @Test func stopAtNewlineStopsAfterTheHeredocBodies() {
        let text = "cat <<E\nx\nE\nnext"
        let scan = ShellScanner.scan(Array(text.utf8), stopAtNewline: true)
        #expect(scan.end == 11)
        #expect(tokens(text, stopAtNewline: true).last == "heredocTerminator E")
        #expect(ShellScanner.scan(Array("echo 'a\nb'\nls".utf8), stopAtNewline: true).end == 10)
    }
}

import KSDocsCommands
import Testing

@Suite("ShellTokenizer.words")
struct ShellTokenizerWordsTests {
    @Test(arguments: [
        ("docker ps", ["docker", "ps"]),
        ("  docker   ps  -a ", ["docker", "ps", "-a"]),
        ("echo 'hello world'", ["echo", "hello world"]),
        ("echo \"hello world\"", ["echo", "hello world"]),
        ("echo \"say \\\"hi\\\"\"", ["echo", "say \"hi\""]),
        ("echo 'it'\\''s'", ["echo", "it's"]),
        ("echo a\\ b", ["echo", "a b"]),
        ("echo \"cost: \\$5\"", ["echo", "cost: $5"]),
        ("echo \"a\\nb\"", ["echo", "a\\nb"]),
        ("echo $'a\\tb'", ["echo", "a\tb"]),
        ("echo $'it\\'s'", ["echo", "it's"]),
        ("echo $HOME/x", ["echo", "$HOME/x"]),
        ("echo \"${HOME}/x\"", ["echo", "${HOME}/x"]),
        ("echo \"$(date +%F)\"", ["echo", "$(date +%F)"]),
        ("tar czf backup-$(date +%F).tgz /srv", ["tar", "czf", "backup-$(date +%F).tgz", "/srv"]),
        ("echo $(echo \"a b\" | tr a-z A-Z)", ["echo", "$(echo \"a b\" | tr a-z A-Z)"]),
        ("echo `uname -r`", ["echo", "`uname -r`"]),
        ("echo \"#not a comment\" # a comment", ["echo", "#not a comment"]),
        ("echo a#b", ["echo", "a#b"]),
        ("docker ps | grep web", ["docker", "ps", "|", "grep", "web"]),
        (
            "make && make install || echo failed; echo done",
            [
                "make", "&&", "make", "install", "||", "echo", "failed", ";", "echo", "done",
            ]
        ),
        ("cmd > out.log 2>&1", ["cmd", ">", "out.log", "2>&1"]),
        ("cmd >out.log 2>/dev/null", ["cmd", ">out.log", "2>/dev/null"]),
        ("docker run \\\n  --rm \\\n  nginx", ["docker", "run", "--rm", "nginx"]),
        ("diff <(sort a) <(sort b)", ["diff", "<(sort a)", "<(sort b)"]),
        ("echo \"\" ''", ["echo", "", ""]),
        ("cat <<EOF > out.txt\nline # kept\nEOF", ["cat", "<<EOF", ">", "out.txt"]),
        ("sleep 10 &", ["sleep", "10", "&"]),
        ("ls --color=auto /etc", ["ls", "--color=auto", "/etc"]),
        ("echo \"$x\"2>/dev/null", ["echo", "$x2", ">/dev/null"]),
        ("exec 3<>/dev/tcp/h/80 2>&1 ", ["exec", "3<>/dev/tcp/h/80", "2>&1"]),
        ("(cd /srv)#done", ["(", "cd", "/srv", ")"]),
        ("docker run \\\n--rm \\\n\"$IMG\"", ["docker", "run", "--rm", "$IMG"]),
        ("cat <<-\"END\" >>log\n\tx\n\tEND\necho", ["cat", "<<-END", ">>log", "echo"]),
    ])
    func words(command: String, expected: [String]) {
        #expect(ShellTokenizer.words(command) == expected)
    }

    @Test func unterminatedQuoteEndsAtEndOfText() {
        #expect(ShellTokenizer.words("echo \"never closed") == ["echo", "never closed"])
    }

    @Test func crlfLineEndingsAreIgnored() {
        #expect(ShellTokenizer.words("docker \\\r\n  ps") == ["docker", "ps"])
    }
}

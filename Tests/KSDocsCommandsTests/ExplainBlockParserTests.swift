import KSDocsCommands
import Testing

@Suite("ExplainBlockParser, shell dialect")
struct ExplainBlockParserShellTests {
    /// The (command, explanation, line) triples of a shell block.
    private func parsed(_ block: String) -> [Triple] {
        ExplainBlockParser.parse(block, dialect: .shell).map { Triple($0.command, $0.explanation, $0.line) }
    }

    @Test func designExample() {
        let block = """
            # Start every service in the background
            docker compose up -d
            docker logs -f authentik-server   # follow one container's log

            """
        #expect(
            parsed(block) == [
                Triple("docker compose up -d", "Start every service in the background", 2),
                Triple("docker logs -f authentik-server", "follow one container's log", 3),
            ]
        )
    }

    @Test func consecutiveCommentLinesAreJoinedBySpace() {
        let block = "# Stop the stack\n# and remove its containers.\ndocker compose down"
        #expect(parsed(block) == [Triple("docker compose down", "Stop the stack and remove its containers.", 3)])
    }

    @Test func commentAboveWinsOverTrailingComment() {
        #expect(parsed("# above\nls -la # trailing") == [Triple("ls -la", "above", 2)])
    }

    @Test func commentFollowedByBlankLineExplainsNothing() {
        #expect(parsed("# A section heading\n\ndocker ps") == [Triple("docker ps", nil, 3)])
    }

    @Test func commentExplainsOnlyTheNextCommand() {
        #expect(
            parsed("# Pull images\ndocker compose pull\ndocker compose up -d")
                == [Triple("docker compose pull", "Pull images", 2), Triple("docker compose up -d", nil, 3)]
        )
    }

    @Test(arguments: [
        ("echo \"a # b\"", "echo \"a # b\"", nil as String?),
        ("echo 'a # b' # c", "echo 'a # b'", "c"),
        ("curl https://x.test/#top", "curl https://x.test/#top", nil),
        ("echo a\t# tab before hash", "echo a", "tab before hash"),
        ("chmod 600 key #", "chmod 600 key", nil),
        ("ls ## many hashes", "ls", "many hashes"),
    ])
    func trailingComments(line: String, command: String, explanation: String?) {
        #expect(parsed(line) == [Triple(command, explanation, 1)])
    }

    @Test func continuationLinesStayInTheCommand() {
        let block = "# Run nginx\ndocker run -d \\\n  --name web \\\n  -p 8080:80 nginx  # the web server\nls"
        let commands = ExplainBlockParser.parse(block, dialect: .shell)
        #expect(commands.map(\.command) == ["docker run -d \\\n  --name web \\\n  -p 8080:80 nginx", "ls"])
        #expect(commands.map(\.explanation) == ["Run nginx", nil])
        #expect(commands.map(\.line) == [2, 5])
        #expect(
            commands[0].simpleCommands == [
                SimpleCommand(program: "docker", arguments: ["run", "-d", "--name", "web", "-p", "8080:80", "nginx"])
            ]
        )
    }

    @Test func trailingPipeContinuesOnTheNextLine() {
        #expect(
            parsed("docker ps |\n  grep web\nls") == [Triple("docker ps |\n  grep web", nil, 1), Triple("ls", nil, 3)]
        )
    }

    @Test func openQuoteContinuesOnTheNextLine() {
        let block = "psql -c \"SELECT 1;\n# still SQL\nSELECT 2;\"\nls"
        #expect(
            parsed(block) == [Triple("psql -c \"SELECT 1;\n# still SQL\nSELECT 2;\"", nil, 1), Triple("ls", nil, 4)]
        )
    }

    @Test func heredocBodyBelongsToTheCommand() {
        let block = """
            # Write the tunnel config
            cat <<'EOF' > config.yml
            tunnel: kitestacks   # a YAML comment, kept
            ingress:

              - service: http_status:404
            EOF
            cloudflared tunnel ingress validate
            """
        let commands = ExplainBlockParser.parse(block, dialect: .shell)
        #expect(commands.count == 2)
        #expect(
            commands[0].command
                == "cat <<'EOF' > config.yml\ntunnel: kitestacks   # a YAML comment, kept\ningress:\n\n  - service: http_status:404\nEOF"
        )
        #expect(commands[0].explanation == "Write the tunnel config")
        #expect(commands[0].simpleCommands == [SimpleCommand(program: "cat", redirections: ["<<EOF", ">config.yml"])])
        #expect(commands[1].command == "cloudflared tunnel ingress validate")
        #expect(commands[1].line == 8)
    }

    @Test func tabStrippedHeredocEndsAtIndentedTerminator() {
        let block = "cat <<-END\n\tbody\n\tEND\necho next"
        #expect(parsed(block) == [Triple("cat <<-END\n\tbody\n\tEND", nil, 1), Triple("echo next", nil, 4)])
    }

    @Test func shebangAndBlankLinesAreSkipped() {
        #expect(
            parsed("#!/bin/bash\nset -e\n\n\n  whoami  \n") == [Triple("set -e", nil, 2), Triple("whoami", nil, 5)]
        )
    }

    @Test func chainIsOneExplainedCommandWithSeveralSimpleCommands() throws {
        let commands = ExplainBlockParser.parse("sudo apt update && sudo apt upgrade -y # patch", dialect: .shell)
        try #require(commands.count == 1)
        #expect(commands[0].explanation == "patch")
        #expect(commands[0].simpleCommands.map(\.program) == ["apt", "apt"])
        #expect(commands[0].output == nil)
    }

    @Test(arguments: [
        ("", 0),
        ("# only a comment", 0),
        ("docker ps", 1),
        ("# a\ndocker ps\n\n# b\ndocker compose up -d\nls | wc -l", 3),
        ("docker run \\\n  nginx\ncat <<EOF\nx\nEOF", 2),
    ])
    func commandCount(block: String, count: Int) {
        #expect(ExplainBlockParser.commandCount(block, dialect: .shell) == count)
    }
}

@Suite("ExplainBlockParser, console dialect")
struct ExplainBlockParserConsoleTests {
    @Test func commandsWithOutput() {
        let block = """
            # List the running containers
            $ docker ps --format '{{.Names}}'
            authentik-server
            forgejo

            $ whoami   # who am I?
            kite
            """
        let commands = ExplainBlockParser.parse(block, dialect: .console)
        #expect(
            commands == [
                ExplainedCommand(
                    command: "docker ps --format '{{.Names}}'",
                    explanation: "List the running containers",
                    line: 2,
                    output: "authentik-server\nforgejo"
                ),
                ExplainedCommand(command: "whoami", explanation: "who am I?", line: 6, output: "kite"),
            ]
        )
    }

    @Test func blankLinesInsideOutputAreKept() {
        let commands = ExplainBlockParser.parse("$ cat notes\nfirst\n\nsecond\n\n", dialect: .console)
        #expect(commands.map(\.output) == ["first\n\nsecond"])
    }

    @Test func commandWithoutOutput() {
        let commands = ExplainBlockParser.parse("$ sudo systemctl restart nginx\n$ echo ok\nok", dialect: .console)
        #expect(commands.map(\.command) == ["sudo systemctl restart nginx", "echo ok"])
        #expect(commands.map(\.output) == [nil, "ok"])
    }

    @Test func continuationPromptsAreDropped() {
        let block = "$ docker run --rm \\\n> -p 8080:80 \\\n> nginx\nready"
        let commands = ExplainBlockParser.parse(block, dialect: .console)
        #expect(commands.map(\.command) == ["docker run --rm \\\n-p 8080:80 \\\nnginx"])
        #expect(commands.map(\.output) == ["ready"])
    }

    @Test(arguments: [
        ("kite@monk:~$ docker ps", "docker ps"),
        ("root@kscloud1:/srv# ls", "ls"),
        ("$ ls", "ls"),
    ])
    func prompts(line: String, command: String) {
        #expect(ExplainBlockParser.parse(line, dialect: .console).map(\.command) == [command])
    }

    @Test func outputBeforeTheFirstCommandIsIgnored() {
        let commands = ExplainBlockParser.parse("stray text\n$ ls\nfile", dialect: .console)
        #expect(commands == [ExplainedCommand(command: "ls", line: 2, output: "file")])
    }

    @Test func indentedHashLineIsOutputNotComment() {
        let commands = ExplainBlockParser.parse("$ cat app.conf\n  # a comment in the file\nport=80", dialect: .console)
        #expect(commands.map(\.output) == ["  # a comment in the file\nport=80"])
    }

    @Test func commentEndsOutputAndExplainsTheNextCommand() {
        let commands = ExplainBlockParser.parse("$ uptime\n up 3 days\n# Memory\n$ free -h", dialect: .console)
        #expect(commands.map(\.output) == [" up 3 days", nil])
        #expect(commands.map(\.explanation) == [nil, "Memory"])
    }

    @Test func countIgnoresOutput() {
        #expect(ExplainBlockParser.commandCount("$ ls\na\nb\n$ pwd\n/srv", dialect: .console) == 2)
    }
}

@Suite("ExplainDialect")
struct ExplainDialectTests {
    @Test(arguments: [
        ("sh explain", ExplainDialect.shell as ExplainDialect?),
        ("bash explain", .shell),
        ("console explain", .console),
        ("  Bash   explain ", .shell),
        ("sh", nil),
        ("python explain", nil),
        ("sh explain extra", nil),
    ])
    func infoStrings(info: String, dialect: ExplainDialect?) {
        #expect(ExplainDialect(infoString: info) == dialect)
    }
}

/// A command, its explanation and its line, compared as one value.
struct Triple: Equatable, CustomStringConvertible {
    var command: String
    var explanation: String?
    var line: Int

    init(_ command: String, _ explanation: String?, _ line: Int) {
        self.command = command
        self.explanation = explanation
        self.line = line
    }

    var description: String { "(\(command.debugDescription), \(explanation.debugDescription), \(line))" }
}

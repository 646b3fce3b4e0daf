import KSDocsCommands
import Testing

@Suite("ShellTokenizer.simpleCommands")
struct SimpleCommandTests {
    @Test func singleCommandWithFlags() {
        #expect(
            ShellTokenizer.simpleCommands("docker run -it --rm -p 8080:80 --name web nginx:alpine") == [
                SimpleCommand(
                    program: "docker",
                    arguments: ["run", "-it", "--rm", "-p", "8080:80", "--name", "web", "nginx:alpine"]
                )
            ]
        )
    }

    @Test func sudoWithUserAndQuotedSQL() {
        #expect(
            ShellTokenizer.simpleCommands("sudo -u postgres psql -c \"SELECT 1;\"") == [
                SimpleCommand(prefixes: ["sudo", "-u", "postgres"], program: "psql", arguments: ["-c", "SELECT 1;"])
            ]
        )
    }

    @Test(arguments: [
        ("sudo apt update", ["sudo"], "apt", ["update"]),
        ("sudo -E docker compose up", ["sudo", "-E"], "docker", ["compose", "up"]),
        ("sudo --preserve-env=HOME ls", ["sudo", "--preserve-env=HOME"], "ls", []),
        ("sudo -- ls -la", ["sudo", "--"], "ls", ["-la"]),
        ("PGPASSWORD=secret pg_dump -U app", ["PGPASSWORD=secret"], "pg_dump", ["-U", "app"]),
        ("A=1 B=\"two words\" env", ["A=1", "B=two words"], "env", []),
        ("env -i PATH=/bin sh -c 'echo hi'", ["env", "-i", "PATH=/bin"], "sh", ["-c", "echo hi"]),
        ("time docker build .", ["time"], "docker", ["build", "."]),
        ("nohup ./backup.sh", ["nohup"], "./backup.sh", []),
        ("exec -a name sleep 1", ["exec", "-a", "name"], "sleep", ["1"]),
        ("sudo DEBUG=1 nohup ./run", ["sudo", "DEBUG=1", "nohup"], "./run", []),
        ("sudo -i", [], "sudo", ["-i"]),
        ("env", [], "env", []),
        ("echo a=b", [], "echo", ["a=b"]),
        ("./=x", [], "./=x", []),
    ])
    func prefixes(command: String, prefixes: [String], program: String, arguments: [String]) throws {
        let commands = ShellTokenizer.simpleCommands(command)
        try #require(commands.count == 1)
        #expect(commands[0].prefixes == prefixes)
        #expect(commands[0].program == program)
        #expect(commands[0].arguments == arguments)
    }

    @Test func pipesAndChainsSplitWithTheirSeparators() {
        let commands = ShellTokenizer.simpleCommands("docker ps -a | grep web && echo found || echo missing; date &")
        #expect(commands.map(\.program) == ["docker", "grep", "echo", "echo", "date"])
        #expect(commands.map(\.separator) == ["|", "&&", "||", ";", "&"])
        #expect(commands.map(\.arguments) == [["ps", "-a"], ["web"], ["found"], ["missing"], []])
    }

    @Test func redirectionsAreNotArguments() {
        #expect(
            ShellTokenizer.simpleCommands("./backup.sh > /var/log/backup.log 2>&1 < /dev/null") == [
                SimpleCommand(program: "./backup.sh", redirections: [">/var/log/backup.log", "2>&1", "</dev/null"])
            ]
        )
        #expect(
            ShellTokenizer.simpleCommands("echo hi >> notes.txt") == [
                SimpleCommand(program: "echo", arguments: ["hi"], redirections: [">>notes.txt"])
            ]
        )
    }

    @Test func continuationLinesJoinOneCommand() {
        let command = "docker run -d \\\n  --name web \\\n  -p 8080:80 \\\n  nginx"
        #expect(
            ShellTokenizer.simpleCommands(command) == [
                SimpleCommand(program: "docker", arguments: ["run", "-d", "--name", "web", "-p", "8080:80", "nginx"])
            ]
        )
    }

    @Test func heredocBodyIsNotTokenized() {
        let command = "sudo tee /etc/app.conf > /dev/null <<'EOF'\nport = 80 # not a comment\nname = \"x\"\nEOF"
        #expect(
            ShellTokenizer.simpleCommands(command) == [
                SimpleCommand(
                    prefixes: ["sudo"],
                    program: "tee",
                    arguments: ["/etc/app.conf"],
                    redirections: [">/dev/null", "<<EOF"]
                )
            ]
        )
    }

    @Test func commandSubstitutionIsOneWord() {
        #expect(
            ShellTokenizer.simpleCommands("docker rm $(docker ps -aq)") == [
                SimpleCommand(program: "docker", arguments: ["rm", "$(docker ps -aq)"])
            ]
        )
    }

    @Test func hashInsideQuotesIsNotAComment() {
        #expect(
            ShellTokenizer.simpleCommands("echo '# hi' \"#there\" # bye") == [
                SimpleCommand(program: "echo", arguments: ["# hi", "#there"])
            ]
        )
    }

    @Test func newlinesActAsSemicolons() {
        let commands = ShellTokenizer.simpleCommands("cd /srv\nls\n")
        #expect(
            commands == [
                SimpleCommand(program: "cd", arguments: ["/srv"], separator: ";"), SimpleCommand(program: "ls"),
            ]
        )
    }

    @Test func compoundKeywordsAreSkipped() {
        let commands = ShellTokenizer.simpleCommands("if systemctl is-active --quiet nginx; then echo up; fi")
        #expect(commands.map(\.program) == ["systemctl", "echo"])
        #expect(commands.map(\.separator) == [";", ";"])
    }

    @Test func subshellParenthesesAreDropped() {
        let commands = ShellTokenizer.simpleCommands("(cd /srv && git pull)")
        #expect(
            commands == [
                SimpleCommand(program: "cd", arguments: ["/srv"], separator: "&&"),
                SimpleCommand(program: "git", arguments: ["pull"]),
            ]
        )
    }

    @Test func assignmentOnlyHasNoProgram() {
        #expect(ShellTokenizer.simpleCommands("TOKEN=abc") == [SimpleCommand(prefixes: ["TOKEN=abc"], program: "")])
    }

    @Test func emptyAndCommentOnlyTextHaveNoCommands() {
        #expect(ShellTokenizer.simpleCommands("") == [])
        #expect(ShellTokenizer.simpleCommands("   # just a note") == [])
    }
}

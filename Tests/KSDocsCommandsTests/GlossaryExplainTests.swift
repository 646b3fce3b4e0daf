import KSDocsCommands
import Testing

@Suite("Glossary.explain with the built-in glossary")
struct GlossaryExplainTests {
    /// The explanations of the first simple command of `command`, as "token: meaning" lines.
    private func explain(_ command: String) -> [String] {
        guard let simple = ShellTokenizer.simpleCommands(command).first else { return [] }
        return Glossary.builtIn.explain(simple).map { "\($0.token): \($0.meaning)" }
    }

    @Test func commandDashVLooksAProgramUpWithoutRunningIt() {
        #expect(
            explain("command -v docker") == [
                "command: A shell builtin: runs a program by name, skipping shell functions and aliases.",
                "-v: Runs nothing: prints the path (or name) the command would run, and fails when there is none.",
            ]
        )
    }

    @Test func loopBodiesAreExplained() {
        let programs = ShellTokenizer.simpleCommands(
            "for h in monk kscloud1; do ssh \"$h\" cat /etc/hostname | sha256sum; done"
        )
        .map(\.program)
        #expect(programs.contains("ssh") && programs.contains("sha256sum"), "\(programs)")
    }

    @Test func nestedSubcommandsAndFlag() {
        #expect(
            explain("docker compose up -d") == [
                "docker: Runs and manages containers: small isolated boxes that each hold one service.",
                "compose: Runs a group of containers described in a compose file (compose.yml) as one app.",
                "up: Creates and starts the services, building or pulling images if needed.",
                "-d: Runs the services in the background and gives you your prompt back.",
            ]
        )
    }

    @Test func combinedShortFlagsAndFlagsWithValues() {
        #expect(
            explain("docker run -it --rm -p 8080:80 --name web nginx:alpine") == [
                "docker: Runs and manages containers: small isolated boxes that each hold one service.",
                "run: Creates a new container from an image and starts it.",
                "-i: Keeps the container's input open so you can type into it.",
                "-t: Gives the container a terminal, so its output looks like a normal shell.",
                "--rm: Deletes the container automatically when it stops.",
                "-p 8080:80: Makes a container port reachable on a port of the host (host:container).",
                "--name web: Gives the container a fixed name instead of a random one.",
            ]
        )
    }

    @Test(arguments: [
        ("docker run --name=web nginx", "--name=web"),
        ("docker run --name web nginx", "--name web"),
        ("docker run --network=host nginx", "--network=host"),
        ("docker run --net host nginx", "--net host"),
        ("docker run -p8080:80 nginx", "-p8080:80"),
    ])
    func flagValueSpellings(command: String, token: String) throws {
        let tokens = ShellTokenizer.simpleCommands(command).flatMap { Glossary.builtIn.explain($0) }.map(\.token)
        #expect(tokens == ["docker", "run", token])
    }

    @Test func valueFlagInsideCombinedShortFlags() {
        #expect(
            explain("tar -xzf backup.tgz -C /srv") == [
                "tar: Packs files into one archive file (a tarball) or unpacks one.",
                "-x: Unpacks an archive.",
                "-z: Compresses or decompresses with gzip (.tar.gz).",
                "-f backup.tgz: Uses this archive file.",
                "-C /srv: Changes to this folder first, such as where to unpack.",
            ]
        )
    }

    @Test func parentFlagBeforeSubcommandIsSkippedOverWithItsValue() {
        #expect(
            explain("docker compose -f prod.yml --profile tools logs -f --tail 50 web").map { String($0.prefix(14)) }
                == [
                    "docker: Runs a",
                    "compose: Runs ",
                    "-f prod.yml: U",
                    "--profile tool",
                    "logs: Shows wh",
                    "-f: Keeps prin",
                    "--tail 50: Sho",
                ]
        )
    }

    @Test func flagsStopAtTheCommandRunInsideTheContainer() {
        #expect(
            explain("docker exec -it postgres psql -U authentik -d authentik").map { String($0.prefix(8)) } == [
                "docker: ", "exec: Ru", "-i: Keep", "-t: Give",
            ]
        )
    }

    @Test func deeplyNestedCloudflaredSubcommands() {
        #expect(
            explain("cloudflared tunnel route dns kitestacks docs.kitestacks.com") == [
                "cloudflared: Runs Cloudflare Tunnel, which makes local services reachable through Cloudflare without opening ports.",
                "tunnel: Groups the commands that create, route and run tunnels.",
                "route: Points traffic at a tunnel.",
                "dns: Creates a DNS record that sends a host name to the tunnel.",
            ]
        )
    }

    @Test func subcommandNamesAfterAnOperandAreOperands() {
        // `restart` is the unit here, not a second sub-command.
        #expect(explain("systemctl status restart").count == 2)
        #expect(explain("git commit -m status").last == "-m status: Uses this text as the commit message.")
    }

    @Test func unknownProgramHasNoExplanations() {
        #expect(explain("frobnicate --all -xyz") == [])
    }

    @Test func unknownFlagsAndSubcommandsAreLeftOut() {
        #expect(
            explain("docker frobnicate --nope -q") == [
                "docker: Runs and manages containers: small isolated boxes that each hold one service."
            ]
        )
        #expect(explain("ls -lzh").map { String($0.prefix(3)) } == ["ls:", "-l:", "-h:"])
    }

    @Test func sudoAndAssignmentPrefixes() {
        #expect(
            explain("sudo -u postgres PGOPTIONS=-c psql -c \"SELECT 1;\"") == [
                "sudo: Runs the command as the administrator (root), after asking for your password.",
                "-u postgres: Runs the command as this user instead of root.",
                "PGOPTIONS=-c: Sets the environment variable PGOPTIONS for this command only.",
                "psql: Opens the PostgreSQL command-line client to run SQL against a database.",
                "-c SELECT 1;: Runs this SQL command and exits.",
            ]
        )
    }

    @Test func redirectionsAndSeparatorAreExplained() {
        #expect(
            explain("docker compose logs 2>&1 > all.log | grep error").suffix(3) == [
                "2>&1: Sends error messages to the same place as the normal output.",
                ">all.log: Writes the output to all.log, replacing its contents.",
                "|: Sends this command's output into the next command as its input.",
            ]
        )
    }

    @Test(arguments: [
        (">/dev/null", "Throws away the output."),
        ("2>/dev/null", "Throws away error messages."),
        (">>notes.txt", "Adds the output to the end of notes.txt."),
        ("&>/dev/null", "Throws away the output and error messages."),
        ("<dump.sql", "Reads the command's input from dump.sql."),
        ("<<EOF", "Feeds the lines that follow, up to EOF, to the command as its input."),
        ("<<<hello", "Feeds the given text to the command as its input."),
    ])
    func redirections(redirection: String, meaning: String) {
        let command = SimpleCommand(program: "cat", redirections: [redirection])
        #expect(Glossary.builtIn.explain(command).last == TokenExplanation(token: redirection, meaning: meaning))
    }

    @Test(arguments: [
        ("&&", "Runs the next command only if this one succeeds."),
        ("||", "Runs the next command only if this one fails."),
        (";", "Runs the next command after this one, whether or not it succeeded."),
        ("&", "Runs this command in the background so the shell does not wait for it."),
    ])
    func separators(separator: String, meaning: String) {
        let command = SimpleCommand(program: "nope", separator: separator)
        #expect(Glossary.builtIn.explain(command) == [TokenExplanation(token: separator, meaning: meaning)])
    }

    @Test(arguments: [
        ("dig +short docs.kitestacks.com", "+short"),
        ("chmod +x backup.sh", "+x"),
        ("kill -9 1234", "-9"),
        ("find /srv -name '*.yml' -type f", "-type f"),
        ("openssl req -x509 -nodes -days 365", "-days 365"),
        ("pg_dump -Fc -U app app", "-U app"),
        ("journalctl -u cloudflared -n 100 --no-pager", "--no-pager"),
        ("/usr/sbin/nginx -t", "-t"),
        ("ps aux", "aux"),
    ])
    func lastExplainedToken(command: String, token: String) {
        let simple = ShellTokenizer.simpleCommands(command)[0]
        #expect(Glossary.builtIn.explain(simple).last?.token == token)
    }

    @Test func doubleDashEndsFlags() {
        #expect(explain("rm -- -f").map { String($0.prefix(3)) } == ["rm:"])
    }
}

@Suite("Glossary.explain for a whole explained command")
struct GlossaryExplainCommandTests {
    @Test func flattensEverySimpleCommand() throws {
        let command = try #require(ExplainBlockParser.parse("docker ps -q | wc -l", dialect: .shell).first)
        #expect(
            Glossary.builtIn.explain(command).map(\.token) == ["docker", "ps", "-q", "|", "wc", "-l"]
        )
    }
}

@Suite("Glossary.explain of a whole command line")
struct CompoundExplainTests {
    private func explain(_ command: String) -> [String] {
        Glossary.builtIn.explain(ExplainedCommand(command: command, line: 1)).map(\.token)
    }

    @Test func aForLoopExplainsItsHeaderItsBodyAndTheRemoteCommand() {
        let command = ExplainedCommand(
            command: "for h in monk kscloud1; do ssh \"$h\" sha256sum /etc/x | cut -d' ' -f1; done", line: 1)
        let explained = Glossary.builtIn.explain(command)
        #expect(
            explained.map(\.token) == [
                "for h in monk kscloud1", "do … done", "ssh", "sha256sum", "|", "cut", "-d ", "-f1",
            ])
        #expect(
            explained.first?.meaning
                == "Repeats the commands between do and done once for each of monk, kscloud1, with $h set to each in turn."
        )
    }

    @Test func aRemoteCommandInOneQuotedStringIsSplitIntoItsParts() {
        #expect(
            explain("ssh -p 2222 kite@monk \"grep -h KEY /opt/.env | sha256sum\"")
                == ["ssh", "-p 2222", "grep", "-h", "|", "sha256sum"])
    }

    @Test func whileAndIfAreNamedAndKeywordsInQuotesAreNot() {
        #expect(explain("while true; do sleep 5; done").first == "while … do … done")
        #expect(explain("if systemctl is-active nginx; then echo up; fi").first == "if … then … fi")
        #expect(!explain("echo \"for done\"").contains("do … done"))
    }

    @Test func aPlainSequenceKeepsItsSeparator() {
        #expect(explain("cd /srv; ls") == ["cd", ";", "ls"])
    }
}

import Foundation
import KSDocsCommands
import Testing

@Suite("Glossary.merging and loading overrides")
struct GlossaryOverrideTests {
    private func explain(_ glossary: Glossary, _ command: String) -> [String] {
        ShellTokenizer.simpleCommands(command).flatMap { glossary.explain($0) }.map { "\($0.token): \($0.meaning)" }
    }

    @Test func overrideASummaryKeepsFlagsAndSubcommands() {
        let glossary = Glossary.builtIn.merging(["docker": GlossaryEntry(summary: "The container engine.")])
        #expect(
            explain(glossary, "docker ps -a") == [
                "docker: The container engine.",
                "ps: Lists running containers.",
                "-a: Includes stopped containers too.",
            ]
        )
    }

    @Test func addAFlagToANestedSubcommand() {
        let override = GlossaryEntry(subcommands: [
            "compose": GlossaryEntry(subcommands: [
                "up": GlossaryEntry(flags: ["--quiet-pull": "Pulls without progress output."])
            ])
        ])
        let glossary = Glossary.builtIn.merging(["docker": override])
        #expect(
            explain(glossary, "docker compose up -d --quiet-pull").suffix(2) == [
                "-d: Runs the services in the background and gives you your prompt back.",
                "--quiet-pull: Pulls without progress output.",
            ]
        )
    }

    @Test func replaceAFlagByAnySpelling() {
        let glossary = Glossary.builtIn.merging([
            "docker": GlossaryEntry(subcommands: [
                "run": GlossaryEntry(flags: ["-p <ports>": "Opens a port."])
            ])
        ])
        let run = glossary.entries["docker"]?.subcommands["run"]
        #expect(run?.flags["-p <ports>"] == "Opens a port.")
        #expect(run?.flags["-p <host:container>"] == nil)
        #expect(run?.flags["--publish <host:container>"] != nil)
        #expect(explain(glossary, "docker run -p 80:80 nginx").last == "-p 80:80: Opens a port.")
    }

    @Test func addAWholeNewTool() {
        let glossary = Glossary.builtIn.merging([
            "ak": GlossaryEntry(
                summary: "Authentik's management command.",
                flags: ["-v, --verbose": "Prints more."],
                subcommands: ["create_recovery_key": GlossaryEntry(summary: "Makes a one-time admin login link.")]
            )
        ])
        #expect(glossary.knows("ak"))
        #expect(!Glossary.builtIn.knows("ak"))
        #expect(
            explain(glossary, "ak -v create_recovery_key 10 akadmin") == [
                "ak: Authentik's management command.",
                "-v: Prints more.",
                "create_recovery_key: Makes a one-time admin login link.",
            ]
        )
        #expect(glossary.commandNames.count == Glossary.builtIn.commandNames.count + 1)
    }

    @Test func untouchedBuiltInsAreKept() {
        let glossary = Glossary.builtIn.merging(["docker": GlossaryEntry(summary: "x")])
        for name in Glossary.builtIn.commandNames where name != "docker" {
            #expect(glossary.entries[name] == Glossary.builtIn.entries[name])
        }
        #expect(glossary.entries["docker"]?.subcommands == Glossary.builtIn.entries["docker"]?.subcommands)
        #expect(glossary.entries["docker"]?.flags == Glossary.builtIn.entries["docker"]?.flags)
    }

    @Test func flagsEndAtArgumentCanBeOverridden() {
        let glossary = Glossary.builtIn.merging(["watch": GlossaryEntry(flagsEndAtArgument: false)])
        #expect(explain(Glossary.builtIn, "watch docker ps -n 5").count == 1)
        #expect(explain(glossary, "watch docker ps -n 5").last == "-n 5: Runs it every this many seconds (default 2).")
    }

    @Test func aliasKeysAreSplitIntoOneKeyPerSpelling() {
        let glossary = Glossary(entries: [
            "tool": GlossaryEntry(summary: "A tool.", flags: ["-o, --output <file>": "Writes here.", "-q": "Quiet."])
        ])
        #expect(
            glossary.entries["tool"]?.flags == [
                "-o <file>": "Writes here.", "--output <file>": "Writes here.", "-q": "Quiet.",
            ]
        )
        #expect(
            explain(glossary, "tool --output=a.txt -qo b.txt") == [
                "tool: A tool.", "--output=a.txt: Writes here.", "-q: Quiet.", "-o b.txt: Writes here.",
            ]
        )
    }

    @Test func decodesTheCommandsFileShape() throws {
        // The shape of Content/commands.yml, here as JSON (the site decodes YAML with Yams).
        let json = """
            {
              "ak": {
                "summary": "Authentik's management command.",
                "subcommands": {"create_recovery_key": {"summary": "Makes a one-time admin login link."}}
              },
              "docker": {
                "subcommands": {"run": {"flags": {"--name <name>": "Names it.", "-d": "Background."}}}
              },
              "watch": {"flags_end_at_argument": false}
            }
            """
        let overrides = try JSONDecoder().decode([String: GlossaryEntry].self, from: Data(json.utf8))
        #expect(
            overrides["ak"]
                == GlossaryEntry(
                    summary: "Authentik's management command.",
                    subcommands: ["create_recovery_key": GlossaryEntry(summary: "Makes a one-time admin login link.")]
                )
        )
        #expect(overrides["docker"]?.subcommands["run"]?.flags == ["--name <name>": "Names it.", "-d": "Background."])
        #expect(overrides["watch"] == GlossaryEntry(flagsEndAtArgument: false))
        let glossary = Glossary.builtIn.merging(overrides)
        #expect(
            explain(glossary, "docker run --name web -d nginx").suffix(2) == [
                "--name web: Names it.", "-d: Background.",
            ]
        )
    }
}

@Suite("Glossary.knows and isExplained")
struct GlossaryKnowsTests {
    @Test(arguments: [
        ("docker", true), ("docker-compose", true), ("/usr/bin/docker", true), ("./docker", true),
        ("frobnicate", false), ("", false), ("/", false), ("./backup.sh", false),
    ])
    func knows(program: String, known: Bool) {
        #expect(Glossary.builtIn.knows(program) == known)
    }

    @Test(arguments: [
        ("docker ps", true),
        ("./backup.sh # run the backup", true),
        ("./backup.sh", false),
        ("./backup.sh | tee log", true),
    ])
    func isExplained(block: String, explained: Bool) throws {
        let command = try #require(ExplainBlockParser.parse(block, dialect: .shell).first)
        #expect(Glossary.builtIn.isExplained(command) == explained)
    }
}

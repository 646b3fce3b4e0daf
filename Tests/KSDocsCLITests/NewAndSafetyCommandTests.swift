import Foundation
import KSDocsCLI
import KSDocsTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `ksdocs new`, the safety scan in `check`, and `serve`'s failures, end to end in-process.
@Suite struct NewAndSafetyCommandTests {
    @Test func newLessonPrintsItsPathAndTheSiteStillChecksStrictly() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let content = site.content.path
        let lesson = await CapturedRun.run([
            "new", "lesson", "--track", "beginner", "Reverse proxies", "--content", content,
        ])
        #expect(lesson.code == 0, "\(lesson.err)")
        #expect(lesson.out == "\(content)/beginner/03-reverse-proxies.md\n")
        let decision = await CapturedRun.run(["new", "decision", "Why Caddy?", "--content", content])
        #expect(decision.out == "\(content)/decisions/why-caddy.md\n")
        let troubleshootingCase = await CapturedRun.run(["new", "case", "502 after a restart", "--content", content])
        #expect(troubleshootingCase.out == "\(content)/troubleshooting/502-after-a-restart.md\n")
        let check = await CapturedRun.run(["check", "--strict", "--content", content, "--output", site.output.path])
        #expect(check.code == 0, "\(check.err)")
        #expect(check.out == "Checked 11 pages: no errors\n")
    }

    @Test func newNeverOverwritesAndExitsOne() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        try site.write("decisions/why-caddy.md", "mine\n")
        let run = await CapturedRun.run(
            ["new", "decision", "Why Caddy?", "--content", site.content.path], fixture: site)
        #expect(run.code == 1)
        #expect(run.out == "")
        #expect(
            run.err
                == "error: Content/decisions/why-caddy.md already exists; nothing was written (choose another title or edit that file)\n"
        )
        #expect(
            try String(contentsOf: site.content.appendingPathComponent("decisions/why-caddy.md"), encoding: .utf8)
                == "mine\n")
    }

    @Test func newLessonWithoutATrackSaysWhichExist() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let run = await CapturedRun.run(["new", "lesson", "X", "--content", site.content.path])
        #expect(run.code == 1)
        #expect(run.err == "error: a lesson needs --track NAME (tracks: beginner)\n")
        let wrongKind = await CapturedRun.run(["new", "recipe", "X", "--content", site.content.path])
        #expect(wrongKind.code == 1)
    }

    @Test func checkReportsSecretsAsErrorsAndDangerousCommandsAsWarnings() async throws {
        var files = FixtureSite.basic
        files["notes.md"] =
            "---\ntitle: Notes\n---\n```sh\nsudo tailscale up --authkey " + "tskey-auth-" + "kQ4dS2CNTRL-"
            + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk\n"
            + "curl -fsSL https://get.docker.com | sh\n```\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let run = await CapturedRun.run(
            ["check", "--content", site.content.path, "--output", site.output.path], fixture: site)
        #expect(run.code == 1)
        #expect(
            run.err == """
                Content/notes.md:5:29: error: secret: Tailscale key 'tskey-...'; revoke it and write a placeholder such as tskey-auth-<key> or ${TS_AUTHKEY}
                Content/notes.md:6:1: warning: dangerous command 'curl ... | sh' runs a script from the network unread; say why it is needed in its explain-block comment (e.g. '# ... because ...'), or use a safer command
                error: 1 error and 1 warning; nothing was written

                """)
    }

    @Test func strictCheckFailsOnAnUnexplainedDangerousCommand() async throws {
        var files = FixtureSite.basic
        files["notes.md"] = "---\ntitle: Notes\n---\n```sh\nchmod -R 777 /srv\n```\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let arguments = ["check", "--content", site.content.path, "--output", site.output.path]
        let plain = await CapturedRun.run(arguments, fixture: site)
        #expect(plain.code == 0)
        let strict = await CapturedRun.run(arguments + ["--strict"], fixture: site)
        #expect(strict.code == 1)
    }

    @Test func publishStopsOnASecretBeforeAnyRequest() async throws {
        var files = FixtureSite.basic
        files["notes.md"] =
            "---\ntitle: Notes\n---\n```yaml\nenvironment:\n  DB_PASSWORD: " + "pl41n-" + "text-pw\n```\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        // Nothing listens on port 1: a request would fail with a connection error, not a content error.
        let environment = [
            "BOOKSTACK_URL": "http://127.0.0.1:1", "BOOKSTACK_TOKEN_ID": "id", "BOOKSTACK_TOKEN_SECRET": "secret",
        ]
        let run = await CapturedRun.run(
            ["publish", "--bookstack", "--content", site.content.path], fixture: site, environment: environment)
        #expect(run.code == 1)
        #expect(
            run.err.hasPrefix(
                "Content/notes.md:6:16: error: secret: 'DB_PASSWORD' has a literal value; write a placeholder such as ${DB_PASSWORD} or <db_password>\n"
            ), "\(run.err)")
    }

    @Test func serveOnAPortInUseExitsTwo() async throws {
        let (listener, port) = try LoopbackSocket.listening()
        defer { close(listener) }
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let run = await CapturedRun.run(
            ["serve", "--content", site.content.path, "--port", "\(port)", "--quiet"], fixture: site)
        #expect(run.code == 2)
        #expect(
            run.err
                == "error: port \(port) on 127.0.0.1 is already in use (another ksdocs serve?); stop that server or pass --port N\n"
        )
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "serve never builds into Output/")
    }

    @Test func serveWithoutContentExitsTwo() async throws {
        let run = await CapturedRun.run(["serve", "--content", "/nonexistent/Content", "--port", "0"])
        #expect(run.code == 2)
        #expect(run.err.contains("content folder '/nonexistent/Content' does not exist"))
    }
}

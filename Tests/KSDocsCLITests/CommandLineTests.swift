import Foundation
import KSDocsCLI
import KSDocsTestSupport
import Testing

/// Runs `ksdocs` in-process with captured output.
struct CapturedRun {
    let code: Int32
    let out: String
    let err: String

    static func run(_ arguments: [String], fixture: FixtureSite? = nil, environment: [String: String] = [:]) async
        -> CapturedRun
    {
        let out = Buffer()
        let err = Buffer()
        let console = Console(
            colour: false, environment: environment, out: { out.append($0) }, error: { err.append($0) })
        let code = await KSDocs.main(arguments: arguments, console: console)
        var text = (out.text, err.text)
        if let fixture {
            text.0 = text.0.replacingOccurrences(of: fixture.root.path + "/", with: "")
            text.1 = text.1.replacingOccurrences(of: fixture.root.path + "/", with: "")
        }
        return CapturedRun(code: code, out: text.0, err: text.1)
    }

    final class Buffer: @unchecked Sendable {
        private let lock = NSLock()
        private var storage = ""
        func append(_ text: String) { lock.withLock { storage += text } }
        var text: String { lock.withLock { storage } }
    }
}

@Suite struct CommandLineTests {
    func arguments(_ command: String, _ site: FixtureSite, _ extra: [String] = []) -> [String] {
        [command, "--content", site.content.path, "--output", site.output.path] + extra
    }

    @Test func buildSaysWhatItWrote() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let run = await CapturedRun.run(arguments("build", site), fixture: site)
        #expect(run.code == 0)
        #expect(run.err == "")
        #expect(
            run.out.range(
                of: #"^Built 4 pages \(\d+ files\) into Output/ in \d+\.\d\d s\n$"#, options: .regularExpression)
                != nil, "\(run.out)")
        #expect(site.exists("beginner/01-first/index.html"))
    }

    @Test func contentErrorsExitOneWithEveryDiagnostic() async throws {
        var files = FixtureSite.basic
        files["beginner/01-first.md"] = "---\ntitle: First\ntime: soon\n---\n[x](nope.md)\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let run = await CapturedRun.run(arguments("build", site), fixture: site)
        #expect(run.code == 1)
        #expect(
            run.err == """
                Content/beginner/01-first.md:3:7: error: front matter: 'time' must look like 45m, 1h30m or 90 (minutes), got "soon"
                Content/beginner/01-first.md:5:1: error: link to missing page 'nope.md'
                error: 2 errors; nothing was written

                """)
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }

    /// check is load and validate: links and anchors are checked without a theme or any rendering.
    @Test func checkNeedsNoThemeAndStillChecksLinks() async throws {
        var files = FixtureSite.basic
        files["notes.md"] = "# Notes\n\nSee [the guide](guide/) and [setup](beginner/01-first.md#no-such-heading).\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let templates = site.root.appendingPathComponent("themes/kitestacks/templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("{{#unclosed}}".utf8).write(to: templates.appendingPathComponent("page.mustache"))
        let check = await CapturedRun.run(arguments("check", site), fixture: site)
        #expect(check.code == 1)
        let lines = check.err.split(separator: "\n").map(String.init)
        #expect(
            lines.contains { $0.hasPrefix("Content/notes.md:3:5: error: link to missing page 'guide/'") }, "\(lines)")
        #expect(
            lines.contains { $0.hasPrefix("Content/notes.md:3:29: error: link to missing anchor '#no-such-heading'") },
            "\(lines)")
        #expect(!check.err.contains("mustache"), "check reads no theme")
        let unknown = await CapturedRun.run(arguments("check", site, ["--theme", "nosuch"]), fixture: site)
        #expect(unknown.err.contains("theme 'nosuch' not found (available: kitestacks, paper)"), "\(unknown.err)")
    }

    @Test func checkWritesNothingAndStrictFailsOnWarnings() async throws {
        var files = FixtureSite.basic
        files["notes.md"] = "---\ntitle: Notes\ntiem: 5\n---\nBody\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let check = await CapturedRun.run(arguments("check", site), fixture: site)
        #expect(check.code == 0)
        #expect(check.out == "Checked 5 pages: no errors (1 warning)\n")
        #expect(check.err == "Content/notes.md:3:1: warning: front matter: unknown key 'tiem' on pages\n")
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
        let strict = await CapturedRun.run(arguments("check", site, ["--strict"]), fixture: site)
        #expect(strict.code == 1)
        #expect(strict.err.hasSuffix("error: 0 errors and 1 warning; nothing was written\n"))
    }

    @Test func missingContentExitsTwoWithAHint() async throws {
        let site = try FixtureSite([:])
        defer { site.remove() }
        try FileManager.default.removeItem(at: site.content)
        let run = await CapturedRun.run(arguments("build", site), fixture: site)
        #expect(run.code == 2)
        #expect(run.err.hasPrefix("error: content folder '"))
        #expect(run.err.contains("does not exist; run ksdocs where a Content/ folder is, or pass --content DIR"))
    }

    @Test func unknownThemeExitsTwo() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let run = await CapturedRun.run(arguments("build", site, ["--theme", "neon"]), fixture: site)
        #expect(run.code == 2)
        #expect(run.err.contains("theme 'neon' not found"))
    }

    @Test func usageErrorsExitOne() async {
        let run = await CapturedRun.run(["build", "--no-such-flag"])
        #expect(run.code == 1)
        #expect(run.err.contains("Unknown option '--no-such-flag'"))
    }

    @Test func versionAndHelpExitZero() async {
        let version = await CapturedRun.run(["--version"])
        #expect(version.code == 0)
        #expect(version.out == KSDocs.version + "\n")
        let help = await CapturedRun.run(["--help"])
        #expect(help.code == 0)
        #expect(help.out.contains("build"))
        #expect(help.out.contains("check"))
    }

    @Test func quietHidesWarningsAndTheSummary() async throws {
        var files = FixtureSite.basic
        files["notes.md"] = "---\ntitle: Notes\ntiem: 5\n---\nBody\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let run = await CapturedRun.run(arguments("build", site, ["--quiet"]), fixture: site)
        #expect(run.code == 0)
        #expect(run.out == "")
        #expect(run.err == "")
    }
}

@Suite struct ThemeCommandTests {
    @Test func listNamesTheBuiltInThemes() async {
        let run = await CapturedRun.run(["theme", "list"])
        #expect(run.code == 0)
        #expect(run.out == "kitestacks\npaper (extends kitestacks)\n")
    }

    @Test func exportWritesATheme() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-theme-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = await CapturedRun.run(["theme", "export", "paper", folder.path])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out == "Wrote 2 files of theme 'paper' into \(folder.path)/\n")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("assets/css/site.css").path))
        let unknown = await CapturedRun.run(["theme", "export", "nope"])
        #expect(unknown.code == 1)
        #expect(unknown.err.contains("no built-in theme 'nope' (built in: kitestacks, paper)"))
    }
}

@Suite struct InitCommandTests {
    @Test func initMakesASiteThatBuildsStrictAndNeverOverwrites() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-init-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let site = root.appendingPathComponent("site").path
        let run = await CapturedRun.run(["init", site])
        #expect(run.code == 0, "\(run.err)")
        #expect(run.out.contains("\(site)/Content/site.yml\n"))
        #expect(
            run.out.hasSuffix(
                "Created a site in \(site)/Content/; build it with: ksdocs build --content \(site)/Content\n"))
        let output = root.appendingPathComponent("Output").path
        let build = await CapturedRun.run(["build", "--strict", "--content", site + "/Content", "--output", output])
        #expect(build.code == 0, "\(build.err)")
        #expect(build.err.isEmpty, "\(build.err)")
        let home = try String(contentsOf: URL(fileURLWithPath: output + "/index.html"), encoding: .utf8)
        #expect(home.contains("<title>My Docs</title>"))
        for page in ["guide/01-first-steps", "decisions/why-a-docs-site", "troubleshooting/build-fails-after-an-edit"] {
            #expect(FileManager.default.fileExists(atPath: output + "/\(page)/index.html"), "\(page)")
        }
        let yml = site + "/Content/site.yml"
        try Data("title: Mine\n".utf8).write(to: URL(fileURLWithPath: yml))
        let again = await CapturedRun.run(["init", site])
        #expect(again.code == 1)
        #expect(try String(contentsOfFile: yml, encoding: .utf8) == "title: Mine\n")
    }
}

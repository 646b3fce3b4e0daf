import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// `ksdocs new`: file names, numbering, front matter that builds, no overwriting.
@Suite struct ScaffoldTests {
    static let today = Date(timeIntervalSince1970: 1_795_000_000)  // 2026-11-18

    func scaffolder(_ site: FixtureSite) -> Scaffolder {
        Scaffolder(contentRoot: site.content, display: "Content", today: Self.today)
    }

    @Test func lessonGetsTheNextNumberAndASlug() throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let path = try scaffolder(site).create(.lesson, title: "Tailscale: the Second Host!", track: "beginner")
        #expect(path == "Content/beginner/03-tailscale-the-second-host.md")
        let text = try String(
            contentsOf: site.content.appendingPathComponent("beginner/03-tailscale-the-second-host.md"), encoding: .utf8
        )
        #expect(text.hasPrefix("---\ntitle: \"Tailscale: the Second Host!\"\nsummary: "))
        #expect(text.contains("updated: 2026-11-18\n"))
        #expect(text.contains("```sh explain\n"))
    }

    @Test func numberingKeepsTheFoldersWidth() throws {
        var files = FixtureSite.basic
        files["beginner/009-ninth.md"] = "# Ninth\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        #expect(
            try scaffolder(site).create(.lesson, title: "Tenth", track: "beginner") == "Content/beginner/010-tenth.md")
    }

    @Test func decisionAndCaseGoToTheirFolders() throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        #expect(try scaffolder(site).create(.decision, title: "Why Forgejo?") == "Content/decisions/why-forgejo.md")
        #expect(
            try scaffolder(site).create(.case, title: "SSO says invalid_grant half the time")
                == "Content/troubleshooting/sso-says-invalid-grant-half-the-time.md")
        let decision = try String(
            contentsOf: site.content.appendingPathComponent("decisions/why-forgejo.md"), encoding: .utf8)
        for section in [
            "## Problem", "## Options considered", "## Decision", "## Why", "## The tradeoff", "> [!INTERVIEW]",
        ] {
            #expect(decision.contains(section + "\n"), "\(section)")
        }
        #expect(decision.contains("status: proposed\ndate: 2026-11-18\n"))
        let troubleshootingCase = try String(
            contentsOf: site.content.appendingPathComponent("troubleshooting/sso-says-invalid-grant-half-the-time.md"),
            encoding: .utf8)
        for section in [
            "## What happened", "## Root cause", "## Fix", "## How to prevent", "symptom: ", "cause: ",
            "severity: medium",
        ] {
            #expect(troubleshootingCase.contains(section), "\(section)")
        }
    }

    @Test func newFilesBuildWithoutErrorsOrWarnings() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try scaffolder(site).create(.lesson, title: "Docker \"and\" Compose", track: "beginner")
        _ = try scaffolder(site).create(.decision, title: "Why Docker?")
        _ = try scaffolder(site).create(.case, title: "Grafana shows no data")
        let report = try await site.build { $0.strict = true }.get()
        #expect(report.diagnostics == [])
        #expect(site.exists("beginner/03-docker-and-compose/index.html"))
        #expect(site.exists("decisions/why-docker/index.html"))
        #expect(site.exists("troubleshooting/grafana-shows-no-data/index.html"))
    }

    @Test func neverOverwrites() throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        try site.write("decisions/why-forgejo.md", "mine\n")
        #expect(throws: ScaffoldError.self) { try scaffolder(site).create(.decision, title: "Why Forgejo?") }
        let kept = try String(
            contentsOf: site.content.appendingPathComponent("decisions/why-forgejo.md"), encoding: .utf8)
        #expect(kept == "mine\n")
    }

    @Test func lessonsNeedAnExistingTrack() throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        do {
            _ = try scaffolder(site).create(.lesson, title: "X", track: "expert")
            Issue.record("expected an error")
        } catch {
            #expect(error.description == "no track 'expert': a track is a folder with _track.yml (tracks: beginner)")
        }
    }
}

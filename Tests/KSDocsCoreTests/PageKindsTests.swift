import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// End-to-end: decisions, troubleshooting cases, the roadmap, services, interview
/// prep, the command reference and explain blocks, built from a fixture site.
@Suite struct PageKindsTests {
    static let files: [String: String] = [
        "site.yml": "title: Kinds\nbase_url: https://docs.example.org/\n",
        "index.md": "# Home\n",
        "services.yml": """
        - id: forgejo
          name: Forgejo
          url: https://git.example.org
          hosts: [monk, kscloud1]
          sso: oidc
          database: shared Postgres
          data_shared: true
          notes: Git hosting.
        - id: portal
          name: Portal
          hosts: [monk]
          sso: forward-auth
          data_shared: false
        """,
        "commands.yml": """
        ks-backup:
          summary: The KiteStacks backup script.
          flags:
            "--dry-run": Show what would be copied.
        docker:
          summary: Overridden Docker summary.
        """,
        "beginner/_track.yml": "title: Beginner\n",
        "beginner/01-git.md": """
        ---
        title: Git basics
        services: [forgejo]
        exam_objectives: ["220-1202:1.0"]
        ---
        ## Cloning

        ```sh explain
        # Copy the repository
        git clone https://git.example.org/kite/lab.git
        docker compose up -d   # start everything
        sudo ks-backup --dry-run
        ```

        ## In an interview

        > [!INTERVIEW]
        > I host Git on Forgejo with "SSO" and	tabs.

        > [!AI]
        > Ask: what does git clone do?
        """,
        "decisions/why-forgejo.md": """
        ---
        title: Why Forgejo?
        decision: Forgejo on the shared Postgres
        status: accepted
        date: 2026-01-15
        options: [Gitea, Forgejo, GitLab]
        services: [forgejo]
        ---
        ## Problem

        Git hosting.

        > [!INTERVIEW]
        > Forgejo is light and community-run.
        """,
        "troubleshooting/repos-missing.md": """
        ---
        title: Repositories missing on the other host
        symptom: A repository shows on monk but not on kscloud1
        cause: Repository files live on each host's disk
        services: [forgejo]
        hosts: [monk, kscloud1]
        severity: high
        ---
        ## Fix

        ```sh explain
        # Copy the repositories across
        rsync -a /srv/forgejo/ kscloud1:/srv/forgejo/
        ```
        """,
        "roadmap.md": """
        ---
        title: Roadmap
        certifications:
          - name: CompTIA A+ Core 2
            code: "220-1202"
            status: scheduled
            date: 2026-07-07
            prepares: [beginner/01-git]
            objectives:
              - id: "1.0"
                title: Operating Systems
              - id: "2.0"
                title: Security
        ---
        The plan.

        ## After that

        More certifications.
        """,
    ]

    func build(_ files: [String: String] = Self.files) async throws -> FixtureSite {
        let site = try FixtureSite(files)
        let report = try await site.build { $0.today = "2026-06-27" }.get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        return site
    }

    @Test func decisionPagesAndTheirIndex() async throws {
        let site = try await build()
        defer { site.remove() }
        let index = try site.read("decisions/index.html")
        #expect(
            index.contains(
                "<a href=\"why-forgejo/\">Why Forgejo?</a> <span aria-hidden=\"true\">→</span> <span class=\"decision-answer\">Forgejo on the shared Postgres</span>"
            ))
        let page = try site.read("decisions/why-forgejo/index.html")
        #expect(page.contains("<span class=\"status status-accepted\">accepted</span> · 2026-01-15"))
        #expect(page.contains("<li>GitLab</li>"))
    }

    @Test func casesAreFilterableByService() async throws {
        let site = try await build()
        defer { site.remove() }
        let index = try site.read("troubleshooting/index.html")
        #expect(index.contains("<li class=\"case-item card\" data-services=\"forgejo\">"))
        #expect(index.contains("data-filter=\"forgejo\" aria-pressed=\"false\">Forgejo</button>"))
        let page = try site.read("troubleshooting/repos-missing/index.html")
        #expect(page.contains("<dt>Symptom</dt><dd>A repository shows on monk but not on kscloud1</dd>"))
        #expect(page.contains("<dd><a href=\"../../services/forgejo/\">Forgejo</a> </dd>"))
    }

    @Test func roadmapShowsDaysToGoAndCoverage() async throws {
        let site = try await build()
        defer { site.remove() }
        let page = try site.read("roadmap/index.html")
        #expect(page.contains("<span class=\"days-to-go\" data-date=\"2026-07-07\">in 10 days</span>"))
        #expect(page.contains("<caption>Exam objectives covered: 1 of 2</caption>"))
        #expect(
            page.contains(
                "<tr class=\"covered\"><td>1.0</td><td>Operating Systems</td><td><ul class=\"cell-links\"><li><a href=\"../beginner/01-git/\">Git basics</a></li></ul></td></tr>"
            ))
        #expect(
            page.contains(
                "<tr class=\"uncovered\"><td>2.0</td><td>Security</td><td><strong class=\"uncovered-label\">not covered yet</strong></td></tr>"
            ))
        #expect(page.contains("Prepared by: <a href=\"../beginner/01-git/\">Git basics</a></p>"), "no trailing comma")
        // The table of contents lists the page's headings and every certification.
        let toc = try #require(page.range(of: "<nav class=\"toc\"").map { String(page[$0.lowerBound...]) })
        #expect(
            toc.contains(
                "<li><a href=\"#after-that\">After that</a></li>\n<li><a href=\"#cert-220-1202\">CompTIA A+ Core 2</a></li>"
            ))
        #expect(page.contains("<h2 id=\"cert-220-1202\">"))
    }

    @Test func servicesCatalogAndBackLinks() async throws {
        let site = try await build()
        defer { site.remove() }
        let catalog = try site.read("services/index.html")
        #expect(
            catalog.contains(
                "<tr><td><a href=\"forgejo/\">Forgejo</a></td><td>monk, kscloud1</td><td>oidc</td><td>shared Postgres</td><td>yes</td></tr>"
            ))
        let forgejo = try site.read("services/forgejo/index.html")
        #expect(forgejo.contains("<li><a href=\"../\">Services</a></li>"), "the catalog is in the breadcrumbs")
        for (group, link) in [
            ("Lessons", "../../beginner/01-git/"), ("Decisions", "../../decisions/why-forgejo/"),
            ("Troubleshooting cases", "../../troubleshooting/repos-missing/"),
        ] {
            #expect(forgejo.contains("<h2>\(group)</h2>"))
            #expect(forgejo.contains("<a href=\"\(link)\">"))
        }
        #expect(try site.read("services/portal/index.html").contains("No page names this service yet."))
    }

    @Test func interviewPrepAndAnkiFile() async throws {
        let site = try await build()
        defer { site.remove() }
        let page = try site.read("interview/index.html")
        #expect(page.contains("<summary>Why Forgejo?</summary>"))
        #expect(page.contains("<p><strong>Decision:</strong> Forgejo on the shared Postgres</p>"))
        #expect(
            page.contains(
                "<summary>What causes “A repository shows on monk but not on kscloud1” and how do you fix it?</summary>"
            ))
        #expect(page.contains("<summary>Explain Git basics as you would in an interview.</summary>"))
        #expect(page.contains("From <a href=\"../beginner/01-git/#in-an-interview\">Git basics</a>"))

        let tsv = try site.read("interview/flashcards.tsv")
        let lines = tsv.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.prefix(6) == [
                "#separator:tab", "#html:true", "#notetype:Basic", "#deck:Kinds interview prep", "#guid column:1",
                "#tags column:4",
            ])
        let notes = lines.dropFirst(6).filter { !$0.isEmpty }
        #expect(notes.count == 3)
        for note in notes {
            #expect(note.split(separator: "\t", omittingEmptySubsequences: false).count == 4, "\(note)")
            #expect(!note.contains("\""))
        }
        let lesson = try #require(notes.first { $0.contains("Git basics") })
        #expect(lesson.contains("<p>I host Git on Forgejo with &quot;SSO&quot; and&#9;tabs.</p>"))
        #expect(lesson.hasSuffix("\tksdocs beginner"))
        let fix = try #require(notes.first { $0.contains("repository shows") })
        #expect(
            fix.contains(
                "<li><code>rsync -a /srv/forgejo/ kscloud1:/srv/forgejo/</code> — Copy the repositories across</li>"))
    }

    @Test func cardIdsSurviveTextEdits() async throws {
        let first = try await build()
        defer { first.remove() }
        var edited = Self.files
        edited["decisions/why-forgejo.md"] = edited["decisions/why-forgejo.md"]?
            .replacingOccurrences(of: "title: Why Forgejo?", with: "title: Why Forgejo and not Gitea?")
        edited["beginner/01-git.md"] = edited["beginner/01-git.md"]?
            .replacingOccurrences(of: "I host Git", with: "We host Git")
        let second = try await build(edited)
        defer { second.remove() }
        func guids(_ site: FixtureSite) throws -> [String] {
            try site.read("interview/flashcards.tsv").split(separator: "\n").dropFirst(6)
                .map { String($0.split(separator: "\t")[0]) }
        }
        #expect(try guids(first) == guids(second))
        #expect(try first.read("interview/flashcards.tsv") != second.read("interview/flashcards.tsv"))
    }

    @Test func explainBlocksAndTheCommandReference() async throws {
        let site = try await build()
        defer { site.remove() }
        let lesson = try site.read("beginner/01-git/index.html")
        #expect(lesson.contains("<ol class=\"explain-steps\">"))
        #expect(lesson.components(separatedBy: "<li class=\"explain-step\">").count == 4)
        #expect(lesson.contains("<p class=\"explain-text\">Copy the repository</p>"))
        #expect(lesson.contains("<p class=\"explain-text\">start everything</p>"))
        #expect(lesson.contains("<code>docker</code></dt><dd>Overridden Docker summary.</dd>"))
        #expect(lesson.contains("<code>--dry-run</code></dt><dd>Show what would be copied.</dd>"))
        #expect(lesson.contains("<code>-d</code></dt>"))
        #expect(
            lesson.contains(
                "<button type=\"button\" class=\"copy-button\" data-copy=\"git clone https://git.example.org/kite/lab.git\" hidden>Copy</button>"
            ))
        #expect(
            lesson.contains(
                "<p class=\"time-estimate\" title=\"Estimated time\">~10 min · reading 1 min · hands-on 9 min</p>"))

        let reference = try site.read("commands/index.html")
        #expect(reference.contains("<h2 id=\"tool-docker\"><code>docker</code> <span class=\"meta\">(1)</span></h2>"))
        #expect(reference.contains("<h2 id=\"tool-ks-backup\"><code>ks-backup</code>"))
        #expect(reference.contains("<p>The KiteStacks backup script.</p>"))
        #expect(reference.contains("Used in: <a href=\"../beginner/01-git/\">Git basics</a>"))
        #expect(reference.contains("<h2 id=\"tool-rsync\">"))
    }

    @Test func homeLinksToTheStudyPages() async throws {
        let site = try await build()
        defer { site.remove() }
        let home = try site.read("index.html")
        for link in ["roadmap/", "services/", "interview/", "commands/"] {
            #expect(home.contains("<a href=\"\(link)\">"), "home lacks \(link)")
        }
    }

    func errors(_ change: [String: String]) async throws -> [String] {
        var files = Self.files
        files.merge(change) { _, new in new }
        let site = try FixtureSite(files)
        defer { site.remove() }
        let result = await site.build {
            $0.strict = true
            $0.today = "2026-01-01"  // before the fixture roadmap's dates
        }
        return site.errors(of: result)
    }

    @Test func invalidValuesAreReportedWithTheirLine() async throws {
        let errors = try await errors([
            "decisions/why-forgejo.md":
                "---\ntitle: Why?\nstatus: maybe\ndate: 15/01/2026\nservices: [forgejoo]\n---\nNo callout.\n",
            "troubleshooting/repos-missing.md": "---\ntitle: Case\nseverity: bad\nhosts: [mars]\n---\nx\n",
        ])
        #expect(
            errors == [
                "Content/decisions/why-forgejo.md:1:1: warning: decision has no '> [!INTERVIEW]' callout; add what you would say about it in an interview",
                "Content/decisions/why-forgejo.md:3:9: error: front matter: 'status' must be one of proposed, accepted, superseded, got \"maybe\"",
                "Content/decisions/why-forgejo.md:4:7: error: front matter: 'date' must be a date written YYYY-MM-DD, got \"15/01/2026\"",
                "Content/decisions/why-forgejo.md:5:12: error: front matter: unknown service 'forgejoo'; services.yml defines forgejo, portal; did you mean 'forgejo'?",
                "Content/troubleshooting/repos-missing.md:3:11: error: front matter: 'severity' must be one of low, medium, high, critical, got \"bad\"",
                "Content/troubleshooting/repos-missing.md:4:9: error: front matter: unknown host 'mars'; services.yml names kscloud1, monk",
            ])
    }

    @Test func roadmapReferencesAreChecked() async throws {
        let errors = try await errors([
            "roadmap.md":
                "---\ntitle: Roadmap\ncertifications:\n  - name: A+\n    code: \"220-1202\"\n    status: booked\n    prepares: [beginner/01-gti]\n    objectives:\n      - id: \"2.0\"\n        title: Security\n---\n"
        ])
        #expect(
            errors == [
                "Content/beginner/01-git.md:4:19: error: front matter: exam objective '220-1202:1.0' is not defined in roadmap.md's certifications; did you mean '220-1202:2.0'?",
                "Content/roadmap.md:6:13: error: front matter: certifications: 'status' must be one of passed, scheduled, studying, planned, got \"booked\"",
                "Content/roadmap.md:7:16: error: front matter: 'A+' prepares 'beginner/01-gti', which is not a lesson; did you mean 'beginner/01-git'?",
            ])
    }
}

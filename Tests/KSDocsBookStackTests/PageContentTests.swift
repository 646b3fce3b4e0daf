import BookStackTestServer
import Foundation
import KSDocsCommands
import KSDocsCore
import KSDocsMarkdown
import KSDocsTestSupport
import Testing

@testable import KSDocsBookStack

/// BookStack pages carry what the web pages carry (a lesson's time, prerequisites and objectives;
/// a decision's status and decision; a case's summary), in BookStack's own HTML: a fixture site
/// is published to the test server and the HTML the server received is read back.
@Suite struct PageContentTests {
    static let own = "https://wiki.kitestacks.example"

    static let files: [String: String] = [
        "site.yml": "title: Fixture Docs\nbase_url: https://docs.example.org/\n",
        "index.md": "---\ntitle: Welcome\n---\nStart with the [first lesson](beginner/01-first.md).\n",
        "services.yml": """
        - id: forgejo
          name: Forgejo
          hosts: [monk, kscloud1]
          sso: oidc
          data_shared: false
        """,
        "beginner/_track.yml": "title: Beginner\nsummary: Start here.\norder: 1\n",
        "beginner/01-first.md": """
        ---
        title: First lesson
        time: 15m
        objectives:
          - Start a stack & read its logs
        ---
        ## Run it

        ```sh explain
        # Start the stack
        docker compose up -d
        # Add a sign-in source
        forgejo admin auth add-oauth \\
          --name authentik
        ```

        ## Checkpoint

        > [!INTERVIEW]
        > How do you start a stack?
        >
        > With Compose, then [check it](02-second.md#check):
        >
        > ```sh explain
        > # Follow the logs
        > docker compose logs -f
        > ```
        """,
        "beginner/02-second.md": """
        ---
        title: Second lesson
        prerequisites: [01-first]
        objectives: [Check a stack, Read a log]
        ---
        ## Check

        Text.

        > [!TIP]
        > Outer tip with a [link](01-first.md).
        >
        > > [!CAUTION]
        > > Inner caution.
        """,
        "decisions/_section.yml": "title: Decisions\nkind: decisions\n",
        "decisions/why-x.md": """
        ---
        title: Why X?
        decision: Use X for everything
        status: accepted
        date: 2026-11-01
        options: [X, Y]
        services: [forgejo]
        ---
        ## Why

        Because.
        """,
        "troubleshooting/_section.yml": "title: Cases\nkind: cases\n",
        "troubleshooting/broken.md": """
        ---
        title: Logins fail half the time
        symptom: Every other login fails with invalid_grant.
        cause: Two instances with different keys.
        severity: high
        hosts: [monk, kscloud1]
        services: [forgejo]
        ---
        ## Fix

        Use one key.
        """,
    ]

    /// The fixture published to a test server that calls itself `own`; the pages it holds, by name.
    func published() async throws -> (site: Site, pages: [String: String], ids: [String: Int]) {
        let fixture = try FixtureSite(Self.files, withTheme: false)
        defer { fixture.remove() }
        let result = await fixture.build { options in
            options.writeOutput = false
            options.strict = false
            options.checksOutputFolder = false
        }
        #expect(fixture.errors(of: result) == [])
        let report = try result.get()
        let mapped = BookStackSiteMapper.map(report.site, contentRoot: fixture.content)
        return try await withServer(appURL: Self.own) { server in
            _ = try await publish(mapped, to: server)
            let pages = await server.state.all("page")
            let html = Dictionary(uniqueKeysWithValues: pages.map { ($0.name, $0.html) })
            let ids = Dictionary(
                uniqueKeysWithValues: pages.compactMap { page in
                    page.tag("ksdocs-source").map { ($0, page.id) }
                })
            return (report.site, html, ids)
        }
    }

    @Test func aLessonStartsWithItsTimePrerequisitesAndObjectives() async throws {
        let (site, pages, ids) = try await published()
        let first = try #require(pages["First lesson"])
        let label = try #require(site.page(source: "beginner/01-first.md")?.time.label)
        #expect(label.hasPrefix("~15 min · reading "))
        #expect(first.hasPrefix("<p><strong>Time:</strong> \(label)</p>\n"))
        #expect(
            first.contains(
                "<h4 id=\"bkmrk-you-will-learn\">You will learn</h4>\n<ul>\n<li>Start a stack &amp; read its logs</li>\n</ul>\n"
            ))
        let second = try #require(pages["Second lesson"])
        let firstID = try #require(ids["beginner/01-first.md"])
        #expect(
            second.contains(
                "<h4 id=\"bkmrk-before-you-start\">Before you start</h4>\n<ul>\n<li><a href=\"\(Self.own)/link/\(firstID)\">First lesson</a></li>\n</ul>\n"
            ), "\(second)")
        #expect(second.contains("<ul>\n<li>Check a stack</li>\n<li>Read a log</li>\n</ul>\n"))
    }

    @Test func aDecisionShowsItsStatusDateAndDecision() async throws {
        let (_, pages, ids) = try await published()
        let decision = try #require(pages["Why X?"])
        #expect(
            decision.hasPrefix(
                "<p class=\"callout success\"><strong>Status:</strong> accepted · 2026-11-01<br><strong>Decision:</strong> Use X for everything</p>\n"
            ), "\(decision)")
        #expect(decision.contains("<ul>\n<li>X</li>\n<li>Y</li>\n</ul>"))
        let services = try #require(ids["generated:services"])
        #expect(
            decision.hasSuffix(
                "<p><strong>Services:</strong> <a href=\"\(Self.own)/link/\(services)#bkmrk-service-forgejo\">Forgejo</a></p>\n"
            ))
        #expect(try #require(pages["Services"]).contains("<tr id=\"bkmrk-service-forgejo\">"))
    }

    @Test func aCaseStartsWithItsSummary() async throws {
        let (_, pages, ids) = try await published()
        let page = try #require(pages["Logins fail half the time"])
        let services = try #require(ids["generated:services"])
        #expect(
            page.hasPrefix(
                "<p class=\"callout danger\"><strong>Symptom:</strong> Every other login fails with invalid_grant.<br>"
                    + "<strong>Cause:</strong> Two instances with different keys.<br><strong>Severity:</strong> high<br>"
                    + "<strong>Hosts:</strong> monk, kscloud1<br><strong>Services:</strong> "
                    + "<a href=\"\(Self.own)/link/\(services)#bkmrk-service-forgejo\">Forgejo</a></p>\n"), "\(page)")
    }

    @Test func explainBlocksAreTablesWithANarrowStepColumnAndCommandsInFull() async throws {
        let (_, pages, _) = try await published()
        let first = try #require(pages["First lesson"])
        #expect(first.contains("<colgroup><col style=\"width: 2.5em;\"><col style=\"width: 45%;\"><col></colgroup>"))
        #expect(first.contains("<thead><tr><th>#</th><th>Command</th><th>What it does</th></tr></thead>"))
        #expect(first.contains("<tr><td>1</td><td><code>docker compose up -d</code></td><td>Start the stack<br>"))
        #expect(first.contains("<td><code>forgejo admin auth add-oauth \\<br>  --name authentik</code></td>"))
        // No <pre> in a table: BookStack would give it a line-number gutter and clip it.
        #expect(!first.contains("<pre"))
    }

    @Test func thePagesCarryNoSiteMarkupAndTheInterviewPageIsBookStackHTML() async throws {
        let (_, pages, ids) = try await published()
        for (name, html) in pages {
            for match in html.matches(of: /class="([^"]*)"/) {
                let value = String(match.1)
                #expect(
                    value.wholeMatch(of: /callout (info|success|warning|danger)|language-[a-z0-9+-]+/) != nil,
                    "\(name): class=\"\(value)\"")
            }
            #expect(!html.contains("class=\"flashcard") && !html.contains("class=\"explain"), "\(name)")
        }
        let interview = try #require(pages["Interview prep"])
        let first = try #require(ids["beginner/01-first.md"])
        let second = try #require(ids["beginner/02-second.md"])
        #expect(
            interview.contains("<details>\n<summary>How do you start a stack?</summary>\n<p>With Compose, then "),
            "\(interview)")
        #expect(interview.contains("<a href=\"\(Self.own)/link/\(second)#bkmrk-check\">check it</a>"))
        #expect(interview.contains("<tr><td>1</td><td><code>docker compose logs -f</code></td>"))
        #expect(
            interview.contains(
                "<p>From <a href=\"\(Self.own)/link/\(first)#bkmrk-checkpoint\">First lesson</a></p>\n</details>"))
        #expect(interview.contains("<summary>Why X?</summary>\n<p><strong>Decision:</strong> Use X for everything</p>"))
    }

    @Test func calloutsAreRenderedFromThePageModelAsBookStackCallouts() async throws {
        let (_, pages, ids) = try await published()
        let second = try #require(pages["Second lesson"])
        let first = try #require(ids["beginner/01-first.md"])
        #expect(
            second.contains(
                "<p class=\"callout success\"><strong>Tip:</strong> Outer tip with a <a href=\"\(Self.own)/link/\(first)\">link</a>.</p>\n"
                    + "<p class=\"callout danger\"><strong>Caution:</strong> Inner caution.</p>\n"), "\(second)")
        #expect(!second.contains("ksdocs-callout") && !second.contains("[!"))
    }

    /// BookStack gets the page model the loader made, not a second parse of the Markdown: code
    /// plain (no highlighting), callouts, explain blocks, links and images in BookStack's form,
    /// and no placeholder or site markup left.
    @Test func aPageIsPublishedFromTheLoadedModel() async throws {
        let files = [
            "site.yml": "title: Fixture Docs\n",
            "index.md": "---\ntitle: Welcome\n---\nSee [the notes](notes.md).\n",
            "notes.md": """
            ---
            title: Notes
            ---
            ## Setup

            See [the welcome](index.md), [setup](#setup) and ![a pixel](pixel.png).

            ```yaml
            name: "a & b"
            ```

            ```Text
            plain <text> 'quoted'
            ```

            > [!NOTE]
            > Run this first:
            >
            > ```sh
            > ls -la
            > ```

            ```sh explain
            # List the files
            ls -la
            ```
            """,
        ]
        let fixture = try FixtureSite(files, withTheme: false)
        defer { fixture.remove() }
        try fixture.write("pixel.png", pixelPNG)
        let result = await fixture.build { options in
            options.writeOutput = false
            options.checksOutputFolder = false
        }
        #expect(fixture.errors(of: result) == [])
        let report = try result.get()
        let page = try #require(report.site.page(source: "notes.md"))
        #expect(page.markdown.html.contains(BlockPlaceholders.code(0)))
        let mapped = BookStackSiteMapper.map(report.site, contentRoot: fixture.content)
        let (notes, welcomeID) = try await withServer(appURL: Self.own) { server in
            _ = try await publish(mapped, to: server)
            let pages = await server.state.all("page")
            let notes = try #require(pages.first { $0.name == "Notes" }?.html)
            let welcome = try #require(pages.first { $0.name == "Welcome" }?.id)
            return (notes, welcome)
        }
        #expect(notes.hasPrefix("<h2 id=\"bkmrk-setup\">Setup</h2>\n"), "\(notes)")
        #expect(
            notes.contains(
                "<p>See <a href=\"\(Self.own)/link/\(welcomeID)\">the welcome</a>, <a href=\"#bkmrk-setup\">setup</a> and "
                    + "<img src=\"\(Self.own)/uploads/images/gallery/"), "\(notes)")
        #expect(notes.contains("<pre><code class=\"language-yaml\">name: &quot;a &amp; b&quot;\n</code></pre>\n"))
        #expect(notes.contains("<pre><code class=\"language-Text\">plain &lt;text&gt; 'quoted'\n</code></pre>\n"))
        #expect(
            notes.contains(
                "<p class=\"callout info\"><strong>Note:</strong> Run this first:</p>\n"
                    + "<pre><code class=\"language-sh\">ls -la\n</code></pre>\n"), "\(notes)")
        #expect(notes.contains("<tr><td>1</td><td><code>ls -la</code></td><td>List the files"))
        #expect(!notes.contains("ksdocs-"), "\(notes)")
        #expect(!notes.contains("<span") && !notes.contains("hl-"), "\(notes)")
    }

    @Test func theExplainTableMarkup() {
        let commands = [
            ExplainedCommand(command: "ls -l", explanation: "List <files>", line: 1),
            ExplainedCommand(command: "cat a \\\n  b", line: 2, output: "x\ny"),
        ]
        let html = BookStackExplainTable.html(commands, glossary: Glossary(entries: [:]))
        #expect(
            html == """
                <table style="width: 100%;">
                <colgroup><col style="width: 2.5em;"><col style="width: 45%;"><col></colgroup>
                <thead><tr><th>#</th><th>Command</th><th>What it does</th></tr></thead>
                <tbody>
                <tr><td>1</td><td><code>ls -l</code></td><td>List &lt;files&gt;</td></tr>
                <tr><td>2</td><td><code>cat a \\<br>  b</code><br>Output:<br><code>x<br>y</code></td><td></td></tr>
                </tbody>
                </table>

                """)
    }
}

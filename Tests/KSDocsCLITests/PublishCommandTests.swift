import BookStackTestServer
import Foundation
import KSDocsTestSupport
import Testing

/// `ksdocs publish --bookstack` end to end, against the BookStack test server on 127.0.0.1.
@Suite struct PublishCommandTests {
    static let tokenID = "publish-test-token"
    static let secret = "publish-secret-DO-NOT-PRINT-42"

    static let files: [String: String] = {
        var files = FixtureSite.basic
        files["site.yml"] =
            "title: Fixture Docs\nbase_url: https://docs.example.org/\nbookstack:\n  shelf: Fixture\n  site_id: fixture\n"
        files["beginner/01-first.md"] = """
            ---
            title: First lesson
            ---
            ## Step one

            > [!TIP]
            > Read *this*.
            >
            > And this.

            ```sh explain
            # Start the stack
            docker compose up -d
            ```

            ![Map](../images/map.svg) ![Photo](../images/photo.png) and [the second](02-second.md#set-up).
            """
        files["images/map.svg"] = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>"
        files["decisions/why-x.md"] = "---\ntitle: Why X?\ndecision: X\n---\n> [!INTERVIEW]\n> Because.\n"
        return files
    }()

    func run(
        _ arguments: [String], site: FixtureSite, server: BookStackTestServer?, environment: [String: String]? = nil
    )
        async -> CapturedRun
    {
        let env =
            environment ?? [
                "BOOKSTACK_URL": server?.baseURL.absoluteString ?? "", "BOOKSTACK_TOKEN_ID": Self.tokenID,
                "BOOKSTACK_TOKEN_SECRET": Self.secret,
            ]
        return await CapturedRun.run(
            ["publish", "--content", site.content.path] + arguments, fixture: site, environment: env)
    }

    /// A 1×1 PNG.
    static let png =
        Data(
            base64Encoded:
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==")
        ?? Data()

    func withServer(_ body: (BookStackTestServer, FixtureSite) async throws -> Void) async throws {
        let site = try FixtureSite(Self.files)
        try site.write("images/photo.png", Self.png)
        defer { site.remove() }
        let server = try await BookStackTestServer.start(
            TestServerConfiguration(tokens: [APIToken(id: Self.tokenID, secret: Self.secret)]))
        do {
            try await body(server, site)
            await server.stop()
        } catch {
            await server.stop()
            throw error
        }
    }

    @Test func firstPublishCreatesEverythingAndARepublishWritesNothing() async throws {
        try await withServer { server, site in
            let first = await run(["--bookstack"], site: site, server: server)
            #expect(first.code == 0, "\(first.err)")
            #expect(first.out.contains("BookStack: "))
            let books = await server.state.all("book").map(\.name)
            #expect(books == ["Beginner", "Architecture Decisions", "Fixture"])
            let pages = await server.state.all("page")
            #expect(pages.map(\.name).contains("First lesson"))
            #expect(pages.map(\.name).contains("Interview prep"))
            let lesson = try #require(pages.first { $0.name == "First lesson" })
            #expect(
                lesson.html.contains(
                    "<p class=\"callout success\"><strong>Tip:</strong> Read <em>this</em>.<br><br>And this.</p>"))
            #expect(lesson.html.contains("<th>Command</th>"))
            #expect(lesson.html.contains("Start the stack"))
            #expect(!lesson.html.contains("ksdocs-page:"))
            #expect(!lesson.html.contains("ksdocs-image:"))
            #expect(await server.state.galleryImages.count == 1)
            // The SVG drawing is in the page itself: BookStack's gallery refuses SVG files.
            #expect(lesson.html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Map\""))
            #expect(!lesson.html.contains("map.svg"))

            await server.state.resetCounters()
            let second = await run(["--bookstack"], site: site, server: server)
            #expect(second.code == 0)
            #expect(await server.state.writeCount == 0)
            #expect(second.out.contains("0 created, 0 updated"))
            for output in [first.out, first.err, second.out, second.err] {
                #expect(!output.contains(Self.secret))
            }
        }
    }

    @Test func dryRunPrintsThePlanAndWritesNothing() async throws {
        try await withServer { server, site in
            let run = await run(["--bookstack", "--dry-run"], site: site, server: server)
            #expect(run.code == 0, "\(run.err)")
            #expect(run.out.contains("create"))
            #expect(run.out.contains("beginner/01-first.md"))
            #expect(await server.state.writeCount == 0)
        }
    }

    /// publish takes the site from loading and validating: no theme is read, no HTML page rendered,
    /// so a theme override that cannot render does not stop it (and `build` reports it).
    @Test func dryRunNeedsNoTheme() async throws {
        try await withServer { server, site in
            let templates = site.root.appendingPathComponent("themes/kitestacks/templates")
            try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
            try Data("{{#unclosed}}".utf8).write(to: templates.appendingPathComponent("page.mustache"))
            let run = await run(["--bookstack", "--dry-run"], site: site, server: server)
            #expect(run.code == 0, "\(run.err)")
            #expect(run.out.contains("beginner/01-first.md"))
            let build = await CapturedRun.run(
                ["build", "--content", site.content.path, "--output", site.output.path], fixture: site)
            #expect(build.code == 1)
            #expect(build.err.contains("page.mustache"), "\(build.err)")
        }
    }

    @Test func badCredentialsExitTwoAndWriteNothing() async throws {
        try await withServer { server, site in
            let env = [
                "BOOKSTACK_URL": server.baseURL.absoluteString, "BOOKSTACK_TOKEN_ID": Self.tokenID,
                "BOOKSTACK_TOKEN_SECRET": "wrong-secret-value",
            ]
            let run = await run(["--bookstack"], site: site, server: server, environment: env)
            #expect(run.code == 2)
            #expect(run.err.contains("token"))
            #expect(!run.err.contains("wrong-secret-value"))
            #expect(await server.state.writeCount == 0)
        }
    }

    @Test func missingCredentialsAreCheckedBeforeAnything() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        try site.write("beginner/02-second.md", "---\ntitle: [broken\n---\n")
        let run = await run(["--bookstack"], site: site, server: nil, environment: [:])
        #expect(run.code == 2)
    }

    @Test(arguments: [
        ([String: String](), "BOOKSTACK_URL"),
        (
            ["BOOKSTACK_URL": "ftp://wiki.example.org", "BOOKSTACK_TOKEN_ID": "a", "BOOKSTACK_TOKEN_SECRET": "b"],
            "http"
        ),
    ])
    func missingOrBadURLIsAnEnvironmentError(_ environment: [String: String], _ mention: String) async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let run = await run(["--bookstack"], site: site, server: nil, environment: environment)
        #expect(run.code == 2)
        #expect(run.err.contains(mention))
    }

    @Test func emptyPagesGetContentAndARerunWritesNothing() async throws {
        var files = FixtureSite.basic  // no [!INTERVIEW] anywhere: the interview page has no cards
        files["site.yml"] = Self.files["site.yml"]
        files["beginner/03-empty.md"] = "---\ntitle: Only front matter\n---\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let server = try await BookStackTestServer.start(
            TestServerConfiguration(tokens: [APIToken(id: Self.tokenID, secret: Self.secret)]))
        let first = await run(["--bookstack"], site: site, server: server)
        #expect(first.code == 0, "\(first.err)")
        let pages = await server.state.all("page")
        #expect(pages.contains { $0.name == "Only front matter" && $0.html.contains("no content yet") })
        #expect(pages.allSatisfy { !$0.html.isEmpty && $0.tag("ksdocs-hash") != "pending" })
        await server.state.resetCounters()
        let second = await run(["--bookstack"], site: site, server: server)
        #expect(second.code == 0, "\(second.err)")
        #expect(await server.state.writeCount == 0)
        await server.stop()
    }

    @Test func warningsAndWaitsShowWhileARunGoesOnEvenWhenItFails() async throws {
        try await withServer { server, site in
            #expect(await run(["--bookstack"], site: site, server: server).code == 0)
            try site.write("beginner/02-second.md", "---\ntitle: Second lesson\n---\n## Set up\n\nEdited.\n")
            await server.state.setVersion(.v23_01)  // no gallery API: a warning before the first page write
            await server.state.setRateLimit(RateLimit(requests: 1, window: 1))
            // Every write fails: the run stops after its retries, when the changed page is updated.
            await server.state.inject(Fault(.serverError, count: 1000, target: .writes))
            let run = await run(["--bookstack"], site: site, server: server)
            #expect(run.code != 0)
            #expect(
                run.err.contains("bookstack: warning: this BookStack has no image-gallery API"),
                "\(run.err)")
            #expect(run.err.contains("waiting 1 s: BookStack's rate limit (HTTP 429)"), "\(run.err)")
        }
    }

    @Test func aRenamedFileKeepsItsPage() async throws {
        try await withServer { server, site in
            #expect(await run(["--bookstack"], site: site, server: server).code == 0)
            let before = try #require(await server.state.all("page").first { $0.name == "Second lesson" })
            let old = site.content.appendingPathComponent("beginner/02-second.md")
            try FileManager.default.moveItem(at: old, to: site.content.appendingPathComponent("beginner/02-renamed.md"))
            let first = try String(
                contentsOf: site.content.appendingPathComponent("beginner/01-first.md"), encoding: .utf8)
            try site.write(
                "beginner/01-first.md", first.replacingOccurrences(of: "02-second.md", with: "02-renamed.md"))
            let rerun = await run(["--bookstack", "--verbose"], site: site, server: server)
            #expect(rerun.code == 0, "\(rerun.err)")
            #expect(rerun.err.contains("renamed from beginner/02-second.md"), "\(rerun.err)")
            let pages = await server.state.all("page").filter { $0.name == "Second lesson" }
            #expect(pages.map(\.id) == [before.id], "a new page was made instead of keeping the old one")
            #expect(pages.first?.tag("ksdocs-source") == "beginner/02-renamed.md")
            #expect(!rerun.out.contains("stale"))
        }
    }

    @Test func aSecretInProseStopsPublishBeforeTheFirstRequest() async throws {
        try await withServer { server, site in
            try site.write(
                "beginner/02-second.md",
                "---\ntitle: Second lesson\n---\n## Set up\n\nAUTHENTIK_SECRET_KEY: Xq9vT2mLp8" + "sKw4RzB7nC\n")
            let run = await run(["--bookstack"], site: site, server: server)
            #expect(run.code == 1)
            #expect(
                run.err.contains("Content/beginner/02-second.md:6:23: error: secret: 'AUTHENTIK_SECRET_KEY'"),
                "\(run.err)")
            #expect(await server.state.requests.isEmpty)
        }
    }

    @Test func publishNeedsATarget() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let run = await run([], site: site, server: nil, environment: [:])
        #expect(run.code == 1)
        #expect(run.err.contains("--bookstack"))
    }
}

/// The shipped Content/ published into the test server: it maps without warnings,
/// and a republish of the unchanged site writes nothing.
@Suite struct ShippedContentPublishTests {
    @Test func shippedContentPublishesAndRepublishesWithoutWrites() async throws {
        let root = FixtureSite.repositoryRoot
        let server = try await BookStackTestServer.start(
            TestServerConfiguration(
                tokens: [APIToken(id: PublishCommandTests.tokenID, secret: PublishCommandTests.secret)],
                rateLimit: RateLimit(requests: 10_000, window: 60)))
        let environment = [
            "BOOKSTACK_URL": server.baseURL.absoluteString, "BOOKSTACK_TOKEN_ID": PublishCommandTests.tokenID,
            "BOOKSTACK_TOKEN_SECRET": PublishCommandTests.secret,
        ]
        let arguments = [
            "publish", "--bookstack", "--content", root.appendingPathComponent("Content").path,
            "--themes", root.appendingPathComponent("themes").path,
        ]
        let first = await CapturedRun.run(arguments, environment: environment)
        guard first.code == 0 else {
            await server.stop()
            Issue.record("publish failed: \(first.err)")
            return
        }
        #expect(first.err == "", "warnings while publishing the shipped content")
        let firstReads = await server.state.readCount
        let firstWrites = await server.state.writeCount
        let pages = await server.state.all("page")
        #expect(pages.count >= 35)
        // KSDOCS_BOOKSTACK_DUMP=<folder> keeps the HTML each page got, for reading.
        if let dump = ProcessInfo.processInfo.environment["KSDOCS_BOOKSTACK_DUMP"] {
            let folder = URL(fileURLWithPath: dump)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for page in pages {
                let name = (page.tag("ksdocs-source") ?? page.name).replacingOccurrences(of: "/", with: "__")
                try Data(page.html.utf8).write(to: folder.appendingPathComponent(name + ".html"))
            }
        }
        for page in pages {
            #expect(!page.html.contains("ksdocs-page:"), "unresolved link in \(page.name)")
            #expect(!page.html.contains("ksdocs-link:"), "unresolved placeholder in \(page.name)")
            // BookStack's own markup only: its callouts and code languages, no class of the site's theme.
            for match in page.html.matches(of: /class="([^"]*)"/) {
                #expect(
                    match.1.wholeMatch(of: /callout (info|success|warning|danger)|language-[a-z0-9+-]+/) != nil,
                    "\(page.name): class=\"\(match.1)\"")
            }
            // Explain tables hold commands as inline code: a <pre> there gets a gutter and is clipped.
            #expect(!page.html.contains("<td><pre"), "\(page.name)")
            switch page.tag("ksdocs-source")?.split(separator: "/").first {
            case "beginner", "advanced":
                #expect(page.html.hasPrefix("<p><strong>Time:</strong> ~"), "\(page.name)")
            case "decisions":
                #expect(page.html.hasPrefix("<p class=\"callout success\"><strong>Status:</strong> "), "\(page.name)")
            case "troubleshooting":
                #expect(page.html.contains("<strong>Symptom:</strong> "), "\(page.name)")
            default:
                break
            }
        }
        let interview = try #require(pages.first { $0.name == "Interview prep" })
        #expect(interview.html.components(separatedBy: "<details>\n<summary>").count > 30)
        await server.state.resetCounters()
        let second = await CapturedRun.run(arguments, environment: environment)
        #expect(second.code == 0)
        #expect(await server.state.writeCount == 0)
        let secondReads = await server.state.readCount
        print(
            "shipped content: first publish \(firstReads) reads, \(firstWrites) writes; unchanged republish \(secondReads) reads, 0 writes"
        )
        await server.stop()
    }
}

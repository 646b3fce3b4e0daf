import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// A plain folder of Markdown builds with no site.yml (DESIGN 2), and Hugo's `_index.md`
/// is its folder's index page.
@Suite struct ZeroConfigurationTests {
    @Test func aFolderOfMarkdownWithoutSiteYMLBuildsWithTheHomePagesTitle() async throws {
        let site = try FixtureSite([
            "index.md": "# My Notes\n\nSee [setup](guide/setup.md) and [the guide](guide/).\n",
            "guide/_index.md": "---\ntitle: The guide\n---\nStart here.\n",
            "guide/setup.md": "# Setting up\n\nSteps.\n",
            "faq.md": "# FAQ\n\nQuestions.\n",
        ])
        defer { site.remove() }
        let report = try await site.build { $0.strict = true }.get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let home = try site.read("index.html")
        #expect(home.contains("<title>My Notes</title>"))
        let guide = try site.read("guide/index.html")
        #expect(guide.contains("Start here."))
        #expect(guide.contains("The guide"))
        #expect(site.exists("guide/setup/index.html"))
        #expect(!site.exists("guide/_index/index.html"))
    }

    @Test func withoutAnIndexPageTheHomePageListsTheSectionsAndTheTitleIsTheFolderName() async throws {
        let site = try FixtureSite([
            "install.md": "# Installing\n\nText.\n",
            "usage/basics.md": "# Basics\n\nText.\n",
        ])
        defer { site.remove() }
        let report = try await site.build { $0.strict = true }.get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let home = try site.read("index.html")
        #expect(home.contains("Installing"))
        #expect(home.contains("Usage"))
        // Content/ is a generic name: the title is its parent's (the fixture's temporary folder).
        #expect(home.contains("<title>\(Self.prettyName(site.root.lastPathComponent))</title>"))
    }

    /// MkDocs names a page without a title after its file; ksdocs does the same, quietly.
    @Test func aPageWithoutATitleIsNamedAfterItsFileAsInMkDocs() async throws {
        let site = try FixtureSite([
            "index.md": "<h1 align=\"center\">Project</h1>\n\nWelcome. See [SSL](advanced/ssl_setup.md).\n",
            "advanced/ssl_setup.md": "When making a request over HTTPS...\n\n### Client side certificates\n\nText.\n",
            "advanced/index.md": "Advanced topics.\n",
            "Changelog.md": "Version 1.\n",
        ])
        defer { site.remove() }
        let report = try await site.build { $0.strict = true }.get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try site.read("advanced/ssl-setup/index.html").contains("<title>Ssl setup"))
        #expect(try site.read("advanced/index.html").contains("<title>Advanced"))
        #expect(try site.read("changelog/index.html").contains("<title>Changelog"))
        let home = try site.read("index.html")
        #expect(home.contains("Welcome."))
        // The site is named after its folder, not after the home page's file ("Home").
        #expect(home.contains("<title>Home · \(Self.prettyName(site.root.lastPathComponent))</title>"))
    }

    /// A folder's name as a title: `ksdocs-fixture-x` → `Ksdocs fixture x`.
    static func prettyName(_ name: String) -> String {
        name.prefix(1).uppercased() + name.dropFirst().replacingOccurrences(of: "-", with: " ")
    }
}

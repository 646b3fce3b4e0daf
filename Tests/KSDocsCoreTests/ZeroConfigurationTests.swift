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
        let parent = site.root.lastPathComponent
        #expect(
            home.contains(
                "<title>\(parent.prefix(1).uppercased() + parent.dropFirst().replacingOccurrences(of: "-", with: " "))</title>"
            ))
    }
}

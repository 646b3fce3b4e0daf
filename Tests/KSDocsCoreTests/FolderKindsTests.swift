import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// A folder holds decisions or cases when its `_section.yml` says so or its pages use that
/// kind's front matter, not because of its name alone (DESIGN 2).
@Suite struct FolderKindsTests {
    @Test func aFolderNamedTroubleshootingWithPlainPagesIsAPlainSection() async throws {
        let site = try FixtureSite([
            "index.md": "# Docs\n",
            "troubleshooting/network.md": "# Network problems\n\nCheck the cable.\n",
            "decisions/history.md": "# History\n\nHow it came to be.\n",
        ])
        defer { site.remove() }
        let report = try await site.build { $0.strict = true }.get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(report.site.pages.filter { $0.kind == .troubleshootingCase || $0.kind == .decision }.isEmpty)
        let page = try site.read("troubleshooting/network/index.html")
        #expect(!page.contains("Symptom"))
        #expect(try site.read("troubleshooting/index.html").contains("Network problems"))
        #expect(report.site.flashcards.isEmpty)
    }

    @Test func frontMatterOrSectionKindMakesTheKind() async throws {
        let site = try FixtureSite([
            "index.md": "# Docs\n",
            "troubleshooting/dns.md":
                "---\ntitle: DNS fails\nsymptom: names do not resolve\ncause: a stale resolver\n---\n## Fix\n\nRestart it.\n",
            "adr/_section.yml": "title: Records\nkind: decisions\n",
            "adr/why-x.md": "---\ntitle: Why X?\ndecision: X\n---\n> [!INTERVIEW]\n> **Why X?**\n>\n> Because.\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        let kinds = Dictionary(uniqueKeysWithValues: report.site.pages.map { ($0.source, $0.kind) })
        #expect(kinds["troubleshooting/dns.md"] == .troubleshootingCase)
        #expect(kinds["adr/why-x.md"] == .decision)
    }
}

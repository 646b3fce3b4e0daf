import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Two documentation folders written for other generators (Tests/Fixtures: an MkDocs
/// project's docs/ and a Hugo site's content/) build with no errors and no setup, and no
/// page shows their syntax as literal text.
@Suite struct ForeignSiteFixtureTests {
    static let fixtures = FixtureSite.repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// Builds `content` into a temporary folder; the report and the output folder.
    func build(_ content: URL) async throws -> (SiteBuilder.Report, URL) {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ksdocs-foreign-\(UUID().uuidString)")
        var options = BuildOptions()
        options.content = content.path
        options.output = output.path
        return (try await SiteBuilder(options: options).build(), output)
    }

    /// Every HTML page under `output`, by site path.
    func pages(_ output: URL) throws -> [String: String] {
        var pages: [String: String] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: output.path)?.allObjects ?? []
        where path.hasSuffix(".html") {
            pages[path] = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
        }
        return pages
    }

    /// The page's main content (the article), without the theme's scripts.
    func article(_ html: String) -> String {
        guard let start = html.range(of: "<main"), let end = html.range(of: "</main>") else { return html }
        return String(html[start.lowerBound..<end.upperBound])
    }

    @Test func anMkDocsProjectBuilds() async throws {
        let (report, output) = try await build(Self.fixtures.appendingPathComponent("mkdocs-project/docs"))
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        #expect(
            report.diagnostics.allSatisfy { $0.message.hasPrefix("front matter keys of other generators") },
            "\(report.diagnostics)")
        let all = try pages(output)
        #expect(all.count >= 20)
        for (path, html) in all {
            let main = article(html)
            for marker in ["!!! ", "??? ", "=== &quot;", "=== \"", "--8&lt;--", "--8<--", "*[API]", "*[CLI]"] {
                #expect(!main.contains(marker), "\(path) shows '\(marker)'")
            }
        }
        let joined = all.values.map(article).joined()
        #expect(joined.contains("class=\"callout callout-"))
        #expect(joined.contains("<details class=\"admonition"))
        #expect(joined.contains("class=\"content-tab\""))
        // The abbreviations come from a snippet included at the end of pages, as MkDocs projects do.
        #expect(joined.contains("<abbr title=\"Transport Layer Security\">TLS</abbr>"))
    }

    @Test func aHugoContentFolderBuilds() async throws {
        let (report, output) = try await build(Self.fixtures.appendingPathComponent("hugo-site/content"))
        defer { try? FileManager.default.removeItem(at: output) }
        #expect(!report.diagnostics.hasErrors, "\(report.diagnostics)")
        let shortcodes = report.diagnostics.filter { $0.message.hasPrefix("Hugo shortcode '") }
        #expect(!shortcodes.isEmpty)
        #expect(Set(shortcodes.map(\.message)).count == shortcodes.count, "one report per kind")
        let all = try pages(output)
        #expect(all.count >= 20)
        for (path, html) in all {
            let main = article(html)
            for marker in ["{{&lt;", "{{%", "{{<"] { #expect(!main.contains(marker), "\(path) shows '\(marker)'") }
            #expect(!path.contains("_index"), "\(path): _index.md is its folder's index")
        }
    }
}

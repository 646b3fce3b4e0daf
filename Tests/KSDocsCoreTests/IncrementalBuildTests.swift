import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// After a sequence of edits, renames and deletions, an incremental build writes
/// byte for byte what a clean build of the same content writes.
@Suite struct IncrementalBuildTests {
    static let files: [String: String] = {
        var files = PageKindsTests.files
        files["beginner/02-more.md"] = "---\ntitle: More git\n---\n## Branches\n\nSee [basics](01-git.md#cloning).\n"
        files["guides/index.md"] = "# Guides\n\nAll guides.\n"
        files["guides/backups.md"] =
            "---\ntitle: Backups\nservices: [forgejo]\n---\nCopy [the case](../troubleshooting/repos-missing.md).\n"
        return files
    }()

    struct Builds {
        let site: FixtureSite
        var incremental: URL { site.root.appendingPathComponent("Incremental") }
        var clean: URL { site.root.appendingPathComponent("Clean") }

        /// Builds incrementally into one folder and from scratch into another; returns the incremental report.
        func both() async throws -> SiteBuilder.Report {
            let report = try await build(into: incremental)
            try? FileManager.default.removeItem(at: clean)
            try? FileManager.default.removeItem(
                at: site.root.appendingPathComponent(".\(clean.lastPathComponent).ksdocs-cache"))
            _ = try await build(into: clean)
            return report
        }

        func build(into output: URL) async throws -> SiteBuilder.Report {
            var options = site.options
            options.output = output.path
            options.today = "2026-06-27"
            return try await SiteBuilder(options: options).build()
        }

    
        func expectSameOutput(_ step: String) {
            let incrementalFiles = FolderSnapshot.of(incremental)
            let cleanFiles = FolderSnapshot.of(clean)
            #expect(incrementalFiles.keys.sorted() == cleanFiles.keys.sorted(), "file lists differ after \(step)")
            for (path, data) in cleanFiles where incrementalFiles[path] != data {
                Issue.record("\(path) differs from a clean build after \(step)")
            }
        }
    }

    @Test func incrementalOutputEqualsACleanBuildAfterEveryChange() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let builds = Builds(site: site)

        let first = try await builds.both()
        #expect(first.reusedPageCount == 0)
        #expect(!first.updatedInPlace, "without a previous build the output is written whole")
        builds.expectSameOutput("the first build")

        let unchanged = try await builds.both()
        #expect(unchanged.reusedPageCount == unchanged.pageCount - 5, "every page but the generated ones is reused")
        builds.expectSameOutput("a build without changes")

        // The last search files lend their lines only while they are as ksdocs wrote them.
        for path in ["search-index.js", "search-index/0.js"] {
            let script = builds.incremental.appendingPathComponent(path)
            let handEdited = try String(contentsOf: script, encoding: .utf8)
                .replacingOccurrences(of: "{\"t\":\"", with: "{\"t\":\"Changed ")
                .replacingOccurrences(of: "\"h\":\"", with: "\"h\":\"0")
            try handEdited.write(to: script, atomically: false, encoding: .utf8)
        }
        _ = try await builds.both()
        builds.expectSameOutput("search files changed by hand")

        try site.write(
            "beginner/02-more.md",
            "---\ntitle: More git\n---\n## Branches\n\nSee [basics](01-git.md#cloning). Edited.\n")
        let edited = try await builds.both()
        #expect(edited.reusedPageCount == unchanged.reusedPageCount - 1, "only the edited page is rendered again")
        #expect(edited.updatedInPlace, "a one-page change updates the output folder in place")
        builds.expectSameOutput("editing a page's text")

        // A new title shows in its folder (sidebar, neighbours) and on the pages that list
        // every page; a lesson or page elsewhere is left as it was.
        let elsewhere = builds.incremental.appendingPathComponent("guides/backups/index.html").path
        let neighbour = builds.incremental.appendingPathComponent("beginner/01-git/index.html").path
        let (elsewhereBefore, neighbourBefore) = (Self.identity(elsewhere), Self.identity(neighbour))
        try site.write(
            "beginner/02-more.md", "---\ntitle: Git branches\n---\n## Branches\n\nSee [basics](01-git.md#cloning).\n")
        _ = try await builds.both()
        builds.expectSameOutput("renaming a page's title")
        #expect(Self.identity(elsewhere) == elsewhereBefore, "a page in another folder is not rendered again")
        #expect(Self.identity(neighbour) != neighbourBefore, "its neighbour shows the new title")
        #expect(try String(contentsOfFile: neighbour, encoding: .utf8).contains("Git branches"))

        // A folder's title is in the header of every page.
        try site.write("guides/index.md", "# How-to guides\n\nAll guides.\n")
        _ = try await builds.both()
        builds.expectSameOutput("renaming a top-level folder")
        #expect(try String(contentsOfFile: elsewhere, encoding: .utf8).contains("How-to guides"))

        try FileManager.default.moveItem(
            at: site.content.appendingPathComponent("guides/backups.md"),
            to: site.content.appendingPathComponent("guides/restores.md"))
        _ = try await builds.both()
        builds.expectSameOutput("renaming a file")

        try FileManager.default.removeItem(at: site.content.appendingPathComponent("beginner/02-more.md"))
        _ = try await builds.both()
        builds.expectSameOutput("deleting a page")

        let template = site.root.appendingPathComponent("themes/kitestacks/templates/page.mustache")
        let text = try String(contentsOf: template, encoding: .utf8)
        try text.replacingOccurrences(of: "<article class=\"page\">", with: "<article class=\"page edited\">")
            .write(to: template, atomically: true, encoding: .utf8)
        let themeEdit = try await builds.both()
        #expect(themeEdit.reusedPageCount == 0, "a template change renders every page again")
        builds.expectSameOutput("editing a template")

        try site.write("site.yml", "title: Kinds Renamed\nbase_url: https://docs.example.org/\n")
        _ = try await builds.both()
        builds.expectSameOutput("editing site.yml")

        try site.write(
            "services.yml",
            PageKindsTests.files["services.yml"]!.replacingOccurrences(of: "name: Forgejo", with: "name: Forgejo Git"))
        _ = try await builds.both()
        builds.expectSameOutput("editing services.yml")
    }

    /// A file's inode and modification time: a file written again (beside and renamed over) gets new ones.
    static func identity(_ path: String) -> String {
        let attributes = (try? FileManager.default.attributesOfItem(atPath: path)) ?? [:]
        let inode = attributes[.systemFileNumber].map { "\($0)" } ?? "-"
        let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "\(inode) \(modified)"
    }

    @Test func aFailedBuildKeepsTheCacheUsableAndTheOutputUntouched() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let builds = Builds(site: site)
        _ = try await builds.both()
        let before = FolderSnapshot.of(builds.incremental)
        try site.write("beginner/02-more.md", "---\ntitle: More git\n---\nSee [nothing](missing.md).\n")
        await #expect(throws: BuildFailure.self) { _ = try await builds.build(into: builds.incremental) }
        #expect(FolderSnapshot.of(builds.incremental) == before)
        try site.write("beginner/02-more.md", "---\ntitle: More git\n---\n## Branches\n\nBack to normal.\n")
        _ = try await builds.both()
        builds.expectSameOutput("recovering from a failed build")
    }

    /// Sets every file of Content/ to a modification time an hour ago, as files are that were
    /// not edited just before a build (newer files are compared by content, not by their time).
    static func ageContent(_ site: FixtureSite) throws {
        let hourAgo = Date(timeIntervalSinceNow: -3600)
        for path in FileManager.default.enumerator(atPath: site.content.path)?.allObjects as? [String] ?? [] {
            try FileManager.default.setAttributes(
                [.modificationDate: hourAgo], ofItemAtPath: site.content.appendingPathComponent(path).path)
        }
    }

    @Test func unchangedFilesAreTakenFromTheCacheWithoutBeingParsed() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let builds = Builds(site: site)
        try Self.ageContent(site)
        let first = try await builds.both()
        #expect(first.parsedFileCount == first.site.pages.count)

        let unchanged = try await builds.both()
        #expect(unchanged.parsedFileCount == 0, "old files with the same size and time are not read")
        #expect(unchanged.diagnostics == first.diagnostics, "their warnings are still reported")
        builds.expectSameOutput("a build from cached pages")

        try site.write(
            "beginner/02-more.md",
            "---\ntitle: More git\n---\n## Branches\n\nSee [basics](01-git.md#cloning). Edited again.\n")
        let edited = try await builds.both()
        #expect(edited.parsedFileCount == 1, "only the edited file is parsed")
        builds.expectSameOutput("editing a page next to cached ones")

        // A new time on the same bytes (a checkout, a touch): compared by content, not parsed.
        try FileManager.default.setAttributes(
            [.modificationDate: Date()], ofItemAtPath: site.content.appendingPathComponent("guides/backups.md").path)
        let touched = try await builds.both()
        #expect(touched.parsedFileCount == 0, "recent files are read and compared by content, not parsed again")
        builds.expectSameOutput("touching a page")

        // A heading other pages link to disappears: every page's links are checked again.
        try site.write("beginner/01-git.md", "---\ntitle: Git\n---\n## Clones\n\nNo more cloning.\n")
        do {
            _ = try await builds.build(into: builds.incremental)
            Issue.record("a link to a removed heading must fail the build")
        } catch let failure as BuildFailure {
            guard case .contentErrors(let diagnostics) = failure else { throw failure }
            #expect(diagnostics.contains { $0.file.hasSuffix("02-more.md") && $0.message.contains("#cloning") })
        }
    }
}

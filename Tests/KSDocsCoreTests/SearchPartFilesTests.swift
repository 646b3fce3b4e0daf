import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// The search index's part files across builds: an edit rewrites its page's part only, and
/// parts a smaller site no longer has are deleted, while the output stays what a clean build writes.
@Suite struct SearchPartFilesTests {
    @Test func aOnePageEditRewritesOnePartFileAndTheRoot() async throws {
        let site = try FixtureSite(FixtureSite.notes)
        defer { site.remove() }
        let builds = IncrementalBuildTests.Builds(site: site)
        _ = try await builds.both()
        let before = try SearchFiles.signatures(in: builds.incremental)
        #expect(before.count == 2, "\(before.keys.sorted())")
        let rootFile = builds.incremental.appendingPathComponent("search-index.js")
        let root = try String(contentsOf: rootFile, encoding: .utf8)

        _ = try await builds.both()
        #expect(
            try SearchFiles.signatures(in: builds.incremental) == before, "a build without changes rewrites no part")

        try site.write("f03/n05.md", "---\ntitle: Note 3 5\n---\n## Part 5\n\nWidgets, edited.\n")
        let edited = try await builds.both()
        let inPlace = edited.updatedInPlace
        #expect(inPlace)
        builds.expectSameOutput("a one-page edit")
        let after = try SearchFiles.signatures(in: builds.incremental)
        let rewritten = before.keys.filter { before[$0] != after[$0] }
        let files = try SearchFiles(output: builds.incremental)
        let page = try #require(files.pages.firstIndex { $0["u"] as? String == "f03/n05/" })
        #expect(rewritten == ["search-index/\(page / SearchIndex.partSize).js"], "only the edited page's part")
        #expect(try String(contentsOf: rootFile, encoding: .utf8) != root, "the root lists the part's new hash")
    }

    @Test func partsASmallerSiteNoLongerHasAreDeleted() async throws {
        let site = try FixtureSite(FixtureSite.notes)
        defer { site.remove() }
        let builds = IncrementalBuildTests.Builds(site: site)
        _ = try await builds.both()
        let parts = ["search-index/0.js", "search-index/1.js"]
        #expect(try SearchFiles(output: builds.incremental).partPaths == parts)

        // Ten flashcards fewer: one part, updated in place, and the second part's file is deleted.
        try site.write("f05/n19.md", FixtureSite.cards(0))
        let fewerCards = try await builds.both()
        let inPlace = fewerCards.updatedInPlace
        #expect(inPlace, "one page changed: the output is updated in place")
        builds.expectSameOutput("removing flashcards")
        #expect(try SearchFiles(output: builds.incremental).partPaths == [parts[0]])
        #expect(!FileManager.default.fileExists(atPath: builds.incremental.appendingPathComponent(parts[1]).path))

        // Back to two parts, then down to one by deleting folders (a new output folder).
        try site.write("f05/n19.md", FixtureSite.cards(10))
        _ = try await builds.both()
        builds.expectSameOutput("adding flashcards")
        #expect(try SearchFiles(output: builds.incremental).partPaths == parts)
        for folder in ["f03", "f04"] {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent(folder))
        }
        _ = try await builds.both()
        builds.expectSameOutput("deleting folders")
        #expect(try SearchFiles(output: builds.incremental).partPaths == [parts[0]])
    }
}

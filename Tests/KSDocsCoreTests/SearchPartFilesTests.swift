import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// The search index's part files across builds: an edit rewrites its page's part only, and
/// parts a smaller site no longer has are deleted, while the output stays what a clean build writes.
@Suite struct SearchPartFilesTests {
    /// 12 folders of 20 notes, one with a flashcard and one with ten: with the folders and the
    /// interview page, a little over two parts' worth of pages (264).
    static let files = FixtureSite.notes

    /// A note with `count` flashcards.
    static func cards(_ count: Int) -> String { FixtureSite.cards(count) }

    static func signatures(in output: URL) throws -> [String: String] { try SearchFiles.signatures(in: output) }

    @Test func aOnePageEditRewritesOnePartFileAndTheRoot() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let builds = IncrementalBuildTests.Builds(site: site)
        _ = try await builds.both()
        let before = try Self.signatures(in: builds.incremental)
        #expect(before.count == 3, "\(before.keys.sorted())")
        let root = try String(contentsOf: builds.incremental.appendingPathComponent("search-index.js"), encoding: .utf8)

        _ = try await builds.both()
        #expect(try Self.signatures(in: builds.incremental) == before, "a build without changes rewrites no part")

        try site.write("f07/n05.md", "---\ntitle: Note 7 5\n---\n## Part 5\n\nWidgets, edited.\n")
        let edited = try await builds.both()
        #expect(edited.updatedInPlace)
        builds.expectSameOutput("a one-page edit")
        let after = try Self.signatures(in: builds.incremental)
        let rewritten = before.keys.filter { before[$0] != after[$0] }
        #expect(rewritten.count == 1, "exactly one part file is rewritten: \(rewritten.sorted())")
        let newRoot = try String(
            contentsOf: builds.incremental.appendingPathComponent("search-index.js"), encoding: .utf8)
        #expect(newRoot != root, "the root lists the rewritten part's new hash")
        let files = try SearchFiles(output: builds.incremental)
        let page = try #require(files.pages.firstIndex { $0["u"] as? String == "f07/n05/" })
        #expect(rewritten == ["search-index/\(page / SearchIndex.partSize).js"], "the part holding the edited page")
    }

    @Test func partsASmallerSiteNoLongerHasAreDeleted() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let builds = IncrementalBuildTests.Builds(site: site)
        _ = try await builds.both()
        let parts = ["search-index/0.js", "search-index/1.js", "search-index/2.js"]
        #expect(try SearchFiles(output: builds.incremental).partPaths == parts)

        // Ten flashcards fewer: two parts, updated in place, and the third part's file is deleted.
        try site.write("f11/n19.md", Self.cards(0))
        let fewerCards = try await builds.both()
        let inPlace = fewerCards.updatedInPlace
        #expect(inPlace, "one page changed: the output is updated in place")
        builds.expectSameOutput("removing flashcards")
        #expect(try SearchFiles(output: builds.incremental).partPaths == Array(parts.prefix(2)))
        #expect(!FileManager.default.fileExists(atPath: builds.incremental.appendingPathComponent(parts[2]).path))

        // Back to three parts, then down to one by deleting folders (a new output folder).
        try site.write("f11/n19.md", Self.cards(10))
        _ = try await builds.both()
        builds.expectSameOutput("adding flashcards")
        #expect(try SearchFiles(output: builds.incremental).partPaths == parts)
        for folder in 5..<12 {
            try FileManager.default.removeItem(at: site.content.appendingPathComponent(String(format: "f%02d", folder)))
        }
        _ = try await builds.both()
        builds.expectSameOutput("deleting folders")
        #expect(try SearchFiles(output: builds.incremental).partPaths == ["search-index/0.js"])
    }
}

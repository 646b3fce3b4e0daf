import Foundation
import KSDocsCommands
import KSDocsMarkdown
import Testing

@testable import KSDocsCore

/// The build cache's binary form reads back what was written, and refuses what it cannot read.
@Suite struct BinaryCoderTests {
    struct Sample: Codable, Equatable {
        var name: String
        var count: Int
        var negative: Int64
        var big: UInt64
        var ratio: Double
        var flag: Bool
        var missing: String?
        var present: Int?
        var nested: [[String]]
        var located: Located<String>?
        var kind: PageKind
    }

    static let sample = Sample(
        name: "Straße ✓ \u{0}", count: 300, negative: -70_000, big: .max, ratio: 0.1, flag: true, missing: nil,
        present: 0, nested: [[], ["a", ""], ["ü"]], located: Located("x", line: 3, column: 9),
        kind: .troubleshootingCase)

    @Test func readsBackWhatItWrote() throws {
        let bytes = try BinaryCoder.encode(Self.sample)
        #expect(try BinaryCoder.decode(Sample.self, from: bytes) == Self.sample)
    }

    @Test func pagesReadBackWithTheirMarkdown() throws {
        let markdown = RenderedMarkdown(
            html: "<h2 id=\"a\">A</h2>", extractedTitle: "Title ✓",
            headings: [MarkdownHeading(level: 2, text: "A", id: "a", line: 3)],
            links: [MarkdownLink(index: 0, url: "../b.md#c", isImage: false, line: 4, column: -2)],
            codeBlocks: [MarkdownCodeBlock(info: "sh explain", language: "sh", code: "ls -la", line: 6)],
            alerts: [MarkdownAlert(type: "INTERVIEW", line: 9, contentHTML: "<p>x</p>", text: "x")],
            plainText: "A text", wordCount: 2)
        var metadata = PageMetadata()
        metadata.summary = "Sum"
        metadata.services = [Located("forgejo", line: 2, column: 11)]
        let page = SourcePage(
            source: "a/b.md", displayPath: "Content/a/b.md", kind: .lesson, folder: "a", urlPath: "a/b/",
            metadata: metadata, title: "B", markdown: markdown, contentHash: "0123",
            explainBlocks: [
                ExplainBlock(
                    language: "sh", highlightLanguage: "sh",
                    steps: [ExplainedCommand(command: "ls -la", explanation: "list", line: 1)])
            ],
            time: TimeEstimate.computed(words: 2, commands: 1, wordsPerMinute: 200, minutesPerCommand: 2))
        let read = try BinaryCoder.decode(SourcePage.self, from: try BinaryCoder.encode(page))
        #expect(read.source == page.source)
        #expect(read.urlPath == page.urlPath)
        #expect(read.kind == page.kind)
        #expect(read.metadata == page.metadata)
        #expect(read.time == page.time)
        #expect(read.explainBlocks == page.explainBlocks)
        #expect(read.markdown.html == markdown.html)
        #expect(read.markdown.extractedTitle == markdown.extractedTitle)
        #expect(read.markdown.headings == markdown.headings)
        #expect(read.markdown.links == markdown.links)
        #expect(read.markdown.codeBlocks == markdown.codeBlocks)
        #expect(read.markdown.alerts == markdown.alerts)
        #expect(read.markdown.plainText == markdown.plainText)
        #expect(read.markdown.wordCount == markdown.wordCount)
        #expect(read.contentHash == page.contentHash)
        #expect(read.isComplete)
    }

    @Test func refusesTruncatedBytes() throws {
        let bytes = try BinaryCoder.encode(Self.sample)
        for length in [0, 1, bytes.count / 2, bytes.count - 1] {
            #expect(throws: BinaryCoder.Failure.self) {
                try BinaryCoder.decode(Sample.self, from: Array(bytes[..<length]))
            }
        }
    }

    @Test func cacheOfAnotherVersionIsThrownAway() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("Output")
        var cache = BuildCache()
        cache.outputs = ["index.html": "key"]
        cache.linkProblems = ["a.md": [.error("Content/a.md", line: 2, column: 5, "broken")]]
        cache.save(forOutput: output)
        let loaded = BuildCache.load(forOutput: output)
        #expect(loaded.outputs == cache.outputs)
        #expect(loaded.linkProblems == cache.linkProblems)

        cache.version = "ksdocs-cache-0 old"
        cache.save(forOutput: output)
        #expect(BuildCache.load(forOutput: output).outputs.isEmpty)
    }
}

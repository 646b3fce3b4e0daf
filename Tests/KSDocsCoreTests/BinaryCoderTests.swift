import Foundation
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

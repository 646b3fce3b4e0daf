import Testing

@testable import KSDocsCore

/// `SearchIndex.shardJSON` against the plain implementation it replaced, on random tokens.
@Suite struct SearchShardJSONTests {
    /// The shard as a `[String: postings]` dictionary with keys sorted by `String <`.
    static func referenceShardJSON(_ index: SearchIndex, _ range: Range<Int>) -> String {
        var postings: [String: [(page: Int, fields: SearchIndex.Field)]] = [:]
        for page in range {
            for (token, fields) in index.tokenLists[page].tokens { postings[token, default: []].append((page, fields)) }
        }
        var out = "{\"b\":\(range.lowerBound),\"t\":{"
        var first = true
        for token in postings.keys.sorted() {
            if !first { out += "," }
            first = false
            out += SearchIndex.json(token) + ":["
            var previous = range.lowerBound
            for (index, (page, fields)) in postings[token, default: []].enumerated() {
                if index > 0 { out += "," }
                out += String((page - previous) * 16 + fields.rawValue)
                previous = page
            }
            out += "]"
        }
        return out + "}}"
    }

    /// Tokens share prefixes of 8 bytes and more, need escaping, and mix ASCII and not; each
    /// page lists a token once, as `tokens(of:)` does. The non-ASCII tokens are in NFC: between a
    /// decomposed spelling and other text `String <` is not always an order (`"yé9"` and
    /// `"ye\u{301}"` are neither `<` nor `==` each other), so the reference's result would
    /// depend on its dictionary's order.
    @Test func matchesTheDictionaryImplementation() {
        var generator = SearchTokenizerFuzzTests.SplitMix64(seed: 42)
        let stems = ["", "a", "ab", "abcdefgh", "abcdefghij", "--net=", "/etc/", "x\"y", "a<b", "é", "東京", "Ω"]
        let ends = ["", "a", "b", "z", "0", "9", "é", "\u{1}", "\\", "🚀", "Z", "~"]
        for round in 0..<40 {
            var index = SearchIndex()
            let pageCount = Int.random(in: 1...40, using: &generator)
            for page in 0..<pageCount {
                var seen: Set<[UInt8]> = []
                var tokens: [(token: String, fields: SearchIndex.Field)] = []
                for _ in 0..<Int.random(in: 0...60, using: &generator) {
                    let token =
                        stems.randomElement(using: &generator)! + ends.randomElement(using: &generator)!
                        + ends.randomElement(using: &generator)!
                    guard !token.isEmpty, seen.insert(Array(token.utf8)).inserted else { continue }
                    tokens.append((token, SearchIndex.Field(rawValue: Int.random(in: 1...15, using: &generator))))
                }
                index.add(SearchIndexTests.entry("Page \(page)", url: "\(page)/"), tokens: tokens)
            }
            for start in stride(from: 0, to: pageCount, by: 7) {
                let range = start..<min(start + 7 + round % 5, pageCount)
                // Compared as bytes: `String ==` would take canonically equivalent texts as equal.
                #expect(
                    Array(index.shardJSON(range).utf8) == Array(Self.referenceShardJSON(index, range).utf8),
                    "round \(round) \(range)")
            }
        }
    }

    /// A precomposed and a decomposed `é` are one key, as in a `[String: ...]`: the first
    /// spelling seen, with both pages' postings.
    @Test func canonicallyEquivalentTokensAreOneKey() {
        var index = SearchIndex()
        index.add(SearchIndexTests.entry("A", url: "a/"), tokens: [("caf\u{E9}", .body), ("cafe", .title)])
        index.add(SearchIndexTests.entry("B", url: "b/"), tokens: [("cafe\u{301}", .heading)])
        let shard = index.shardJSON(0..<2)
        #expect(Array(shard.utf8) == Array("{\"b\":0,\"t\":{\"cafe\":[8],\"caf\u{E9}\":[1,20]}}".utf8))
        #expect(Array(shard.utf8) == Array(Self.referenceShardJSON(index, 0..<2).utf8))
    }
}

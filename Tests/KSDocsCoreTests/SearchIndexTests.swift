import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// The search index: its postings, its files, and the site built with it.
@Suite struct SearchIndexTests {
    static func entry(
        _ title: String, url: String, headings: [(String, String)] = [], commands: [String] = [], body: String = ""
    )
        -> SearchIndex.Entry
    {
        SearchIndex.Entry(
            title: title, url: url, kind: "lesson", snippet: "", headings: headings.map { (id: $0.0, text: $0.1) },
            commands: commands, body: body)
    }

    @Test func postingsRecordWhereEachTokenWasFound() {
        var index = SearchIndex()
        index.add(
            Self.entry(
                "Docker basics", url: "a/", headings: [("ports", "Publish ports")], body: "Docker runs containers."))
        index.add(
            Self.entry(
                "Networking", url: "b/", commands: ["docker run --net=host -p 8080:80 nginx"], body: "See /etc/fstab."))
        #expect(index.pages(for: "docker") == [0: [.title, .body], 1: [.command]])
        #expect(index.pages(for: "ports") == [0: [.heading]])
        #expect(index.pages(for: "--net=host") == [1: [.command]])
        #expect(index.pages(for: "8080:80") == [1: [.command]])
        #expect(index.pages(for: "/etc/fstab") == [1: [.body]])
        #expect(index.pages(for: "the").isEmpty, "stop words are left out")
    }

    @Test func bodyTokensAreCappedPerPage() {
        var index = SearchIndex()
        let words = (0..<(SearchIndex.maxBodyTokensPerPage + 50)).map { "word\($0)" }.joined(separator: " ")
        index.add(Self.entry("Long", url: "long/", body: words))
        #expect(!index.pages(for: "word0").isEmpty)
        #expect(index.pages(for: "word\(SearchIndex.maxBodyTokensPerPage + 10)").isEmpty)
    }

    @Test func filesAreCompactDeltaEncodedAndSafe() async throws {
        var index = SearchIndex()
        index.add(Self.entry("First </script>", url: "a/", body: "shared"))
        index.add(Self.entry("Second", url: "b/", body: "other"))
        index.add(Self.entry("Third", url: "c/", headings: [("x", "Shared heading")], body: "text"))
        let files = await index.files()
        #expect(files.root.hasPrefix("window.ksdocsSearchIndex={\"v\":3,\"stop\":[\"a\","))
        let part = try #require(files.parts.first?.text)
        #expect(files.parts.map(\.path) == ["search-index/0.js"])
        // The root lists each part with a short hash of its bytes, for cache-busting.
        let hash = ContentHash.hex(part.utf8, length: 8)
        #expect(files.root.hasSuffix("\"count\":3,\"parts\":[{\"f\":\"search-index/0.js\",\"h\":\"\(hash)\"}]};\n"))
        #expect(!part.contains("</script>"), "'<' is escaped so the index can never close a script element")
        // pages 0 (body) and 2 (heading): 0*16+1, then (2-0)*16+4
        #expect(part.contains("\"shared\":[1,36]"))
        let read = try SearchFiles(root: files.root, parts: [part])
        #expect(read.pages.count == 3)
        #expect(read.shards.first?["b"] as? Int == 0)
    }

    @Test func shardsCountPagesFromTheirFirstPage() async throws {
        var index = SearchIndex()
        let pages = SearchIndex.shardSize + 2
        for number in 0..<pages { index.add(Self.entry("Page \(number)", url: "p\(number)/", body: "everywhere")) }
        let files = await index.files()
        let shards = try SearchFiles(root: files.root, parts: files.parts.compactMap(\.text)).shards
        #expect(shards.map { $0["b"] as? Int } == [0, SearchIndex.shardSize])
        // In the second shard, its first page is 0 pages past the shard's start: 0*16 + 1 (body).
        let second = try #require(shards[1]["t"] as? [String: [Int]])
        #expect(second["everywhere"] == [1, 17])
    }

    @Test func partsHoldFixedRangesOfPagesThatMakeTheWholeIndexEndToEnd() async throws {
        #expect(SearchIndex.partSize % SearchIndex.shardSize == 0, "a part holds whole shards")
        var index = SearchIndex()
        let count = SearchIndex.partSize * 2 + 5
        var entries: [SearchIndex.Entry] = []
        for number in 0..<count {
            let entry = Self.entry(
                "Page \(number)", url: "p\(number)/", commands: ["docker run -p 80\(number % 7):80 nginx"],
                body: "word\(number % 11) everywhere")
            entries.append(entry)
            index.add(entry)
        }
        let files = await index.files()
        #expect(files.parts.map(\.path) == ["search-index/0.js", "search-index/1.js", "search-index/2.js"])
        let texts = files.parts.compactMap(\.text)
        for (number, text) in texts.enumerated() {
            let part = try SearchFiles.object(text, prefix: SearchFiles.partPrefix(number))
            let pages = try #require(part["pages"] as? [[String: Any]])
            #expect(pages.first?["u"] as? String == "p\(number * SearchIndex.partSize)/")
            #expect(pages.count == min(SearchIndex.partSize, count - number * SearchIndex.partSize))
        }
        // Laid end to end, the parts are the index: every page in order, with exactly its tokens.
        let read = try SearchFiles(root: files.root, parts: texts)
        #expect(read.root["count"] as? Int == count)
        #expect(read.pages.map { $0["u"] as? String } == entries.map(\.url))
        #expect(read.tokens == entries.map { Set(SearchIndex.tokens(of: $0).map(\.token)) })
        #expect(read.shards.map { $0["b"] as? Int } == Array(stride(from: 0, to: count, by: SearchIndex.shardSize)))
    }

    @Test func shardLinesAreReadBackAsJSONReadsThem() throws {
        let line = #"{"b":32,"t":{"a\"b":[1,17],"c\\d\/":[2],"\u003cx\u2028\u001f":[4],"é€😀":[8],"e\n\r\t":[]}}"#
        let parsed = try #require(ShardLine.parse(Substring(line)))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        #expect(parsed.base == object["b"] as? Int)
        let table = try #require(object["t"] as? [String: [Int]])
        #expect(Dictionary(uniqueKeysWithValues: parsed.table.map { ($0.token, $0.numbers) }) == table)
        #expect(ShardLine.parse("{\"b\":0,\"t\":{}}")?.table.isEmpty == true)
        #expect(ShardLine.parse("{\"b\":0,\"t\":5}") == nil, "a line that is not a shard")
    }

    /// A page's entry with a key made of its body, tokens taken from `previous` when it has the key.
    static func keyedIndex(_ bodies: [String], previous: PreviousTokens? = nil) -> SearchIndex {
        var index = SearchIndex()
        for (number, body) in bodies.enumerated() {
            let entry = Self.entry(
                "Page \(number)", url: "p\(number)/", headings: [("h", "Heading \(number % 3)")],
                commands: ["docker run --net=host n\(number)"], body: body)
            let key = "page \(number) \(body)"
            let tokens: SearchIndex.TokenList =
                previous?.has(key) == true
                ? .previous(previous!, key: key) : .decoded(SearchIndex.tokens(of: entry))
            index.add(entry, tokens: tokens, key: key)
        }
        return index
    }

    /// Writes `files` into `folder` as a build does; returns their keys with the files' signatures.
    static func write(_ files: SearchIndex.Files, to folder: URL, keeping previous: ScriptKeys? = nil) throws
        -> ScriptKeys
    {
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent(SearchIndex.partsFolder), withIntermediateDirectories: true)
        try files.root.write(to: folder.appendingPathComponent("search-index.js"), atomically: true, encoding: .utf8)
        var keys = files.keys
        for (number, part) in files.parts.enumerated() {
            let url = folder.appendingPathComponent(part.path)
            if let text = part.text { try text.write(to: url, atomically: true, encoding: .utf8) }
            keys.parts[number].file = FileSignature.of(path: url.path)
        }
        return keys
    }

    @Test func aOnePageEditMakesOnlyItsPartAgainFromTheLastFilesLines() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-search-\(UUID())")
        defer { try? FileManager.default.removeItem(at: folder) }
        var bodies = (0..<(SearchIndex.partSize * 2 + 5)).map { "text \($0) “quoted” \\ back\\slash" }
        let first = await Self.keyedIndex(bodies).files()
        let keys = try Self.write(first, to: folder)
        bodies[SearchIndex.partSize + 3] = "edited"
        let previous = try #require(PreviousSearchFiles(output: folder, keys: keys))
        let second = await Self.keyedIndex(bodies, previous: PreviousTokens(previous)).files(reusing: previous)
        let fresh = await Self.keyedIndex(bodies).files()
        #expect(second.parts.map { $0.text == nil } == [true, false, true], "only the edited page's part is made")
        #expect(second.parts[1].text == fresh.parts[1].text, "reusing lines writes what fresh files would")
        #expect(second.root == fresh.root)
        #expect(second.keys.parts.map(\.hash) == fresh.keys.parts.map(\.hash))
        let editedShard = (SearchIndex.partSize + 3) / SearchIndex.shardSize
        #expect(
            second.keys.shards[editedShard + 1] == first.keys.shards[editedShard + 1],
            "an untouched shard keeps its key")
        #expect(second.keys.shards[editedShard] != first.keys.shards[editedShard])

        // A part file changed since it was written lends nothing: it is made again.
        let edited = folder.appendingPathComponent(SearchIndex.partPath(0))
        try (String(contentsOf: edited, encoding: .utf8) + "\n").write(to: edited, atomically: true, encoding: .utf8)
        let changed = try #require(PreviousSearchFiles(output: folder, keys: keys))
        let third = await Self.keyedIndex(bodies, previous: PreviousTokens(changed)).files(reusing: changed)
        #expect(third.parts.map { $0.text == nil } == [false, false, true])
        #expect(third.parts[0].text == fresh.parts[0].text)
        #expect(PreviousSearchFiles(output: folder, keys: ScriptKeys()) == nil, "no files: nothing to reuse")
    }

    @Test func buildWritesAHashedIndexLinkedFromEveryPage() async throws {
        var files = FixtureSite.basic
        files["beginner/03-network.md"] = """
            ---
            title: Host networking
            ---
            ## Ports

            ```sh explain
            # Share the host's network
            docker run --net=host nginx
            ```

            Then check `/etc/fstab`.
            """
        let site = try FixtureSite(files)
        defer { site.remove() }
        _ = try await site.build().get()
        let script = try site.read("search-index/0.js")
        for token in ["\"--net=host\":", "\"/etc/fstab\":", "\"host\":", "\"ports\":"] {
            #expect(script.contains(token), "index has \(token)")
        }
        #expect(script.contains("\"c\":[\"docker run --net=host nginx\"]"))
        let lesson = try site.read("beginner/03-network/index.html")
        #expect(lesson.contains("data-search-index=\"../../search-index.js\""))
        #expect(try site.read("index.html").contains("data-search-index=\"search-index.js\""))
    }

    @Test func paperExtendsKitestacksWithItsOwnStylesheet() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try await site.build { $0.theme = "paper" }.get()
        let css = try FileManager.default.contentsOfDirectory(
            atPath: site.output.appendingPathComponent("assets/css").path)
        #expect(css.count == 2, "kitestacks' base.css and paper's own site.css")
        let own = try #require(css.first { $0.hasPrefix("site.") })
        // Paper's own file (written without its comments): the one whose name has its bytes' hash.
        let paper = try Data(
            contentsOf: FixtureSite.repositoryRoot.appendingPathComponent("themes/paper/assets/css/site.css"))
        #expect(own == ThemeAssets.hashedName("css/site.css", data: paper).replacingOccurrences(of: "css/", with: ""))
        #expect(try site.read("assets/css/" + own) == AssetCompaction.css(String(decoding: paper, as: UTF8.self)))
        let base = try #require(css.first { $0.hasPrefix("base.") })
        let page = try site.read("beginner/01-first/index.html")
        let baseLink = try #require(page.range(of: "assets/css/\(base)"))
        let ownLink = try #require(page.range(of: "assets/css/\(own)"))
        #expect(baseLink.lowerBound < ownLink.lowerBound, "the structure loads before the theme's tokens")
        #expect(page.contains("class=\"sidebar\""), "kitestacks' lesson template is used")
        #expect(page.contains("assets/js/search."), "kitestacks' scripts are inherited")
    }

    @Test func extendsAMissingThemeOrACycleIsReported() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let themes = site.root.appendingPathComponent("themes")
        for (name, parent) in [("orphan", "nowhere"), ("loop-a", "loop-b"), ("loop-b", "loop-a")] {
            let folder = themes.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "extends: \(parent)\n".write(
                to: folder.appendingPathComponent("theme.yml"), atomically: true, encoding: .utf8)
        }
        let orphan = site.errors(of: await site.build { $0.theme = "orphan" })
        #expect(orphan.contains { $0.contains("theme.yml: 'extends: nowhere' but there is no theme 'nowhere'") })
        let loop = site.errors(of: await site.build { $0.theme = "loop-a" })
        #expect(loop.contains { $0.contains("'extends' makes a cycle (loop-a → loop-b → loop-a)") })
    }
}

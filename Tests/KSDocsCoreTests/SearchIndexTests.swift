import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// The search index: its postings, its script, and the site built with it.
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

    @Test func scriptIsCompactDeltaEncodedAndSafe() throws {
        var index = SearchIndex()
        index.add(Self.entry("First </script>", url: "a/", body: "shared"))
        index.add(Self.entry("Second", url: "b/", body: "other"))
        index.add(Self.entry("Third", url: "c/", headings: [("x", "Shared heading")], body: "text"))
        let script = index.script
        #expect(script.hasPrefix("window.ksdocsSearchIndex={\"v\":2,"))
        #expect(!script.contains("</script>"), "'<' is escaped so the index can never close a script element")
        // pages 0 (body) and 2 (heading): 0*16+1, then (2-0)*16+4
        #expect(script.contains("\"shared\":[1,36]"))
        let json = try #require(script.split(separator: "=", maxSplits: 1).last?.dropLast(2))
        let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((object?["pages"] as? [Any])?.count == 3)
        #expect((object?["shards"] as? [[String: Any]])?.first?["b"] as? Int == 0)
    }

    @Test func shardsCountPagesFromTheirFirstPage() throws {
        var index = SearchIndex()
        let pages = SearchIndex.shardSize + 2
        for number in 0..<pages { index.add(Self.entry("Page \(number)", url: "p\(number)/", body: "everywhere")) }
        let json = try #require(index.script.split(separator: "=", maxSplits: 1).last?.dropLast(2))
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let shards = try #require(object["shards"] as? [[String: Any]])
        #expect(shards.map { $0["b"] as? Int } == [0, SearchIndex.shardSize])
        // In the second shard, its first page is 0 pages past the shard's start: 0*16 + 1 (body).
        let second = try #require(shards[1]["t"] as? [String: [Int]])
        #expect(second["everywhere"] == [1, 17])
    }

    @Test func unchangedLinesAreCopiedFromTheLastScript() throws {
        /// With `previous`, pages it has take their tokens from it, as in an incremental build.
        func index(_ bodies: [String], previous: PreviousTokens? = nil) -> SearchIndex {
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
        var bodies = (0..<(SearchIndex.shardSize * 2)).map { "text \($0) “quoted” \\ back\\slash" }
        let first = index(bodies).script(reusing: nil)
        bodies[3] = "edited"
        let lines = try #require(ScriptLines(script: first.text, keys: first.keys))
        let second = index(bodies, previous: PreviousTokens(lines)).script(reusing: lines)
        #expect(
            second.text == index(bodies).script(reusing: nil).text, "reusing lines writes what a fresh script would")
        #expect(second.keys.shards[1] == first.keys.shards[1], "the untouched shard keeps its key")
        #expect(second.keys.shards[0] != first.keys.shards[0])
        #expect(ScriptLines(script: "window.x={};\n", keys: first.keys) == nil, "another script's lines are not used")
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
        let script = try site.read("search-index.js")
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

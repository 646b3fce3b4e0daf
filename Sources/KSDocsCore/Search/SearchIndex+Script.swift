import Foundation
import KSDocsMarkdown

extension SearchIndex {
    /// The global the script sets, read by the themes' `js/search.js`.
    public static let globalName = "ksdocsSearchIndex"

    /// Pages per shard of the token table.
    static let shardSize = 32

    /// The index as a script: `window.ksdocsSearchIndex={...};`.
    public var script: String { script(reusing: nil).text }

    /// Layout (compact, stable for a given site, one page or shard per line):
    /// `v` format version; `stop` the stop words; `pages` one object per page (`t` title,
    /// `u` site path, `k` kind, `s` snippet, `h` headings, each its text when its id is the
    /// text's GitHub-style slug, else `[id, text]`, `c` commands); `shards` the token table
    /// in shards of `shardSize` pages: `b` the shard's first page, `t` each token's
    /// postings in that shard, sorted by page, each number being `(page − previous page) × 16
    /// + fields` with the first page counted from `b` (fields: 1 body, 2 command, 4 heading,
    /// 8 title).
    ///
    /// Lines whose key is in `previous` (the last build's script, see `ScriptLines`) are
    /// copied from it instead of being made again: after a one-page edit, only that page's
    /// line and its shard's are new. Returns the keys of this script's lines.
    func script(reusing previous: ScriptLines?) -> (text: String, keys: ScriptKeys) {
        var out = "window.\(Self.globalName)={\"v\":2,\"stop\":["
        out += Self.stopWords.map(Self.json).joined(separator: ",")
        out += "],\"pages\":[\n"
        for (number, entry) in entries.enumerated() {
            let key = entryKeys[number]
            if !key.isEmpty, let line = previous?.entry(forKey: key) {
                out += line
            } else {
                out += Self.json(entry)
            }
            out += number == entries.count - 1 ? "\n" : ",\n"
        }
        out += "],\"shards\":[\n"
        var shardKeys: [String] = []
        let shardCount = (entries.count + Self.shardSize - 1) / Self.shardSize
        for shard in 0..<shardCount {
            let range = (shard * Self.shardSize)..<min((shard + 1) * Self.shardSize, entries.count)
            let keys = entryKeys[range]
            let key =
                keys.contains("") ? "" : ContentHash.hex(text: "\(range)\n" + keys.joined(separator: "\n"))
            shardKeys.append(key)
            if !key.isEmpty, let line = previous?.shard(forKey: key) {
                out += line
            } else {
                out += shardJSON(range)
            }
            out += shard == shardCount - 1 ? "\n" : ",\n"
        }
        out += "]};\n"
        return (out, ScriptKeys(entries: entryKeys, shards: shardKeys))
    }

    /// One page's object.
    private static func json(_ entry: Entry) -> String {
        var page = "{\"t\":\(json(entry.title)),\"u\":\(json(entry.url)),\"k\":\(json(entry.kind))"
        if !entry.snippet.isEmpty { page += ",\"s\":\(json(entry.snippet))" }
        if !entry.headings.isEmpty {
            page +=
                ",\"h\":["
                + entry.headings.map { heading in
                    // The id is left out when the script can derive it from the text (HeadingSlugger's rule).
                    heading.id == HeadingSlugger.slug(heading.text)
                        ? json(heading.text) : "[\(json(heading.id)),\(json(heading.text))]"
                }.joined(separator: ",") + "]"
        }
        if !entry.commands.isEmpty {
            page += ",\"c\":[" + entry.commands.map(json).joined(separator: ",") + "]"
        }
        return page + "}"
    }

    /// The token table of the pages in `range`.
    private func shardJSON(_ range: Range<Int>) -> String {
        var postings: [String: [(page: Int, fields: Field)]] = [:]
        for page in range {
            for (token, fields) in tokenLists[page].tokens { postings[token, default: []].append((page, fields)) }
        }
        var out = "{\"b\":\(range.lowerBound),\"t\":{"
        var first = true
        for token in postings.keys.sorted() {
            if !first { out += "," }
            first = false
            out += Self.json(token) + ":["
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

    /// A JSON string literal, safe inside a script file.
    static func json(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}

/// The keys of a search script's lines (its pages and its shards), kept in the build
/// cache with what `stat` said of the written file, so the next build can reuse the lines
/// of the file if nothing changed it since.
struct ScriptKeys: Codable, Sendable {
    var entries: [String] = []
    var shards: [String] = []
    var file: FileSignature?
}

/// The last build's search script: its page and shard lines in order, and their numbers by key.
struct ScriptLines: Sendable {
    private(set) var entryLines: [Substring] = []
    private(set) var shardLines: [Substring] = []
    private(set) var entryNumbers: [String: Int] = [:]
    private var shardNumbers: [String: Int] = [:]

    /// The page line with `key`, if the script has one.
    func entry(forKey key: String) -> Substring? {
        entryNumbers[key].map { entryLines[$0] }
    }

    /// The shard line with `key`, if the script has one.
    func shard(forKey key: String) -> Substring? {
        shardNumbers[key].map { shardLines[$0] }
    }

    /// The lines of `script` (as written by `SearchIndex.script(reusing:)` with `keys`), or nil
    /// when its lines do not match the keys.
    init?(script: String, keys: ScriptKeys) {
        // Split on bytes: splitting on Characters would run grapheme breaking over the whole script.
        let lines = script.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            Substring($0)
        }
        func isLine(_ line: Substring, _ text: String) -> Bool { line.utf8.elementsEqual(text.utf8) }
        guard let middle = lines.firstIndex(where: { isLine($0, "],\"shards\":[") }) else { return nil }
        let entryLines = lines[1..<middle]
        let shardLines = lines[(middle + 1)...].prefix { !isLine($0, "]};") }
        guard entryLines.count == keys.entries.count, shardLines.count == keys.shards.count else { return nil }
        func trimmed(_ line: Substring) -> Substring {
            // On bytes: Character-wise suffix checks would walk lines a shard long.
            guard line.utf8.last == UInt8(ascii: ",") else { return line }
            return line[..<line.utf8.index(before: line.endIndex)]
        }
        self.entryLines = entryLines.map(trimmed)
        self.shardLines = shardLines.map(trimmed)
        for (number, key) in keys.entries.enumerated() where !key.isEmpty { entryNumbers[key] = number }
        for (number, key) in keys.shards.enumerated() where !key.isEmpty { shardNumbers[key] = number }
    }
}

/// The tokens of the pages of the last build's search script, read back from its shards:
/// a page that did not change keeps its tokens without its text being tokenized again
/// (pages taken from the build cache have no full text). Shards are parsed on first use.
final class PreviousTokens: @unchecked Sendable {
    private let lines: ScriptLines
    private let lock = NSLock()
    private var parsed: [Int: [[(token: String, fields: SearchIndex.Field)]]] = [:]

    init(_ lines: ScriptLines) {
        self.lines = lines
    }

    /// Whether the last script has a page line with `key`.
    func has(_ key: String) -> Bool {
        lines.entryNumbers[key] != nil
    }

    /// The tokens of the page with `key` in the last script (empty if it has none).
    func tokens(forKey key: String) -> [(token: String, fields: SearchIndex.Field)] {
        guard let number = lines.entryNumbers[key] else { return [] }
        let shard = number / SearchIndex.shardSize
        let pages = lock.withLock { parsed[shard] } ?? parse(shard)
        let offset = number - shard * SearchIndex.shardSize
        return offset < pages.count ? pages[offset] : []
    }

    /// The tokens of each page of shard `shard`, from its postings.
    private func parse(_ shard: Int) -> [[(token: String, fields: SearchIndex.Field)]] {
        var pages = [[(token: String, fields: SearchIndex.Field)]](repeating: [], count: SearchIndex.shardSize)
        if shard < lines.shardLines.count,
            let object = try? JSONSerialization.jsonObject(with: Data(lines.shardLines[shard].utf8)) as? [String: Any],
            let base = object["b"] as? Int, let table = object["t"] as? [String: [Int]]
        {
            for (token, numbers) in table {
                var page = base
                for number in numbers {
                    page += number >> 4
                    let offset = page - shard * SearchIndex.shardSize
                    if offset >= 0, offset < pages.count {
                        pages[offset].append((token, SearchIndex.Field(rawValue: number & 15)))
                    }
                }
            }
        }
        lock.withLock { parsed[shard] = pages }
        return pages
    }
}

import Foundation

extension SearchIndex {
    /// The global the root file sets, read by the themes' `js/search.js`.
    public static let globalName = "ksdocsSearchIndex"
    /// The global object each part file adds itself to, under its number.
    public static let partsGlobalName = "ksdocsSearchParts"
    /// The version of the files' layout (3: a root file and part files).
    static let formatVersion = 3
    /// Pages per shard of the token table.
    static let shardSize = 32
    /// Pages per part file, a whole number of shards: the 1,000-page benchmark corpus makes 8
    /// files, the 10,000-page one 80 (10,201 pages).
    static let partSize = 128
    /// The folder of the part files, beside the root file `search-index.js`.
    public static let partsFolder = "search-index"

    /// Site path of part file `number`.
    static func partPath(_ number: Int) -> String { "\(partsFolder)/\(number).js" }

    /// The index as files: a small root script and one part script per `partSize` pages.
    public struct Files: Sendable {
        /// The root script: `window.ksdocsSearchIndex={...};`.
        public var root: String
        /// Each part file's site path and text; nil text: the file the last build wrote is right as it is.
        public var parts: [(path: String, text: String?)]
        /// What the next build needs to reuse these files.
        var keys: ScriptKeys
    }

    /// Layout. The root script sets `window.ksdocsSearchIndex` to `v` the format version,
    /// `stop` the stop words, `count` the number of pages, and `parts` one `{"f": file, "h":
    /// hash}` per part (the file's site path and the first 8 hex digits of a hash of its
    /// bytes, which `search.js` appends to the file's URL so a browser never mixes parts
    /// of two builds). Part file N sets `window.ksdocsSearchParts[N]` to `pages`, one object
    /// per page of its range (`t` title, `u` site path, `k` kind, `s` snippet, `h` headings,
    /// each its text when its id is the text's GitHub-style slug, else `[id, text]`, `c`
    /// commands), and `shards`, the token table of those pages in shards of `shardSize`: `b`
    /// the shard's first page, `t` each token's postings in that shard, sorted by page, each
    /// number being `(page − previous page) × 16 + fields` with the first page counted from
    /// `b` (fields: 1 body, 2 command, 4 heading, 8 title). Page numbers count over the
    /// whole site, so the parts' `pages` and `shards` laid end to end are the whole index.
    /// Every page and shard is one line.
    ///
    /// With `previous` (the last build's files), a part whose pages all kept their keys is
    /// not made again (nil text), and in the others the lines of pages and shards whose key
    /// `previous` has are copied from its files: after a one-page edit, only that page's part
    /// is made, from its other pages' lines and its shards' lines but one.
    func files(reusing previous: PreviousSearchFiles? = nil) async -> Files {
        let shardCount = (entries.count + Self.shardSize - 1) / Self.shardSize
        let shardKeys = (0..<shardCount).map(shardKey)
        let partCount = (entries.count + Self.partSize - 1) / Self.partSize
        let made = await ParallelMap.map(Array(0..<partCount)) {
            [self] number -> (text: String?, part: ScriptKeys.Part) in
            let key = partKey(number, shardKeys: shardKeys)
            if let kept = previous?.unchangedPart(number, key: key) { return (nil, kept) }
            let text = partText(number, shardKeys: shardKeys, previous: previous)
            return (text, ScriptKeys.Part(key: key, hash: ContentHash.hex(text.utf8, length: 8)))
        }
        var root = "window.\(Self.globalName)={\"v\":\(Self.formatVersion),\"stop\":["
        root += Self.stopWords.map(Self.json).joined(separator: ",")
        root += "],\"count\":\(entries.count),\"parts\":["
        root += made.enumerated().map { number, part in
            "{\"f\":\(Self.json(Self.partPath(number))),\"h\":\"\(part.part.hash)\"}"
        }.joined(separator: ",")
        root += "]};\n"
        return Files(
            root: root, parts: made.enumerated().map { (Self.partPath($0), $1.text) },
            keys: ScriptKeys(entries: entryKeys, shards: shardKeys, parts: made.map(\.part)))
    }

    /// A shard's key: its range and its pages' keys (empty when a page has none).
    private func shardKey(_ shard: Int) -> String {
        let range = (shard * Self.shardSize)..<min((shard + 1) * Self.shardSize, entries.count)
        let keys = entryKeys[range]
        return keys.contains("") ? "" : ContentHash.hex(text: "\(range)\n" + keys.joined(separator: "\n"))
    }

    /// The shards of part `number`.
    private func shards(ofPart number: Int, shardCount: Int) -> Range<Int> {
        let perPart = Self.partSize / Self.shardSize
        return (number * perPart)..<min((number + 1) * perPart, shardCount)
    }

    /// A part's key: the format, its number and its shards' keys (empty when a shard has none).
    private func partKey(_ number: Int, shardKeys: [String]) -> String {
        let keys = shardKeys[shards(ofPart: number, shardCount: shardKeys.count)]
        if keys.contains("") { return "" }
        return ContentHash.hex(text: "v\(Self.formatVersion) part \(number)\n" + keys.joined(separator: "\n"))
    }

    /// The text of part `number`, copying the lines `previous` has.
    private func partText(_ number: Int, shardKeys: [String], previous: PreviousSearchFiles?) -> String {
        let pages = (number * Self.partSize)..<min((number + 1) * Self.partSize, entries.count)
        var out = "(window.\(Self.partsGlobalName)=window.\(Self.partsGlobalName)||{})[\(number)]={\"pages\":[\n"
        for page in pages {
            let key = entryKeys[page]
            if !key.isEmpty, let line = previous?.entryLine(forKey: key) {
                out += line
            } else {
                out += Self.json(entries[page])
            }
            out += page == pages.upperBound - 1 ? "\n" : ",\n"
        }
        out += "],\"shards\":[\n"
        let shards = shards(ofPart: number, shardCount: shardKeys.count)
        for shard in shards {
            let key = shardKeys[shard]
            if !key.isEmpty, let line = previous?.shardLine(forKey: key) {
                out += line
            } else {
                out += shardJSON((shard * Self.shardSize)..<min((shard + 1) * Self.shardSize, entries.count))
            }
            out += shard == shards.upperBound - 1 ? "\n" : ",\n"
        }
        return out + "]};\n"
    }
}

/// The keys of the search files' lines (pages and shards) and of the part files, kept in
/// the build cache, so the next build can reuse the part files and lines that did not change.
struct ScriptKeys: Codable, Sendable {
    var entries: [String] = []
    var shards: [String] = []
    var parts: [Part] = []

    /// One part file as written.
    struct Part: Codable, Sendable, Equatable {
        /// Empty: never reused.
        var key: String
        /// The hash the root file lists for it.
        var hash: String
        /// What `stat` said of the file once written: reused only while it still says so.
        var file: FileSignature?
    }
}

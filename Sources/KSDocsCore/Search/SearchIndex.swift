/// The site's search index: what every page is found by, as script files.
///
/// Written as `search-index.js` at the site root, a small script that sets
/// `window.ksdocsSearchIndex` and lists the part files under `search-index/`, each
/// holding a fixed range of pages (see `files(reusing:)`). Scripts, so pages opened from
/// disk can load them with `<script>` elements (browsers refuse `fetch` on `file://`).
public struct SearchIndex: Sendable {
    /// One searchable page.
    public struct Entry: Sendable, Equatable {
        public var title: String
        /// Site path: `beginner/03-docker/` (empty for the home page).
        public var url: String
        /// The page kind, shown beside results: `lesson`, `decision`, ...
        public var kind: String
        /// A short text shown under the title.
        public var snippet: String
        /// Headings with their ids (levels 2–4).
        public var headings: [(id: String, text: String)]
        /// The commands of the page's explain blocks, as shown in results (shortened).
        public var commands: [String]
        /// The commands in full, for the index (defaults to `commands`).
        public var fullCommands: [String]
        /// Text indexed with heading weight but not shown (a case's symptom and cause).
        public var keywords: String
        /// Prose text and code.
        public var body: String

        public init(
            title: String, url: String, kind: String, snippet: String, headings: [(id: String, text: String)],
            commands: [String], fullCommands: [String]? = nil, keywords: String = "", body: String
        ) {
            self.title = title
            self.url = url
            self.kind = kind
            self.snippet = snippet
            self.headings = headings
            self.commands = commands
            self.fullCommands = fullCommands ?? commands
            self.keywords = keywords
            self.body = body
        }

        public static func == (lhs: Entry, rhs: Entry) -> Bool {
            lhs.title == rhs.title && lhs.url == rhs.url && lhs.kind == rhs.kind && lhs.snippet == rhs.snippet
                && lhs.headings.map(\.id) == rhs.headings.map(\.id)
                && lhs.headings.map(\.text) == rhs.headings.map(\.text) && lhs.commands == rhs.commands
                && lhs.keywords == rhs.keywords && lhs.body == rhs.body
        }
    }

    /// Where a token was found on a page; a posting stores the union of these bits.
    public struct Field: OptionSet, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }
        public static let body = Field(rawValue: 1)
        public static let command = Field(rawValue: 2)
        public static let heading = Field(rawValue: 4)
        public static let title = Field(rawValue: 8)
    }

    /// Frequent English words left out of the index (and out of queries, by the script).
    public static let stopWords: [String] = [
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "do", "for", "from", "has", "have", "if", "in", "into",
        "is", "it", "its", "no", "not", "of", "on", "or", "so", "than", "that", "the", "their", "then", "there",
        "these",
        "they", "this", "to", "was", "we", "were", "what", "when", "which", "will", "with", "you", "your",
    ]
    /// At most this many distinct body tokens are indexed per page (the first ones).
    public static let maxBodyTokensPerPage = 1500
    /// At most this many commands are listed per page.
    public static let maxCommandsPerPage = 40

    public private(set) var entries: [Entry] = []
    /// Each entry's tokens, in entry order.
    private(set) var tokenLists: [TokenList] = []
    /// Each entry's key for reusing its line and part file (see `ScriptKeys`); empty: never reused.
    private(set) var entryKeys: [String] = []

    /// A page's tokens, or where to find them in the last build's files (read only when
    /// a shard holding the page must be written again).
    enum TokenList: Sendable {
        case decoded([(token: String, fields: Field)])
        case previous(PreviousTokens, key: String)

        var tokens: [(token: String, fields: Field)] {
            switch self {
            case .decoded(let tokens): return tokens
            case .previous(let previous, let key): return previous.tokens(forKey: key)
            }
        }
    }

    public init() {}

    /// Changes whenever `tokens(of:)` indexes differently, so lines of older files are not reused.
    static let rulesVersion = "tokens-2"

    /// The tokens of a page with the fields each was found in, in order of first appearance.
    /// Pure, so pages can be tokenized in parallel before `add(_:tokens:)`.
    public static func tokens(of entry: Entry) -> [(token: String, fields: Field)] {
        var collector = TokenCollector()
        collector.index(entry.title, .title)
        for heading in entry.headings { collector.index(heading.text, .heading) }
        collector.index(entry.keywords, .heading)
        for command in entry.fullCommands { collector.index(command, .command) }
        collector.index(entry.snippet, .body)
        collector.index(entry.body, .body, limit: maxBodyTokensPerPage)
        return collector.ordered
    }

    /// A page's distinct tokens in order of first appearance, with the fields each was found in.
    private struct TokenCollector {
        /// Each token's place in `ordered`, or `skipped` (a stop word, or a token past the limit).
        var position = TokenTable()
        var ordered: [(token: String, fields: Field)] = []
        /// New tokens of the current text so far (its `limit` counts them).
        var seen = 0

        static let skipped = -1

        init() {
            for var word in SearchIndex.stopWords {
                word.withUTF8 { _ = position.findOrInsert($0, value: Self.skipped) }
            }
        }

        /// Adds the tokens of `text`, found in `field`, at most `limit` new ones. A method, so
        /// the tokenizer's closure reaches the collector as `self` (no captured variable whose
        /// accesses are checked at run time).
        mutating func index(_ text: String, _ field: Field, limit: Int = .max) {
            seen = 0
            SearchTokenizer.forEachToken(utf8: text) { token, hash in
                // Only a token with a `:` has suffixes (`withSuffixes`): the others are added as they are.
                if token.contains(58) {
                    for var part in SearchIndex.withSuffixes(String(decoding: token, as: UTF8.self)) {
                        part.withUTF8 { part in
                            var hash = StreamingHash()
                            hash.feed(part)
                            add(part, hash: hash.value, field, limit: limit)
                        }
                    }
                } else {
                    add(token, hash: hash, field, limit: limit)
                }
            }
        }

        /// Adds `token` (whose `StreamingHash` value is `hash`), found in `field`, unless it is a
        /// stop word or the text's `limit` of new tokens is reached; a token seen before gets
        /// `field` added. One table lookup.
        mutating func add(_ token: UnsafeBufferPointer<UInt8>, hash: UInt64, _ field: Field, limit: Int) {
            let canAdd = seen < limit
            let (at, isNew) = position.findOrInsert(token, hash: hash, value: canAdd ? ordered.count : Self.skipped)
            if isNew {
                guard canAdd else { return }
                seen += 1
                ordered.append((String(decoding: token, as: UTF8.self), field))
            } else if at >= 0 {
                ordered[at].fields.formUnion(field)
            }
        }
    }

    /// A token and what follows each `:` in it, so `127.0.0.1:8080:80` is also found as
    /// `8080:80` and `80`, and `https://git.example.org` as `git.example.org`.
    static func withSuffixes(_ token: String) -> [String] {
        guard token.utf8.contains(58) else { return [token] }
        var out = [token]
        var rest = Substring(token)
        while let colon = rest.firstIndex(of: ":") {
            rest = rest[rest.index(after: colon)...]
            let suffix = rest.drop { $0 == "/" }
            if suffix.count >= 2, suffix.contains(where: { $0.isLetter || $0.isNumber }) { out.append(String(suffix)) }
        }
        return out
    }

    /// Adds a page, indexing its title, headings, commands and body. Its key is made of
    /// everything in it, so its line is reused by the next build while it stays the same.
    public mutating func add(_ entry: Entry) {
        add(entry, tokens: .decoded(Self.tokens(of: entry)), key: Self.key(of: entry))
    }

    /// A key for an entry made of its whole text (and the indexing rules).
    static func key(of entry: Entry) -> String {
        var text = [entry.title, entry.url, entry.kind, entry.snippet, entry.keywords, entry.body].joined(
            separator: "\u{1}")
        for heading in entry.headings { text += "\u{2}" + heading.id + "\u{1}" + heading.text }
        for command in entry.commands { text += "\u{3}" + command }
        for command in entry.fullCommands { text += "\u{4}" + command }
        return rulesVersion + "\u{1}entry\u{1}" + ContentHash.hex(text.utf8)
    }

    /// Adds a page whose tokens were computed with `tokens(of:)`.
    public mutating func add(_ entry: Entry, tokens: [(token: String, fields: Field)]) {
        add(entry, tokens: .decoded(tokens), key: "")
    }

    /// Adds a page; `key` names everything its entry and tokens come from (empty: unknown).
    mutating func add(_ entry: Entry, tokens: TokenList, key: String) {
        entries.append(entry)
        tokenLists.append(tokens)
        entryKeys.append(key)
    }

    /// Pages whose tokens include `token` exactly, with the fields it was found in.
    public func pages(for token: String) -> [Int: Field] {
        var pages: [Int: Field] = [:]
        for (page, list) in tokenLists.enumerated() {
            for (found, fields) in list.tokens where found == token { pages[page, default: []].formUnion(fields) }
        }
        return pages
    }

}

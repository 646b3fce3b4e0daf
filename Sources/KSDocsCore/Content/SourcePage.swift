public import KSDocsCommands
public import KSDocsMarkdown

/// One Markdown page, read, checked and parsed once: the page model every backend renders.
/// Its HTML (`markdown.html`) holds placeholders for local links (`LinkPlaceholders`) and for
/// blocks (`BlockPlaceholders`: callouts, code and explain blocks, heading permalinks) whose
/// values are `markdown` and `explainBlocks`; no backend parses the page's Markdown again.
///
/// A class, and immutable: a site holds thousands of pages that every stage passes
/// around, and copying a struct of this many fields cost more than the work done on it.
public final class SourcePage: Sendable, Codable {
    /// Path relative to Content/, e.g. `beginner/03-docker.md`.
    public let source: String
    /// Path as shown in diagnostics, e.g. `Content/beginner/03-docker.md`.
    public let displayPath: String
    public let kind: PageKind
    /// The folder holding the page, relative to Content/ (empty at the top).
    public let folder: String
    /// Where the page is written: `beginner/03-docker/` (empty for the home page).
    public let urlPath: String
    public let metadata: PageMetadata
    public let title: String
    /// The page's Markdown as parsed: HTML with placeholders, and the values they stand for.
    public let markdown: RenderedMarkdown
    /// A hash of the file's bytes, for the incremental build cache.
    public let contentHash: String
    /// The page's explain blocks, in order (`BlockPlaceholders.explain(index)` in its HTML).
    public let explainBlocks: [ExplainBlock]
    /// The commands of the page's explain blocks, in order.
    public var commands: [ExplainedCommand] { explainBlocks.flatMap(\.steps) }
    /// Number of commands in the page's explain blocks.
    public var commandCount: Int { explainBlocks.reduce(0) { $0 + $1.steps.count } }
    /// The page's time estimate (computed for every page; shown for lessons).
    public let time: TimeEstimate
    /// False for a page taken from the build cache without its HTML, full text and code
    /// blocks (see `CachedPage`): it must be loaded again before it is rendered.
    public let isComplete: Bool
    /// Reading order in a folder: file-name number, `order`/`weight`, newest `date` first, title
    /// (made once: every build sorts every folder by it).
    let sortKey: (Int, Int, String, String)
    /// What later steps derive from this page alone (see `PageMemo`).
    let memo = PageMemo()

    init(
        source: String, displayPath: String, kind: PageKind, folder: String, urlPath: String, metadata: PageMetadata,
        title: String, markdown: RenderedMarkdown, contentHash: String, explainBlocks: [ExplainBlock],
        time: TimeEstimate, isComplete: Bool = true
    ) {
        self.source = source
        self.displayPath = displayPath
        self.kind = kind
        self.folder = folder
        self.urlPath = urlPath
        self.metadata = metadata
        self.title = title
        self.markdown = markdown
        self.contentHash = contentHash
        self.explainBlocks = explainBlocks
        self.time = time
        self.isComplete = isComplete
        sortKey = Self.sortKey(source: source, metadata: metadata, title: title)
    }

    private enum CodingKeys: String, CodingKey {
        case source, displayPath, kind, folder, urlPath, metadata, title, markdown, contentHash, explainBlocks
        case time, isComplete
    }

    /// In the build cache's binary form, `markdown` is written field by field
    /// (`RenderedMarkdown+Binary`); other coders get it as a value.
    public required init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        displayPath = try container.decode(String.self, forKey: .displayPath)
        kind = try container.decode(PageKind.self, forKey: .kind)
        folder = try container.decode(String.self, forKey: .folder)
        urlPath = try container.decode(String.self, forKey: .urlPath)
        metadata = try container.decode(PageMetadata.self, forKey: .metadata)
        title = try container.decode(String.self, forKey: .title)
        if let binary = decoder as? BinaryDecoder {
            markdown = try RenderedMarkdown(binary: binary.reader)
        } else {
            markdown = try container.decode(RenderedMarkdown.self, forKey: .markdown)
        }
        contentHash = try container.decode(String.self, forKey: .contentHash)
        explainBlocks = try container.decode([ExplainBlock].self, forKey: .explainBlocks)
        time = try container.decode(TimeEstimate.self, forKey: .time)
        isComplete = try container.decode(Bool.self, forKey: .isComplete)
        sortKey = Self.sortKey(source: source, metadata: metadata, title: title)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(displayPath, forKey: .displayPath)
        try container.encode(kind, forKey: .kind)
        try container.encode(folder, forKey: .folder)
        try container.encode(urlPath, forKey: .urlPath)
        try container.encode(metadata, forKey: .metadata)
        try container.encode(title, forKey: .title)
        if let binary = encoder as? BinaryEncoder {
            try markdown.write(binary: binary.writer)
        } else {
            try container.encode(markdown, forKey: .markdown)
        }
        try container.encode(contentHash, forKey: .contentHash)
        try container.encode(explainBlocks, forKey: .explainBlocks)
        try container.encode(time, forKey: .time)
        try container.encode(isComplete, forKey: .isComplete)
    }

    /// This page without what only rendering and search need (see `CachedPage`): no HTML
    /// or code blocks, and only as much text as the search snippet shows. A case keeps
    /// its HTML: its flashcard's answer quotes the Fix section (`InterviewDeck.caseCard`); a page
    /// whose callouts hold code keeps its code blocks: flashcards quote callouts.
    func withoutContent() -> SourcePage {
        var markdown = markdown
        if kind != .troubleshootingCase { markdown.html = "" }
        if !markdown.alerts.contains(where: { ByteSearch.contains($0.contentHTML, BlockPlaceholders.codePrefix) }) {
            markdown.codeBlocks = []
        }
        markdown.plainText = SearchIndexBuilder.collapse(
            markdown.plainText, atMost: SearchIndexBuilder.snippetLength + 1)
        return SourcePage(
            source: source, displayPath: displayPath, kind: kind, folder: folder, urlPath: urlPath,
            metadata: metadata, title: title, markdown: markdown, contentHash: contentHash,
            explainBlocks: explainBlocks, time: time, isComplete: false)
    }

    /// The file name without `.md`: `03-docker`.
    public var stem: String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    private static func sortKey(source: String, metadata: PageMetadata, title: String) -> (Int, Int, String, String) {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        let stem = name.hasSuffix(".md") ? String(name.dropLast(3)) : name
        return (
            Slug.numericPrefix(stem) ?? Int.max, metadata.order ?? Int.max, Self.newestFirst(metadata.date?.value),
            title.lowercased()
        )
    }

    /// A key that sorts `YYYY-MM-DD` dates newest first, and pages without a date after them.
    private static func newestFirst(_ date: String?) -> String {
        guard let date else { return "~" }
        return String(date.map { $0.isNumber ? Character(String(9 - ($0.wholeNumberValue ?? 0))) : $0 })
    }
}

/// A folder of Content/: a track (with `_track.yml`) or a plain section.
public struct SiteSection: Sendable {
    public var folder: String
    public var urlPath: String
    public var isTrack: Bool
    public var title: String
    public var summary: String?
    public var audience: String?
    public var order: Int?
    /// Pages directly in the folder, in reading order (the folder's `index.md` excluded).
    public var pages: [Int] = []
    /// Sub-folders, in order.
    public var subsections: [String] = []
    /// The folder's `index.md`, if it has one.
    public var indexPage: Int?
    /// Sum of the lessons' estimates.
    public var totalMinutes = 0
}

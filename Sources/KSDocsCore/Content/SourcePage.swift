public import KSDocsCommands
public import KSDocsMarkdown

/// One Markdown page, read, checked and rendered to HTML (local links still as placeholders).
public struct SourcePage: Sendable, Codable {
    /// Path relative to Content/, e.g. `beginner/03-docker.md`.
    public var source: String
    /// Path as shown in diagnostics, e.g. `Content/beginner/03-docker.md`.
    public var displayPath: String
    public var kind: PageKind
    /// The folder holding the page, relative to Content/ (empty at the top).
    public var folder: String
    /// Where the page is written: `beginner/03-docker/` (empty for the home page).
    public var urlPath: String
    public var metadata: PageMetadata
    public var title: String
    public var markdown: RenderedMarkdown
    /// A hash of the file's bytes, for the incremental build cache.
    public var contentHash: String
    /// The Markdown after the front matter, for other renderers (BookStack).
    public var body: String
    /// Lines before `body` in the file.
    public var bodyLineOffset: Int
    /// The commands of the page's explain blocks, in order.
    public var commands: [ExplainedCommand]
    /// Number of commands in the page's explain blocks.
    public var commandCount: Int { commands.count }
    /// The page's time estimate (computed for every page; shown for lessons).
    public var time: TimeEstimate
    /// False for a page taken from the build cache without its HTML, full text and
    /// body (see `CachedPage`): it must be loaded again before it is rendered.
    public var isComplete = true

    /// The file name without `.md`: `03-docker`.
    public var stem: String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// Sort key inside a folder: numeric prefix, then `order:`, then title.
    var sortKey: (Int, Int, String) {
        (Slug.numericPrefix(stem) ?? Int.max, metadata.order ?? Int.max, title.lowercased())
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

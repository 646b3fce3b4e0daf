/// A heading found in a Markdown document, with the id it was given.
public struct MarkdownHeading: Sendable, Equatable, Codable {
    public var level: Int
    /// The heading's text content (inline markup dropped).
    public var text: String
    /// The GitHub-style id written on the heading element.
    public var id: String
    /// 1-based line in the Markdown source.
    public var line: Int

    public init(level: Int, text: String, id: String, line: Int) {
        self.level = level
        self.text = text
        self.id = id
        self.line = line
    }
}

/// A link or image whose URL is local (relative path or `#fragment`).
///
/// Local URLs are written into the HTML as the placeholder `ksdocs-link:<index>`;
/// the caller resolves them once every page's headings are known (see `LinkPlaceholders`).
public struct MarkdownLink: Sendable, Equatable, Codable {
    public var index: Int
    public var url: String
    public var isImage: Bool
    public var line: Int
    public var column: Int

    public init(index: Int, url: String, isImage: Bool, line: Int, column: Int) {
        self.index = index
        self.url = url
        self.isImage = isImage
        self.line = line
        self.column = column
    }
}

/// A fenced or indented code block: a value of the page model when the caller's code-block hook
/// leaves `BlockPlaceholders.code(index)` in its place, which each backend then renders
/// (`plainHTML` is cmark-gfm's own form).
public struct MarkdownCodeBlock: Sendable, Equatable, Codable {
    /// The whole info string, e.g. `sh explain`.
    public var info: String
    /// The first word of the info string, lowercased (`sh`), or empty.
    public var language: String
    public var code: String
    /// 1-based line of the opening fence in the Markdown source.
    public var line: Int

    public init(info: String, language: String, code: String, line: Int) {
        self.info = info
        self.language = language
        self.code = code
        self.line = line
    }
}

/// A GitHub alert (`> [!NOTE]`) found in a block quote: a callout when `MarkdownHooks.callout`
/// takes it, which then is a value of the page model, not HTML: the page's HTML holds
/// `BlockPlaceholders.callout(index)` in its place and each backend renders it.
public struct MarkdownAlert: Sendable, Equatable, Codable {
    /// The alert type as written, uppercased: `NOTE`, `INTERVIEW`, ...
    public var type: String
    public var line: Int
    /// The callout's content as HTML (local links and callouts inside it as placeholders);
    /// empty for an alert the hook did not take (it stays a block quote in the page's HTML).
    public var contentHTML: String = ""
    /// The alert's content as plain text.
    public var text: String = ""

    public init(type: String, line: Int, contentHTML: String = "", text: String = "") {
        self.type = type
        self.line = line
        self.contentHTML = contentHTML
        self.text = text
    }
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Codable {
    public var html: String
    /// The text of the first level-1 heading when it was taken out as the title.
    public var extractedTitle: String?
    public var headings: [MarkdownHeading]
    public var links: [MarkdownLink]
    /// Every code block, explain blocks included, in order: `BlockPlaceholders.code(index)` is `codeBlocks[index]`.
    public var codeBlocks: [MarkdownCodeBlock]
    public var alerts: [MarkdownAlert]
    /// Prose text (headings, paragraphs, inline code; no code blocks), for word counts and search.
    public var plainText: String
    /// Number of words in `plainText`.
    public var wordCount: Int

    public init(
        html: String, extractedTitle: String?, headings: [MarkdownHeading], links: [MarkdownLink],
        codeBlocks: [MarkdownCodeBlock], alerts: [MarkdownAlert], plainText: String, wordCount: Int
    ) {
        self.html = html
        self.extractedTitle = extractedTitle
        self.headings = headings
        self.links = links
        self.codeBlocks = codeBlocks
        self.alerts = alerts
        self.plainText = plainText
        self.wordCount = wordCount
    }
}

/// What the caller wants rendered differently from cmark-gfm's own HTML.
///
/// The closures run synchronously during one `render` call, so they may
/// collect data into the caller's local state.
public struct MarkdownHooks {
    /// HTML to use instead of a code block (a placeholder, to keep the block a value), or nil
    /// for cmark-gfm's rendering.
    public var codeBlock: (MarkdownCodeBlock) -> String?
    /// Whether an alert is a callout (taken out of the HTML as a value) or stays a plain block quote.
    public var callout: (MarkdownAlert) -> Bool
    /// HTML appended inside each heading after its text (e.g. a permalink); gets level and id.
    public var headingSuffix: (_ level: Int, _ id: String) -> String

    public init(
        codeBlock: @escaping (MarkdownCodeBlock) -> String? = { _ in nil },
        callout: @escaping (MarkdownAlert) -> Bool = { _ in false },
        headingSuffix: @escaping (_ level: Int, _ id: String) -> String = { _, _ in "" }
    ) {
        self.codeBlock = codeBlock
        self.callout = callout
        self.headingSuffix = headingSuffix
    }
}

/// Which level-1 heading of a body `MarkdownRenderer` takes out as the page's title.
public enum TitleExtraction: Sendable {
    /// Every heading stays in the body.
    case none
    /// The first level-1 heading anywhere (a page whose front matter has no title).
    case firstHeading
    /// A level-1 heading that is the body's first block, so a page with a front-matter title
    /// and the same title as its first line (MkDocs, Hugo) shows one heading, not two.
    case leadingHeading
}

/// The settings of `Content/site.yml`.
public struct SiteConfiguration: Sendable, Equatable {
    public var title: String = "Documentation"
    /// Whether site.yml gave the title (otherwise it comes from the home page or the folder's name).
    public var hasTitle = false
    public var baseURL: String?
    public var theme: String?
    public var language: String = "en"
    public var readingWordsPerMinute: Int = 200
    public var minutesPerCommand: Int = 2
    public var bookStackShelf: String?
    public var bookStackSiteID: String?
    /// `links: warn` makes broken links and anchors warnings instead of errors (sites being migrated).
    public var brokenLinksAreWarnings = false

    public init() {}

    static let allowedKeys = [
        "title", "base_url", "theme", "language", "reading_wpm", "minutes_per_command", "bookstack", "links",
    ]
    static let allowedBookStackKeys = ["shelf", "site_id"]

    /// Reads site.yml's text, collecting diagnostics for wrong types and unknown keys.
    static func parse(_ yaml: String, file: String) -> (SiteConfiguration, [Diagnostic]) {
        var fields = YAMLFields(yaml: yaml, file: file, lineOffset: 0, context: "site.yml")
        var configuration = SiteConfiguration()
        if let title = fields.string("title") {
            configuration.title = title.value
            configuration.hasTitle = true
        }
        if let baseURL = fields.string("base_url") {
            let value = baseURL.value.hasSuffix("/") ? baseURL.value : baseURL.value + "/"
            if value.hasPrefix("http://") || value.hasPrefix("https://") {
                configuration.baseURL = value
            } else {
                fields.diagnostics.append(
                    .error(
                        file, line: baseURL.line, column: baseURL.column,
                        "site.yml: 'base_url' must start with http:// or https://, got \"\(baseURL.value)\""))
            }
        }
        configuration.theme = fields.string("theme")?.value
        if let language = fields.string("language") { configuration.language = language.value }
        if let wpm = fields.int("reading_wpm") {
            if wpm.value > 0 {
                configuration.readingWordsPerMinute = wpm.value
            } else {
                fields.diagnostics.append(
                    .error(file, line: wpm.line, column: wpm.column, "site.yml: 'reading_wpm' must be above 0"))
            }
        }
        if let perCommand = fields.int("minutes_per_command") {
            configuration.minutesPerCommand = max(0, perCommand.value)
        }
        if let links = fields.choice("links", from: ["error", "warn"]) {
            configuration.brokenLinksAreWarnings = links.value == "warn"
        }
        if var bookstack = fields.mapping("bookstack", context: "site.yml: bookstack") {
            configuration.bookStackShelf = bookstack.string("shelf")?.value
            configuration.bookStackSiteID = bookstack.string("site_id")?.value
            bookstack.warnUnknownKeys(allowed: allowedBookStackKeys, kindName: "the bookstack settings")
            fields.diagnostics += bookstack.diagnostics
        }
        fields.warnUnknownKeys(allowed: allowedKeys, kindName: "site.yml")
        return (configuration, fields.diagnostics)
    }
}

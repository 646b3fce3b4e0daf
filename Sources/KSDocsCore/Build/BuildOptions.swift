public import Foundation

/// What `ksdocs build` and `ksdocs check` were asked to do.
public struct BuildOptions: Sendable {
    /// The content folder as the user gave it (default `Content`).
    public var content: String = "Content"
    /// The output folder as the user gave it (default `Output`).
    public var output: String = "Output"
    /// The theme named on the command line; site.yml's `theme:` otherwise, else `kitestacks`.
    public var theme: String?
    /// The folder holding themes; default `themes` beside the content folder.
    public var themesDirectory: String?
    public var includeDrafts = false
    /// Warnings count as errors.
    public var strict = false
    /// Check only: render everything but write nothing.
    public var writeOutput = true
    /// Replace an existing output folder even when it holds files ksdocs did not write.
    public var force = false
    /// Whether the output folder is checked at all (`publish` never writes it).
    public var checksOutputFolder = true
    /// Today as YYYY-MM-DD for "days to go" on the roadmap; nil for the real date
    /// (or `SOURCE_DATE_EPOCH`'s).
    public var today: String?

    /// Tests: records the names the templates ask for and the keys the contexts give.
    var templateKeyRecorder: TemplateKeyRecorder?
    /// Tests: render with swift-mustache only (`Theme.rendersWithMustacheOnly`).
    var rendersWithMustacheOnly = false

    public init() {}

    static let defaultTheme = "kitestacks"

    public var contentURL: URL { URL(fileURLWithPath: content).standardizedFileURL }
    var outputURL: URL { URL(fileURLWithPath: output).standardizedFileURL }
    var themesURL: URL {
        if let themesDirectory { return URL(fileURLWithPath: themesDirectory).standardizedFileURL }
        return contentURL.deletingLastPathComponent().appendingPathComponent("themes")
    }
    var themesDisplay: String {
        if let themesDirectory { return themesDirectory }
        let parent = (content as NSString).deletingLastPathComponent
        return parent.isEmpty ? "themes" : parent + "/themes"
    }
}

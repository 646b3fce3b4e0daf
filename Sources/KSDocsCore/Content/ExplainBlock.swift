public import KSDocsCommands

/// An explain block (```` ```sh explain ````) as a value of the page model: its commands with
/// the author's explanations and output. The page's HTML holds `BlockPlaceholders.explain(index)`
/// in its place; the site renders it with the theme's `partials/explain`
/// (`Theme.renderExplainBlocks`), BookStack as a table.
public struct ExplainBlock: Sendable, Equatable, Codable {
    /// The fence's language, lowercased (`sh`, `console`).
    public var language: String
    /// The language its commands are highlighted as.
    public var highlightLanguage: String
    public var steps: [ExplainedCommand]

    public init(language: String, highlightLanguage: String, steps: [ExplainedCommand]) {
        self.language = language
        self.highlightLanguage = highlightLanguage
        self.steps = steps
    }
}

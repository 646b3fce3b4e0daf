import KSDocsCommands
import KSDocsMarkdown

/// Turns a page's fenced code blocks into values of the page model while it loads: an explain
/// block becomes an `ExplainBlock` (`BlockPlaceholders.explain(index)` in the page's HTML), any
/// other block stays the `MarkdownCodeBlock` of `RenderedMarkdown.codeBlocks` it is
/// (`BlockPlaceholders.code(index)` in the HTML). Each backend renders them: the site highlights
/// code (`Theme.renderCodeBlocks`), BookStack shows it plain.
struct CodeBlockLoader: Sendable {
    let glossary: Glossary

    struct Loaded {
        /// The placeholder the page's HTML holds instead of the block.
        var placeholder: String
        /// The explain block, for an explain block.
        var explainBlock: ExplainBlock?
        var warnings: [String] = []
    }

    /// Loads one block: `index` is its number in `RenderedMarkdown.codeBlocks`, `explainIndex`
    /// the number the page's next explain block gets.
    func load(_ block: MarkdownCodeBlock, index: Int, explainIndex: Int) -> Loaded {
        guard let dialect = ExplainDialect(infoString: block.info) else {
            return Loaded(placeholder: BlockPlaceholders.code(index))
        }
        return explainBlock(block, dialect: dialect, index: explainIndex)
    }

    private func explainBlock(_ block: MarkdownCodeBlock, dialect: ExplainDialect, index: Int) -> Loaded {
        let commands = ExplainBlockParser.parse(block.code, dialect: dialect)
        let warnings = commands.filter { !glossary.isExplained($0) }.map {
            "command '\(Self.firstLine($0.command))' in an explain block has no explanation; add a '# ...' comment above it"
        }
        let language = dialect == .console ? "console" : block.language
        let explain = ExplainBlock(
            language: block.language, highlightLanguage: block.language == "console" ? "sh" : language,
            steps: commands)
        return Loaded(placeholder: BlockPlaceholders.explain(index), explainBlock: explain, warnings: warnings)
    }

    private static func firstLine(_ command: String) -> String {
        let line = command.split(separator: "\n").first.map(String.init) ?? command
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}

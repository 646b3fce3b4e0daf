import KSDocsCommands
import KSDocsHighlight
import KSDocsMarkdown

/// Renders fenced code blocks at load time: build-time syntax highlighting; an explain block
/// becomes a value of the page model (`ExplainBlock`) with a placeholder in the page's HTML.
struct CodeBlockRenderer: Sendable {
    let glossary: Glossary

    struct Rendered {
        /// Replacement HTML, or nil for cmark-gfm's own rendering.
        var html: String?
        /// The explain block, for an explain block.
        var explainBlock: ExplainBlock?
        var warnings: [String] = []
    }

    /// Renders one block; `explainIndex` is the number the page's next explain block gets.
    func render(_ block: MarkdownCodeBlock, explainIndex: Int) -> Rendered {
        if let dialect = ExplainDialect(infoString: block.info) {
            return explainBlock(block, dialect: dialect, index: explainIndex)
        }
        guard !block.language.isEmpty, SyntaxHighlighter.supports(block.language) else { return Rendered(html: nil) }
        return Rendered(html: Self.pre(block.code, language: block.language))
    }

    /// `<pre><code class="language-x">…</code></pre>`, as cmark-gfm writes it, with highlighting inside.
    static func pre(_ code: String, language: String) -> String {
        "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            + SyntaxHighlighter.html(for: code, language: language) + "</code></pre>\n"
    }

    private func explainBlock(_ block: MarkdownCodeBlock, dialect: ExplainDialect, index: Int) -> Rendered {
        let commands = ExplainBlockParser.parse(block.code, dialect: dialect)
        let warnings = commands.filter { !glossary.isExplained($0) }.map {
            "command '\(Self.firstLine($0.command))' in an explain block has no explanation; add a '# ...' comment above it"
        }
        let language = dialect == .console ? "console" : block.language
        let explain = ExplainBlock(
            language: block.language, highlightLanguage: block.language == "console" ? "sh" : language,
            steps: commands)
        return Rendered(html: BlockPlaceholders.explain(index), explainBlock: explain, warnings: warnings)
    }

    private static func firstLine(_ command: String) -> String {
        let line = command.split(separator: "\n").first.map(String.init) ?? command
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}

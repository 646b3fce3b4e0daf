import KSDocsCommands
import KSDocsHighlight
import KSDocsMarkdown

extension Theme {
    /// The partial that renders an explain block: given `steps`, each with `language`, `code`
    /// (highlighted HTML), `command`, `explanation`, `terms` (glossary meanings new to the page:
    /// `anchor`, `token`, `meaning`), `seen` (terms explained above, with `last`) and `output`,
    /// and `has_` flags for the optional parts. Every value is HTML (text already escaped).
    static let explainPartial = "partials/explain"

    /// A page's explain blocks (`blocks`), each rendered through `partials/explain`, in order,
    /// as a term is explained in full at its first use on the page and linked after that.
    func renderedExplainBlocks(_ blocks: [ExplainBlock], glossary: Glossary) -> [String] {
        var terms = ExplainedTerms()
        return blocks.map { block in
            render(
                ["steps": block.steps.map { step(of: block, $0, glossary: glossary, terms: &terms) }],
                template: Self.explainPartial) ?? ""
        }
    }

    private func step(
        of block: ExplainBlock, _ command: ExplainedCommand, glossary: Glossary, terms: inout ExplainedTerms
    ) -> [String: Any] {
        var full: [[String: Any]] = []
        var earlier: [[String: Any]] = []
        for token in glossary.explain(command) {
            let (code, meaning) = (HTMLEscaping.escape(token.token), HTMLEscaping.escape(token.meaning))
            if let anchor = terms.earlierAnchor(of: token) {
                earlier.append(["anchor": anchor, "token": code, "meaning": meaning, "last": false])
            } else {
                full.append(["anchor": terms.anchor(ofFirst: token), "token": code, "meaning": meaning])
            }
        }
        if !earlier.isEmpty { earlier[earlier.count - 1]["last"] = true }
        var values: [String: Any] = [
            "language": HTMLEscaping.escape(block.language),
            "code": SyntaxHighlighter.html(for: command.command, language: block.highlightLanguage),
            "command": HTMLEscaping.escape(command.command), "has_explanation": command.explanation != nil,
            "has_terms": !full.isEmpty, "terms": full, "has_seen": !earlier.isEmpty, "seen": earlier,
            "has_output": command.output != nil,
        ]
        // Given only when there is one, as the partial asks for them only then.
        if let explanation = command.explanation { values["explanation"] = HTMLEscaping.escape(explanation) }
        if let output = command.output { values["output"] = HTMLEscaping.escape(output) }
        return values
    }
}

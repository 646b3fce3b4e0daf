import KSDocsCommands
import KSDocsHighlight
import KSDocsMarkdown

/// Renders fenced code blocks: build-time syntax highlighting, and explain blocks
/// as numbered steps (command, the author's explanation, and glossary meanings).
struct CodeBlockRenderer: Sendable {
    let glossary: Glossary

    struct Rendered {
        /// Replacement HTML, or nil for cmark-gfm's own rendering.
        var html: String?
        /// The commands an explain block teaches (empty for other blocks).
        var commands: [ExplainedCommand] = []
        var warnings: [String] = []
    }

    /// Renders one block; `terms` holds the glossary meanings the page has shown so far.
    func render(_ block: MarkdownCodeBlock, terms: inout ExplainedTerms) -> Rendered {
        if let dialect = ExplainDialect(infoString: block.info) {
            return renderExplainBlock(block, dialect: dialect, terms: &terms)
        }
        guard !block.language.isEmpty, SyntaxHighlighter.supports(block.language) else { return Rendered(html: nil) }
        return Rendered(html: Self.pre(block.code, language: block.language))
    }

    /// `<pre><code class="language-x">…</code></pre>`, as cmark-gfm writes it, with highlighting inside.
    static func pre(_ code: String, language: String) -> String {
        "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            + SyntaxHighlighter.html(for: code, language: language) + "</code></pre>\n"
    }

    private func renderExplainBlock(
        _ block: MarkdownCodeBlock, dialect: ExplainDialect, terms: inout ExplainedTerms
    ) -> Rendered {
        let commands = ExplainBlockParser.parse(block.code, dialect: dialect)
        let language = dialect == .console ? "console" : block.language
        var warnings: [String] = []
        var html = "<div class=\"explain\">\n<ol class=\"explain-steps\">\n"
        for command in commands {
            if !glossary.isExplained(command) {
                warnings.append(
                    "command '\(Self.firstLine(command.command))' in an explain block has no explanation; add a '# ...' comment above it"
                )
            }
            html += "<li class=\"explain-step\">\n<div class=\"explain-command\">"
            html += "<pre><code class=\"language-\(HTMLEscaping.escape(block.language))\">"
            html += SyntaxHighlighter.html(
                for: command.command, language: block.language == "console" ? "sh" : language)
            html += "</code></pre>"
            html +=
                "<button type=\"button\" class=\"copy-button\" data-copy=\"\(HTMLEscaping.escape(command.command))\" hidden>Copy</button></div>\n"
            if let explanation = command.explanation {
                html += "<p class=\"explain-text\">\(HTMLEscaping.escape(explanation))</p>\n"
            }
            html += Self.tokensHTML(glossary.explain(command), terms: &terms)
            if let output = command.output {
                html += "<pre class=\"explain-output\"><samp>\(HTMLEscaping.escape(output))</samp></pre>\n"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</div>\n"
        return Rendered(html: html, commands: commands, warnings: warnings)
    }

    /// The glossary meanings of one step: terms new to the page in full (`<dl>`, each under an
    /// anchor), terms explained earlier on the page as links to that explanation.
    static func tokensHTML(_ tokens: [TokenExplanation], terms: inout ExplainedTerms) -> String {
        var full = ""
        var earlier: [String] = []
        for token in tokens {
            let code = "<code>\(HTMLEscaping.escape(token.token))</code>"
            if let anchor = terms.earlierAnchor(of: token) {
                earlier.append("<a href=\"#\(anchor)\" title=\"\(HTMLEscaping.escape(token.meaning))\">\(code)</a>")
            } else {
                full +=
                    "<dt id=\"\(terms.anchor(ofFirst: token))\">\(code)</dt><dd>\(HTMLEscaping.escape(token.meaning))</dd>\n"
            }
        }
        var html = full.isEmpty ? "" : "<dl class=\"explain-tokens\">\n" + full + "</dl>\n"
        if !earlier.isEmpty {
            html += "<p class=\"explain-seen\">Explained above: " + earlier.joined(separator: " ") + "</p>\n"
        }
        return html
    }

    private static func firstLine(_ command: String) -> String {
        let line = command.split(separator: "\n").first.map(String.init) ?? command
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}

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

    func render(_ block: MarkdownCodeBlock) -> Rendered {
        if let dialect = ExplainDialect(infoString: block.info) {
            return renderExplainBlock(block, dialect: dialect)
        }
        guard !block.language.isEmpty, SyntaxHighlighter.supports(block.language) else { return Rendered(html: nil) }
        return Rendered(html: Self.pre(block.code, language: block.language))
    }

    /// `<pre><code class="language-x">…</code></pre>`, as cmark-gfm writes it, with highlighting inside.
    static func pre(_ code: String, language: String) -> String {
        "<pre><code class=\"language-\(HTMLEscaping.escape(language))\">"
            + SyntaxHighlighter.html(for: code, language: language) + "</code></pre>\n"
    }

    private func renderExplainBlock(_ block: MarkdownCodeBlock, dialect: ExplainDialect) -> Rendered {
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
            let tokens = glossary.explain(command)
            if !tokens.isEmpty {
                html += "<dl class=\"explain-tokens\">\n"
                for token in tokens {
                    html +=
                        "<dt><code>\(HTMLEscaping.escape(token.token))</code></dt><dd>\(HTMLEscaping.escape(token.meaning))</dd>\n"
                }
                html += "</dl>\n"
            }
            if let output = command.output {
                html += "<pre class=\"explain-output\"><samp>\(HTMLEscaping.escape(output))</samp></pre>\n"
            }
            html += "</li>\n"
        }
        html += "</ol>\n</div>\n"
        return Rendered(html: html, commands: commands, warnings: warnings)
    }

    private static func firstLine(_ command: String) -> String {
        let line = command.split(separator: "\n").first.map(String.init) ?? command
        return line.count > 60 ? String(line.prefix(57)) + "..." : line
    }
}

import KSDocsCommands
import KSDocsCore

/// An explain block as a table that reads well in BookStack's own styles.
///
/// BookStack turns every `<pre>` of a page into a code viewer with a line-number gutter and
/// no line wrapping, and lets table cells break words anywhere. So the step number sits in a
/// narrow `#` column of fixed width (a `<colgroup>`, as BookStack's editor writes tables), and
/// each command is inline `<code>`, which BookStack wraps (`white-space: pre-wrap`): shown in
/// full, without a gutter; the lines of a multi-line command are kept with `<br>`.
enum BookStackExplainTable {
    static func html(_ commands: [ExplainedCommand], glossary: Glossary) -> String {
        var html = "<table style=\"width: 100%;\">\n"
        html += "<colgroup><col style=\"width: 2.5em;\"><col style=\"width: 45%;\"><col></colgroup>\n"
        html += "<thead><tr><th>#</th><th>Command</th><th>What it does</th></tr></thead>\n<tbody>\n"
        for (index, command) in commands.enumerated() {
            var explanation: [String] = []
            if let text = command.explanation { explanation.append(HTMLEscaping.escape(text)) }
            for token in glossary.explain(command) {
                explanation.append(
                    "<code>\(HTMLEscaping.escape(token.token))</code>: \(HTMLEscaping.escape(token.meaning))")
            }
            var cell = code(command.command)
            if let output = command.output { cell += "<br>Output:<br>" + code(output) }
            html += "<tr><td>\(index + 1)</td><td>\(cell)</td><td>\(explanation.joined(separator: "<br>"))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// `text` as inline code, its line breaks as `<br>`.
    static func code(_ text: String) -> String {
        "<code>" + HTMLEscaping.escape(text).replacingOccurrences(of: "\n", with: "<br>") + "</code>"
    }
}

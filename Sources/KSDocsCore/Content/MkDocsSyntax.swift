import Foundation
import KSDocsMarkdown

/// MkDocs (Material) block syntax turned into what ksdocs renders, before the Markdown parse:
///
/// - admonitions `!!! note "Title"` → a callout (`> [!NOTE]`, the title in bold);
/// - collapsible `??? note "Title"` (`???+` open) → `<details>` with the title as summary;
/// - content tabs `=== "Tab"` → each tab's content under its label, one after the other, in a
///   `content-tabs` group (all readable without JavaScript; the theme's script makes them tabs);
/// - snippets `--8<-- "file"` → the file's text, found from the content folder or the
///   folder holding it (the project), never from outside those.
///
/// Keys `++ctrl+c++` and abbreviations `*[HTML]: ...` are rewritten by ``MkDocsInline``.
///
/// The blocks' content is the following lines indented by four spaces. Code fences are
/// left alone. Lines are added (titles, blank lines around HTML), so ``Result/sourceLine``
/// maps each line of the new text back to the file's line for diagnostics.
struct MkDocsSyntax {
    struct Result {
        var text: String
        /// `sourceLine[i]` is the line of the original text that line `i + 1` of `text` came from.
        var sourceLine: [Int]
        /// Snippets that could not be included: (line, message).
        var problems: [(line: Int, message: String)]

        /// The original line of line `line` (1-based) of the new text.
        func originalLine(_ line: Int) -> Int {
            line >= 1 && line <= sourceLine.count ? sourceLine[line - 1] : line
        }
    }

    /// Where snippets may come from, most specific first.
    let snippetRoots: [URL]

    /// MkDocs types → ksdocs callout types.
    static let calloutTypes: [String: String] = [
        "note": "NOTE", "abstract": "NOTE", "summary": "NOTE", "tldr": "NOTE", "info": "NOTE", "todo": "NOTE",
        "question": "NOTE", "help": "NOTE", "faq": "NOTE", "example": "NOTE", "quote": "NOTE", "cite": "NOTE",
        "tip": "TIP", "hint": "TIP", "success": "TIP", "check": "TIP", "done": "TIP", "important": "IMPORTANT",
        "warning": "WARNING", "caution": "WARNING", "attention": "WARNING", "failure": "CAUTION", "fail": "CAUTION",
        "missing": "CAUTION", "danger": "CAUTION", "error": "CAUTION", "bug": "CAUTION",
    ]

    /// Whether `text` may use any of the syntax (a cheap test before the line-by-line pass).
    static func mayApply(to text: String) -> Bool {
        ByteSearch.containsAny(text, "!!! ", "??? ", "???+ ", "=== \"", "--8<--") || MkDocsInline.mayApply(to: text)
    }

    func apply(_ text: String) -> Result {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result = Result(text: "", sourceLine: [], problems: [])
        var output: [String] = []
        transform(lines, firstLine: 1, into: &output, sourceLines: &result.sourceLine, problems: &result.problems)
        result.text = output.joined(separator: "\n")
        // After the snippets are in: abbreviations are often kept in one included file.
        // The inline pass keeps every line where it is, so `sourceLine` still holds.
        if MkDocsInline.mayApply(to: result.text) {
            result.text = MkDocsInline.apply(output).joined(separator: "\n")
        }
        return result
    }

    private func transform(
        _ lines: [String], firstLine: Int, into output: inout [String], sourceLines: inout [Int],
        problems: inout [(line: Int, message: String)]
    ) {
        func emit(_ line: String, from source: Int) {
            output.append(line)
            sourceLines.append(source)
        }
        var index = 0
        var fence: String?
        var inTabs = false
        while index < lines.count {
            let line = lines[index]
            let number = firstLine + index
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                emit(line, from: number)
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                emit(line, from: number)
                index += 1
                continue
            }
            guard line.first != " ", let block = Self.blockStart(line) else {
                if let snippet = Self.snippetPath(line) {
                    include(snippet, line: number, emit: emit, problems: &problems)
                } else {
                    emit(line, from: number)
                }
                index += 1
                continue
            }
            // The block's body: following lines indented by four spaces (blank lines inside it too).
            var end = index + 1
            while end < lines.count, lines[end].hasPrefix("    ") || lines[end].allSatisfy(\.isWhitespace) {
                end += 1
            }
            while end > index + 1, lines[end - 1].allSatisfy(\.isWhitespace) { end -= 1 }
            var body: [String] = []
            var bodyLines: [Int] = []
            transform(
                lines[(index + 1)..<end].map { $0.hasPrefix("    ") ? String($0.dropFirst(4)) : "" },
                firstLine: number + 1, into: &body, sourceLines: &bodyLines, problems: &problems)
            switch block.marker {
            case "!!!":
                emit("> [!\(Self.calloutTypes[block.type] ?? "NOTE")]", from: number)
                if let title = block.title, !title.isEmpty { emit("> **\(title)**", from: number) }
                if block.title != nil, !body.isEmpty { emit(">", from: number) }
                for (text, source) in zip(body, bodyLines) { emit(text.isEmpty ? ">" : "> " + text, from: source) }
            case "===":
                // Consecutive tabs share one `content-tabs` group (the script makes it a tab list).
                if !inTabs { emit("<div class=\"content-tabs\">", from: number) }
                emit(
                    "<div class=\"content-tab\"><p class=\"content-tab-label\"><strong>\(HTMLEscaping.escape(block.title ?? ""))</strong></p>",
                    from: number)
                emit("", from: number)
                for (text, source) in zip(body, bodyLines) { emit(text, from: source) }
                emit("", from: end + firstLine - 1)
                emit("</div>", from: end + firstLine - 1)
                var next = end
                while next < lines.count, lines[next].allSatisfy(\.isWhitespace) { next += 1 }
                inTabs = next < lines.count && Self.blockStart(lines[next])?.marker == "==="
                if inTabs {
                    index = next
                    continue
                }
                emit("</div>", from: end + firstLine - 1)
            default:  // ??? and ???+
                let title = block.title ?? (Self.calloutTypes[block.type].map { $0.capitalized } ?? "Details")
                let open = block.marker == "???+" ? " open" : ""
                emit(
                    "<details class=\"admonition admonition-\(HTMLEscaping.escape(block.type))\"\(open)><summary>\(HTMLEscaping.escape(title))</summary>",
                    from: number)
                emit("", from: number)
                for (text, source) in zip(body, bodyLines) { emit(text, from: source) }
                emit("", from: end + firstLine - 1)
                emit("</details>", from: end + firstLine - 1)
            }
            index = end
        }
    }

    /// `!!! type "Title"`, `??? type`, `???+ type "Title"`, `=== "Tab"`.
    private static func blockStart(_ line: String) -> (marker: String, type: String, title: String?)? {
        for marker in ["???+", "!!!", "???", "==="] where line.hasPrefix(marker + " ") {
            let rest = line.dropFirst(marker.count + 1).trimmingCharacters(in: .whitespaces)
            var title: String?
            var type = rest
            if let quote = rest.firstIndex(of: "\""), let close = rest.lastIndex(of: "\""), quote < close {
                title = String(rest[rest.index(after: quote)..<close])
                type = rest[..<quote].trimmingCharacters(in: .whitespaces)
            }
            if marker == "===" {
                guard title != nil else { return nil }
                return (marker, "", title)
            }
            let name = type.split(separator: " ").first.map { String($0).lowercased() } ?? ""
            guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0 == "-" }) else { return nil }
            return (marker, name, title)
        }
        return nil
    }

    /// The path of a `--8<-- "file"` line.
    private static func snippetPath(_ line: String) -> String? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("--8<--") else { return nil }
        let rest = trimmed.dropFirst(6).trimmingCharacters(in: .whitespaces)
        guard rest.count >= 2, let quote = rest.first, quote == "\"" || quote == "'", rest.last == quote else {
            return nil
        }
        return String(rest.dropFirst().dropLast())
    }

    private func include(
        _ path: String, line: Int, emit: (String, Int) -> Void, problems: inout [(line: Int, message: String)]
    ) {
        for root in snippetRoots {
            let base = root.resolvingSymlinksInPath().standardizedFileURL.path
            let file = root.appendingPathComponent(path).resolvingSymlinksInPath().standardizedFileURL.path
            guard file.hasPrefix(base + "/") else {
                problems.append((line, "snippet '\(path)' is outside the project; include only files inside it"))
                return
            }
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            guard case .success(let text) = TextDecoding.decode(Array(data)) else {
                problems.append((line, "snippet '\(path)' is not valid UTF-8 text"))
                return
            }
            let body = text.hasSuffix("\n") ? String(text.dropLast()) : text
            for snippetLine in body.split(separator: "\n", omittingEmptySubsequences: false) {
                emit(String(snippetLine), line)
            }
            return
        }
        problems.append((line, "snippet '\(path)' not found in the content folder or the project"))
    }
}

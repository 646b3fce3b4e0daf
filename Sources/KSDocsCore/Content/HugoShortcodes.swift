import KSDocsMarkdown

/// Hugo shortcodes (`{{< figure src="x" >}}`, `{{% notice %}}`) are Hugo templates, not
/// Markdown: ksdocs cannot run them. They are taken out of the text (line count kept, so
/// diagnostics still point at the right lines) instead of showing as literal text, and
/// reported once per kind for the whole site (see ``summaries(_:)``).
/// Code blocks and inline code are left alone: a page about Hugo may show shortcodes.
enum HugoShortcodes {
    /// One use: the shortcode's name and where it starts (1-based line of `text`, column).
    struct Use: Equatable {
        var name: String
        var line: Int
        var column: Int
    }

    /// `text` without its shortcodes, and the uses found.
    static func strip(_ text: String) -> (text: String, uses: [Use]) {
        guard ByteSearch.containsAny(text, "{{<", "{{%") else { return (text, []) }
        var uses: [Use] = []
        var lines: [String] = []
        var fence: String?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                lines.append(String(line))
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = String(trimmed.prefix(3))
                lines.append(String(line))
                continue
            }
            lines.append(stripLine(String(line), number: index + 1, uses: &uses))
        }
        return (lines.joined(separator: "\n"), uses)
    }

    /// One line without its shortcodes (outside inline code spans).
    private static func stripLine(_ line: String, number: Int, uses: inout [Use]) -> String {
        var result = ""
        var rest = Substring(line)
        var column = 1
        var inCode = false
        while let first = rest.first {
            if first == "`" { inCode.toggle() }
            if !inCode, rest.hasPrefix("{{<") || rest.hasPrefix("{{%"),
                let close = rest.range(of: rest.hasPrefix("{{<") ? ">}}" : "%}}")
            {
                let inner = rest[rest.index(rest.startIndex, offsetBy: 3)..<close.lowerBound]
                let name = inner.drop { $0 == " " || $0 == "/" }.prefix { !$0.isWhitespace }
                if !inner.trimmingCharacters(in: .whitespaces).hasPrefix("/") {
                    uses.append(Use(name: String(name), line: number, column: column))
                }
                column += rest.distance(from: rest.startIndex, to: close.upperBound)
                rest = rest[close.upperBound...]
                continue
            }
            result.append(first)
            rest = rest.dropFirst()
            column += 1
        }
        return result.allSatisfy(\.isWhitespace) ? "" : result
    }

    /// The warning of one page's uses, one per kind; ``summaries(_:)`` merges them site-wide.
    static func warnings(_ uses: [Use], file: String) -> [Diagnostic] {
        var seen: [String: (first: Use, count: Int)] = [:]
        for use in uses { seen[use.name, default: (use, 0)].count += 1 }
        return seen.sorted { $0.key < $1.key }.map { name, entry in
            .warning(
                file, line: entry.first.line, column: entry.first.column, message(name, count: entry.count, pages: 1))
        }
    }

    static let marker = "Hugo shortcode '"

    static func message(_ name: String, count: Int, pages: Int) -> String {
        let uses = count == 1 ? "1 use" : "\(count) uses"
        let where_ = pages == 1 ? "" : " in \(pages) pages"
        return
            "\(marker)\(name)' is not supported (\(uses)\(where_), left out of the page); write it as Markdown or HTML"
    }

    /// The per-page shortcode warnings merged into one per kind, at the first use, with the totals.
    static func summaries(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var merged: [String: (first: Diagnostic, count: Int, pages: Int)] = [:]
        var others: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard diagnostic.message.hasPrefix(marker),
                let end = diagnostic.message.dropFirst(marker.count).firstIndex(of: "'"),
                let countText = diagnostic.message[end...].split(separator: "(").dropFirst().first?
                    .split(separator: " ").first, let count = Int(countText)
            else {
                others.append(diagnostic)
                continue
            }
            let name = String(diagnostic.message.dropFirst(marker.count)[..<end])
            if let entry = merged[name] {
                let earlier = (diagnostic.file, diagnostic.line) < (entry.first.file, entry.first.line)
                merged[name] = (earlier ? diagnostic : entry.first, entry.count + count, entry.pages + 1)
            } else {
                merged[name] = (diagnostic, count, 1)
            }
        }
        for (name, entry) in merged.sorted(by: { $0.key < $1.key }) {
            var first = entry.first
            first.message = message(name, count: entry.count, pages: entry.pages)
            others.append(first)
        }
        return others
    }
}

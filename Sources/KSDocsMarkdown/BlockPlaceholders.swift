/// The placeholders `MarkdownRenderer` leaves in a page's HTML for blocks that each backend
/// renders its own way from the page model: `<!--ksdocs-callout:<index>-->` for the callout
/// `RenderedMarkdown.alerts[index]`, `<!--ksdocs-code:<index>-->` for the code block
/// `RenderedMarkdown.codeBlocks[index]` and `<!--ksdocs-explain:<index>-->` for the page's explain
/// block number `index` (the caller's code-block hook writes those two and keeps the explain blocks),
/// `<!--ksdocs-anchor:<index>-->` inside a heading for the permalink of `RenderedMarkdown.headings[index]`
/// (written by the caller's heading hook).
///
/// A placeholder is an HTML comment on a line of its own, so HTML that is never expanded
/// shows nothing of it.
public enum BlockPlaceholders {
    public static let calloutPrefix = "<!--ksdocs-callout:"
    public static let codePrefix = "<!--ksdocs-code:"
    public static let explainPrefix = "<!--ksdocs-explain:"
    public static let headingAnchorPrefix = "<!--ksdocs-anchor:"

    /// The placeholder of callout number `index`.
    public static func callout(_ index: Int) -> String { calloutPrefix + String(index) + "-->" }

    /// The placeholder of the code block `RenderedMarkdown.codeBlocks[index]`.
    public static func code(_ index: Int) -> String { codePrefix + String(index) + "-->" }

    /// The placeholder of explain block number `index`.
    public static func explain(_ index: Int) -> String { explainPrefix + String(index) + "-->" }

    /// The placeholder of the permalink of heading number `index`.
    public static func headingAnchor(_ index: Int) -> String { headingAnchorPrefix + String(index) + "-->" }

    /// `html` with every code-block placeholder and the line break after it replaced by
    /// `replacement(index)`.
    public static func replaceCodeBlocks(in html: String, _ replacement: (Int) -> String) -> String {
        guard ByteSearch.contains(html, codePrefix) else { return html }
        return replace(codePrefix, in: html, replacement)
    }

    /// `html` with every block placeholder expanded in one pass, the way a backend renders the
    /// page model: `callout(alert, content)` for a callout, whose `content` is its own HTML
    /// expanded the same way first (only the callouts after it, so a placeholder an author
    /// wrote cannot loop), and `block(kind, index)` for the other kinds; `alerts` are the page's.
    public static func expand(
        _ html: String, alerts: [MarkdownAlert], callout: (_ alert: MarkdownAlert, _ content: String) -> String,
        block: (Kind, Int) -> String
    ) -> String {
        func expand(_ html: String, insideCallout outer: Int) -> String {
            replaceAll(in: html) { kind, index in
                guard kind == .callout else { return block(kind, index) }
                guard index > outer, index < alerts.count else { return "" }
                return callout(alerts[index], expand(alerts[index].contentHTML, insideCallout: index))
            }
        }
        return expand(html, insideCallout: -1)
    }

    /// The kinds of block placeholder, by the word after `<!--ksdocs-`.
    public enum Kind: Sendable {
        case callout, code, explain, headingAnchor
    }

    /// `html` with every block placeholder (and the line break after it) replaced by
    /// `replacement(kind, index)`, in one pass over the bytes.
    public static func replaceAll(in html: String, _ replacement: (Kind, Int) -> String) -> String {
        guard ByteSearch.contains(html, commonPrefix) else { return html }
        let kinds: [(marker: [UInt8], kind: Kind)] = [
            (Array(calloutPrefix.utf8.dropFirst(commonPrefix.utf8.count)), .callout),
            (Array(codePrefix.utf8.dropFirst(commonPrefix.utf8.count)), .code),
            (Array(explainPrefix.utf8.dropFirst(commonPrefix.utf8.count)), .explain),
            (Array(headingAnchorPrefix.utf8.dropFirst(commonPrefix.utf8.count)), .headingAnchor),
        ]
        var kind: Kind = .callout
        return replace(commonPrefix, in: html) { bytes, cursor in
            for candidate in kinds where bytes.count - cursor >= candidate.marker.count {
                if bytes[cursor..<(cursor + candidate.marker.count)].elementsEqual(candidate.marker) {
                    kind = candidate.kind
                    return cursor + candidate.marker.count
                }
            }
            return nil
        } replacement: { index in
            replacement(kind, index)
        }
    }

    /// What every block placeholder starts with.
    static let commonPrefix = "<!--ksdocs-"

    /// `html` with every callout placeholder and the line break after it replaced by
    /// `replacement(index)`.
    public static func replaceCallouts(in html: String, _ replacement: (Int) -> String) -> String {
        replace(calloutPrefix, in: html, replacement)
    }

    private static func replace(_ prefix: String, in html: String, _ replacement: (Int) -> String) -> String {
        replace(prefix, in: html, kind: { _, cursor in cursor }, replacement: replacement)
    }

    /// Replaces `prefix`, then what `kind` reads after it (returning where the number starts,
    /// or nil when it is no placeholder), then `<number>-->` and a line break.
    private static func replace(
        _ prefix: String, in html: String, kind: ([UInt8], Int) -> Int?, replacement: (Int) -> String
    ) -> String {
        let bytes = Array(html.utf8)
        let marker = Array(prefix.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 1024)
        var index = 0
        var copied = 0
        while index + marker.count <= bytes.count {
            guard bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) else {
                index += 1
                continue
            }
            guard let start = kind(bytes, index + marker.count),
                let (number, end) = PlaceholderNumber.read(bytes, at: start)
            else {
                index += 1
                continue
            }
            var cursor = end
            let close = Array("-->".utf8)
            guard cursor + close.count <= bytes.count,
                bytes[cursor..<(cursor + close.count)].elementsEqual(close)
            else {
                index += 1
                continue
            }
            cursor += close.count
            if cursor < bytes.count, bytes[cursor] == 10 { cursor += 1 }
            output.append(contentsOf: bytes[copied..<index])
            output.append(contentsOf: replacement(number).utf8)
            index = cursor
            copied = cursor
        }
        if copied == 0 { return html }
        output.append(contentsOf: bytes[copied...])
        return String(decoding: output, as: UTF8.self)
    }
}

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

    /// `html` with every heading-anchor placeholder replaced by `replacement(index)`.
    public static func replaceHeadingAnchors(in html: String, _ replacement: (Int) -> String) -> String {
        guard ByteSearch.contains(html, headingAnchorPrefix) else { return html }
        return replace(headingAnchorPrefix, in: html, replacement)
    }

    /// `html` with every code-block placeholder and the line break after it replaced by
    /// `replacement(index)`.
    public static func replaceCodeBlocks(in html: String, _ replacement: (Int) -> String) -> String {
        guard ByteSearch.contains(html, codePrefix) else { return html }
        return replace(codePrefix, in: html, replacement)
    }

    /// `html` with every explain-block placeholder and the line break after it replaced by
    /// `replacement(index)`.
    public static func replaceExplainBlocks(in html: String, _ replacement: (Int) -> String) -> String {
        guard ByteSearch.contains(html, explainPrefix) else { return html }
        return replace(explainPrefix, in: html, replacement)
    }

    /// `html` with every callout placeholder replaced by `render(alert, content)`, where `content`
    /// is the callout's content with the callouts inside it rendered the same way; `alerts` are
    /// the page's (`RenderedMarkdown.alerts`).
    public static func expandCallouts(
        in html: String, alerts: [MarkdownAlert], after outer: Int = -1,
        _ render: (_ alert: MarkdownAlert, _ content: String) -> String
    ) -> String {
        guard ByteSearch.contains(html, calloutPrefix) else { return html }
        return replaceCallouts(in: html) { index in
            // Only callouts inside this one, so a placeholder an author wrote cannot loop.
            guard index > outer, index < alerts.count else { return "" }
            let content = expandCallouts(in: alerts[index].contentHTML, alerts: alerts, after: index, render)
            return render(alerts[index], content)
        }
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
            guard var cursor = kind(bytes, index + marker.count) else {
                index += 1
                continue
            }
            var number = 0
            var digits = 0
            while cursor < bytes.count, bytes[cursor] >= 48, bytes[cursor] <= 57, digits < 9 {
                number = number * 10 + Int(bytes[cursor] - 48)
                cursor += 1
                digits += 1
            }
            let close = Array("-->".utf8)
            guard digits > 0, cursor + close.count <= bytes.count,
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

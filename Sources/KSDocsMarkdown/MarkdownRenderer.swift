internal import CCmarkGFM

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders GitHub Flavored Markdown with cmark-gfm and adds what ksdocs needs:
/// heading ids, local-link placeholders, callout placeholders and replaceable code blocks.
///
/// Everything cmark-gfm renders is kept as it renders it; only headings, callouts,
/// code blocks the hooks replace, and local URLs differ.
public struct MarkdownRenderer: Sendable {
    public init() {}

    /// Renders `markdown`.
    /// - Parameters:
    ///   - lineOffset: lines before `markdown` in its file (front matter), added to every reported line.
    ///   - extractTitle: take the first level-1 heading out of the body and return it as `extractedTitle`.
    public func render(
        _ markdown: String, lineOffset: Int = 0, extractTitle: Bool = false, hooks: MarkdownHooks = MarkdownHooks()
    ) -> RenderedMarkdown {
        render(markdown, lineOffset: lineOffset, title: extractTitle ? .firstHeading : .none, hooks: hooks)
    }

    /// Renders `markdown`, taking a level-1 heading out of the body as `title` says.
    public func render(
        _ markdown: String, lineOffset: Int = 0, title: TitleExtraction, hooks: MarkdownHooks = MarkdownHooks()
    ) -> RenderedMarkdown {
        _ = CmarkEnvironment.registered
        guard let parser = cmark_parser_new(CmarkEnvironment.options) else {
            return RenderedMarkdown(
                html: "", extractedTitle: nil, headings: [], links: [], codeBlocks: [], alerts: [], plainText: "",
                wordCount: 0)
        }
        defer { cmark_parser_free(parser) }
        for name in CmarkEnvironment.extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        var source = markdown
        source.withUTF8 { buffer in
            buffer.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        // The parser stays on this thread; the lock only orders the inline phase (see `inlinePhase`).
        nonisolated(unsafe) let finishing = parser
        nonisolated(unsafe) var finished: OpaquePointer?
        CmarkEnvironment.inlinePhase.withLock { _ in finished = cmark_parser_finish(finishing) }
        guard let document = finished else {
            return RenderedMarkdown(
                html: "", extractedTitle: nil, headings: [], links: [], codeBlocks: [], alerts: [], plainText: "",
                wordCount: 0)
        }
        defer { cmark_node_free(document) }

        var walk = DocumentWalk(lineOffset: lineOffset, title: title)
        walk.collect(document)

        var links: [MarkdownLink] = []
        for found in walk.linkNodes {
            guard LocalURL.isLocal(found.url) else { continue }
            let index = links.count
            cmark_node_set_url(found.node, LinkPlaceholders.placeholder(index))
            links.append(
                MarkdownLink(
                    index: index, url: found.url, isImage: found.isImage, line: found.line, column: found.column))
        }

        var codeBlocks: [MarkdownCodeBlock] = []
        for found in walk.codeBlockNodes {
            codeBlocks.append(found.block)
            if let html = hooks.codeBlock(found.block) {
                NodeSurgery.replace(found.node, withHTML: html, close: "", keepingChildren: false)
            }
        }

        var slugger = HeadingSlugger()
        var headings: [MarkdownHeading] = []
        for found in walk.headingNodes {
            let id = slugger.id(for: found.text)
            headings.append(MarkdownHeading(level: found.level, text: found.text, id: id, line: found.line))
            let open = "<h\(found.level) id=\"\(id)\">"
            let close = hooks.headingSuffix(found.level, id) + "</h\(found.level)>"
            NodeSurgery.replaceHeading(found.node, open: open, close: close)
        }
        if let title = walk.titleNode {
            cmark_node_unlink(title)
            cmark_node_free(title)
        }

        let extensions = cmark_parser_get_syntax_extensions(parser)
        // Innermost first, so a callout's content holds the placeholders of the callouts inside it.
        var alerts = walk.alertCandidates.map { MarkdownAlert(type: $0.type, line: $0.line) }
        for (index, found) in walk.alertCandidates.enumerated().reversed() where hooks.callout(alerts[index]) {
            NodeSurgery.removeAlertMarker(found.markerNodes, paragraph: found.paragraph)
            (alerts[index].contentHTML, alerts[index].text) = Self.content(of: found.node, extensions: extensions)
            NodeSurgery.replace(
                found.node, withHTML: BlockPlaceholders.callout(index), close: "", keepingChildren: false)
        }

        var html = ""
        if let rendered = cmark_render_html(document, CmarkEnvironment.options, extensions) {
            html = String(cString: rendered)
            free(rendered)
        }
        return RenderedMarkdown(
            html: html, extractedTitle: walk.title, headings: headings, links: links, codeBlocks: codeBlocks,
            alerts: alerts, plainText: walk.plainText, wordCount: WordCounter.count(walk.plainText))
    }
}

extension MarkdownRenderer {
    /// The HTML and text of a block's children (an alert's content without its wrapper).
    fileprivate static func content(of block: OpaquePointer, extensions: UnsafeMutablePointer<cmark_llist>?) -> (
        String, String
    ) {
        var html = ""
        var text = ""
        var child = cmark_node_first_child(block)
        while let current = child {
            if let rendered = cmark_render_html(current, CmarkEnvironment.options, extensions) {
                html += String(cString: rendered)
                free(rendered)
            }
            child = cmark_node_next(current)
        }
        if let iterator = cmark_iter_new(block) {
            while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
                guard let node = cmark_iter_get_node(iterator) else { continue }
                let type = cmark_node_get_type(node)
                if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE {
                    text += DocumentWalk.literal(node)
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    text += " "
                }
            }
            cmark_iter_free(iterator)
        }
        return (html, text.trimmingSpaces())
    }
}

/// Tells local URLs (relative paths, `#fragments`) from external ones.
enum LocalURL {
    static func isLocal(_ url: String) -> Bool {
        guard let first = url.utf8.first else { return false }
        // `/guide/` is a page of this site; `//host/path` is another site.
        if first == UInt8(ascii: "/") { return !url.hasPrefix("//") }
        if first == UInt8(ascii: "#") { return true }
        // A scheme is letters, digits, + . - before the first ':' (and before any '/', '?', '#').
        for byte in url.utf8 {
            switch byte {
            case UInt8(ascii: ":"): return false
            case UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#"): return true
            default: continue
            }
        }
        return true
    }
}

/// Counts whitespace-separated words.
enum WordCounter {
    static func count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { count(bytes: $0) }
    }

    /// Counted over the bytes in place: a page's whole text goes through here.
    private static func count(bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var inWord = false
        for byte in bytes {
            let isSpace = byte == 32 || byte == 10 || byte == 9 || byte == 13
            if isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}

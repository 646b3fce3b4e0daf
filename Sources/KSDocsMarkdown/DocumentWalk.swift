internal import CCmarkGFM

/// One pass over a parsed document that records the nodes ksdocs changes and
/// the prose text, without changing the tree (changes happen after the walk).
struct DocumentWalk {
    struct LinkNode {
        var node: OpaquePointer
        var url: String
        var isImage: Bool
        var line: Int
        var column: Int
    }
    struct HeadingNode {
        var node: OpaquePointer
        var level: Int
        var text: String
        var line: Int
    }
    struct CodeBlockNode {
        var node: OpaquePointer
        var block: MarkdownCodeBlock
    }
    struct AlertCandidate {
        var node: OpaquePointer
        var type: String
        var line: Int
        var paragraph: OpaquePointer
        var markerNodes: [OpaquePointer]
    }

    let lineOffset: Int
    let titleExtraction: TitleExtraction
    var linkNodes: [LinkNode] = []
    var headingNodes: [HeadingNode] = []
    var codeBlockNodes: [CodeBlockNode] = []
    var alertCandidates: [AlertCandidate] = []
    var titleNode: OpaquePointer?
    var title: String?
    var plainText = ""

    init(lineOffset: Int, title: TitleExtraction) {
        self.lineOffset = lineOffset
        self.titleExtraction = title
    }

    mutating func collect(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var headingText: String?
        var lastBlockLine = 1
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if event == CMARK_EVENT_ENTER {
                let line = Int(cmark_node_get_start_line(node))
                if line > 0, type.rawValue & 0x8000 != 0 { lastBlockLine = line }
                switch type {
                case CMARK_NODE_HEADING:
                    headingText = ""
                case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                    let literal = Self.literal(node)
                    headingText?.append(literal)
                    plainText.append(literal)
                case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                    headingText?.append(" ")
                    plainText.append(" ")
                case CMARK_NODE_CODE_BLOCK:
                    recordCodeBlock(node)
                case CMARK_NODE_BLOCK_QUOTE:
                    recordAlertCandidate(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                    let url = cmark_node_get_url(node).map { String(cString: $0) } ?? ""
                    let column = Int(cmark_node_get_start_column(node))
                    linkNodes.append(
                        LinkNode(
                            node: node, url: url, isImage: type == CMARK_NODE_IMAGE,
                            line: (line > 0 ? line : lastBlockLine) + lineOffset, column: max(column, 1)))
                default:
                    break
                }
            } else if event == CMARK_EVENT_EXIT {
                if type == CMARK_NODE_HEADING, let text = headingText {
                    headingText = nil
                    let level = Int(cmark_node_get_heading_level(node))
                    let trimmed = text.trimmingSpaces()
                    if level == 1, titleNode == nil, takesTitle(node) {
                        titleNode = node
                        title = trimmed
                    } else {
                        headingNodes.append(
                            HeadingNode(
                                node: node, level: level, text: trimmed,
                                line: Int(cmark_node_get_start_line(node)) + lineOffset))
                    }
                }
                if type.rawValue & 0x8000 != 0 { plainText.append("\n") }
            }
        }
    }

    /// Whether the level-1 heading `node` is the title `titleExtraction` asks for.
    private func takesTitle(_ node: OpaquePointer) -> Bool {
        switch titleExtraction {
        case .none: false
        case .firstHeading: true
        case .leadingHeading:
            cmark_node_previous(node) == nil
                && cmark_node_get_type(cmark_node_parent(node)) == CMARK_NODE_DOCUMENT
        }
    }

    private mutating func recordCodeBlock(_ node: OpaquePointer) {
        let info = cmark_node_get_fence_info(node).map { String(cString: $0) } ?? ""
        let trimmedInfo = info.trimmingSpaces()
        let language = trimmedInfo.split(separator: " ", maxSplits: 1).first.map { $0.lowercased() } ?? ""
        let block = MarkdownCodeBlock(
            info: trimmedInfo, language: language, code: Self.literal(node),
            line: Int(cmark_node_get_start_line(node)) + lineOffset)
        codeBlockNodes.append(CodeBlockNode(node: node, block: block))
    }

    /// A block quote whose first line is exactly `[!TYPE]` is an alert.
    private mutating func recordAlertCandidate(_ node: OpaquePointer) {
        guard let paragraph = cmark_node_first_child(node), cmark_node_get_type(paragraph) == CMARK_NODE_PARAGRAPH
        else { return }
        var marker = ""
        var markerNodes: [OpaquePointer] = []
        var child = cmark_node_first_child(paragraph)
        while let current = child {
            let type = cmark_node_get_type(current)
            if type == CMARK_NODE_TEXT {
                marker.append(Self.literal(current))
                markerNodes.append(current)
            } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                markerNodes.append(current)
                break
            } else {
                return
            }
            child = cmark_node_next(current)
        }
        let trimmed = marker.trimmingSpaces()
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]"), trimmed.count > 3 else { return }
        let type = trimmed.dropFirst(2).dropLast()
        guard type.allSatisfy({ $0.isLetter }) else { return }
        alertCandidates.append(
            AlertCandidate(
                node: node, type: type.uppercased(), line: Int(cmark_node_get_start_line(node)) + lineOffset,
                paragraph: paragraph, markerNodes: markerNodes))
    }

    static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }
}

extension String {
    /// The string without leading and trailing spaces, tabs and newlines.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let end = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}

import KSDocsMarkdown

/// A page's Markdown in the build cache's binary form, written field by field: read through
/// `Codable` containers, the headings and links of ten thousand pages made the largest
/// share of an incremental build (see `SourcePage`'s `Codable` methods).
extension RenderedMarkdown {
    init(binary reader: BinaryReader) throws {
        let html = try reader.string()
        let extractedTitle = try reader.bool() ? try reader.string() : nil
        var headings: [MarkdownHeading] = []
        for _ in 0..<(try reader.count()) {
            headings.append(
                MarkdownHeading(
                    level: try reader.integer(Int.self), text: try reader.string(), id: try reader.string(),
                    line: try reader.integer(Int.self)))
        }
        var links: [MarkdownLink] = []
        for _ in 0..<(try reader.count()) {
            links.append(
                MarkdownLink(
                    index: try reader.integer(Int.self), url: try reader.string(), isImage: try reader.bool(),
                    line: try reader.integer(Int.self), column: try reader.integer(Int.self)))
        }
        var codeBlocks: [MarkdownCodeBlock] = []
        for _ in 0..<(try reader.count()) {
            codeBlocks.append(try MarkdownCodeBlock(from: BinaryDecoder(reader: reader)))
        }
        var alerts: [MarkdownAlert] = []
        for _ in 0..<(try reader.count()) {
            alerts.append(
                MarkdownAlert(
                    type: try reader.string(), line: try reader.integer(Int.self), contentHTML: try reader.string(),
                    text: try reader.string()))
        }
        self.init(
            html: html, extractedTitle: extractedTitle, headings: headings, links: links, codeBlocks: codeBlocks,
            alerts: alerts, plainText: try reader.string(), wordCount: try reader.integer(Int.self))
    }

    func write(binary writer: BinaryWriter) throws {
        writer.string(html)
        writer.bool(extractedTitle != nil)
        if let extractedTitle { writer.string(extractedTitle) }
        writer.patchCount(headings.count, at: writer.reserveCount())
        for heading in headings {
            writer.int(Int64(heading.level))
            writer.string(heading.text)
            writer.string(heading.id)
            writer.int(Int64(heading.line))
        }
        writer.patchCount(links.count, at: writer.reserveCount())
        for link in links {
            writer.int(Int64(link.index))
            writer.string(link.url)
            writer.bool(link.isImage)
            writer.int(Int64(link.line))
            writer.int(Int64(link.column))
        }
        writer.patchCount(codeBlocks.count, at: writer.reserveCount())
        for block in codeBlocks { try block.encode(to: BinaryEncoder(writer: writer)) }
        writer.patchCount(alerts.count, at: writer.reserveCount())
        for alert in alerts {
            writer.string(alert.type)
            writer.int(Int64(alert.line))
            writer.string(alert.contentHTML)
            writer.string(alert.text)
        }
        writer.string(plainText)
        writer.int(Int64(wordCount))
    }
}

import Foundation

/// SVG images, which BookStack's gallery refuses (png, jpg, gif and webp only) and whose
/// `data:` sources it strips, go into the page as inline `<svg>` markup, which it keeps
/// (bookstack-api.md §8–9): the `<img>` becomes the drawing itself, sized to the page.
enum InlineSVG {
    /// Whether `fileName` is an SVG drawing.
    static func isSVG(_ fileName: String) -> Bool {
        (fileName as NSString).pathExtension.lowercased() == "svg"
    }

    /// `html` with each `<img src="ksdocs-image:PATH">` whose image is an SVG replaced by its markup.
    static func inline(in html: String, images: [String: BookStackSite.Image]) -> String {
        guard html.contains("ksdocs-image:"), images.values.contains(where: { isSVG($0.fileName) }) else {
            return html
        }
        var result = ""
        var rest = html[...]
        while let open = rest.range(of: "<img ") {
            guard let close = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[open.lowerBound...close]
            result += rest[..<open.lowerBound]
            rest = rest[rest.index(after: close)...]
            if let path = attribute("src", of: tag).flatMap({ $0.hasPrefix("ksdocs-image:") ? $0 : nil })
                .map({ String($0.dropFirst("ksdocs-image:".count)) }),
                let image = images[path], isSVG(image.fileName),
                let svg = markup(String(decoding: image.data, as: UTF8.self), label: attribute("alt", of: tag) ?? "")
            {
                result += svg
            } else {
                result += tag
            }
        }
        return result + rest
    }

    /// The drawing's `<svg>` element without prolog, doctype, comments, scripts or event
    /// attributes, labelled for screen readers and no wider than the page.
    static func markup(_ text: String, label: String) -> String? {
        guard let start = text.range(of: "<svg") else { return nil }
        var svg: String
        if let end = text.range(of: "</svg>", options: .backwards), start.lowerBound < end.lowerBound {
            svg = String(text[start.lowerBound..<end.upperBound])
        } else if let end = text[start.upperBound...].range(of: "/>") {
            svg = String(text[start.lowerBound..<end.lowerBound]) + "></svg>"  // an empty drawing, `<svg .../>`
        } else {
            return nil
        }
        svg = svg.replacingOccurrences(of: #"<!--[\s\S]*?-->"#, with: "", options: .regularExpression)
        svg = svg.replacingOccurrences(of: #"<script[\s\S]*?</script>"#, with: "", options: .regularExpression)
        svg = svg.replacingOccurrences(of: #"\son[a-zA-Z]+\s*=\s*("[^"]*"|'[^']*')"#, with: "", options: .regularExpression)
        // The root element: labelled, scaled to the column (its viewBox keeps the proportions).
        guard let rootEnd = svg.firstIndex(of: ">") else { return nil }
        var root = String(svg[..<rootEnd])
        root = root.replacingOccurrences(of: #"\s(width|height)\s*=\s*("[^"]*"|'[^']*')"#, with: "", options: .regularExpression)
        let escaped = label.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "\"", with: "&quot;")
        root += " role=\"img\" aria-label=\"\(escaped)\" style=\"max-width: 100%; height: auto;\""
        return root + svg[rootEnd...]
    }

    /// The value of ` name="..."` in `tag`, as written.
    private static func attribute(_ name: String, of tag: Substring) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let value = tag[range.upperBound...]
        guard let close = value.firstIndex(of: "\"") else { return nil }
        return String(value[..<close])
    }
}

import Foundation

/// Rewrites a page's HTML for BookStack: anchors, `ksdocs-page:` links and `ksdocs-image:` sources.
///
/// Works on double-quoted attributes (`id="x"`, `href="..."`, `src="..."`), the
/// form ksdocs' renderer writes. Text content is never touched, except that
/// `{{@`, BookStack's page-include marker, is escaped as `{{&#64;`.
enum HTMLRewriter {
    /// The id BookStack keeps verbatim for `id`: anything starting with `bkmrk`.
    static func bookStackID(_ id: String) -> String {
        id.hasPrefix("bkmrk") ? id : "bkmrk-\(id)"
    }

    /// Step 1, independent of the server: `id="x"` → `id="bkmrk-x"`, `href="#x"` → `href="#bkmrk-x"`,
    /// and `{{@` escaped.
    static func rewriteAnchors(_ html: String) -> String {
        var out = replaceAttribute("id", in: html) { value in bookStackID(value) }
        out = replaceAttribute("href", in: out) { value in
            guard value.hasPrefix("#"), value.count > 1 else { return value }
            return "#" + bookStackID(String(value.dropFirst()))
        }
        return out.replacingOccurrences(of: "{{@", with: "{{&#64;")
    }

    /// The `ksdocs-page:` targets (sources, without anchors) and `ksdocs-image:` paths in `html`.
    static func references(in html: String) -> (pages: [String], images: [String]) {
        var pages: [String] = []
        var images: [String] = []
        _ = replaceAttribute("href", in: html) { value in
            if let target = pageTarget(value) { pages.append(target.source) }
            return value
        }
        _ = replaceAttribute("src", in: html) { value in
            if value.hasPrefix("ksdocs-image:") {
                images.append(String(value.dropFirst("ksdocs-image:".count)))
            }
            return value
        }
        return (pages, images)
    }

    /// Step 2: replaces placeholders. `pageURL` maps a source to its URL (nil: unknown yet, written `#`;
    /// empty: the page itself, written `#anchor`);
    /// `imageSource` maps an image path to its `src` (nil: left empty for now).
    static func resolve(
        _ html: String, pageURL: (String) -> String?, imageSource: (String) -> String?
    ) -> String {
        var out = replaceAttribute("href", in: html) { value in
            guard let target = pageTarget(value) else { return value }
            guard let url = pageURL(target.source) else { return "#" }
            guard let anchor = target.anchor else { return url.isEmpty ? "#" : url }
            return "\(url)#\(bookStackID(anchor))"
        }
        out = replaceAttribute("src", in: out) { value in
            guard value.hasPrefix("ksdocs-image:") else { return value }
            return imageSource(String(value.dropFirst("ksdocs-image:".count))) ?? ""
        }
        return out
    }

    /// Splits `ksdocs-page:<source>#<anchor>`.
    static func pageTarget(_ value: String) -> (source: String, anchor: String?)? {
        guard value.hasPrefix("ksdocs-page:") else { return nil }
        let rest = value.dropFirst("ksdocs-page:".count)
        if let hash = rest.firstIndex(of: "#") {
            let anchor = String(rest[rest.index(after: hash)...])
            return (String(rest[..<hash]), anchor.isEmpty ? nil : anchor)
        }
        return (String(rest), nil)
    }

    /// Calls `transform` on the value of every ` name="..."` attribute inside a tag and splices the
    /// result in. Text between tags is copied unchanged. Values are given and taken back
    /// HTML-escaped, as they stand in the markup.
    static func replaceAttribute(_ name: String, in html: String, _ transform: (String) -> String)
        -> String
    {
        var result = ""
        result.reserveCapacity(html.utf8.count)
        var position = html.startIndex
        while let open = html[position...].firstIndex(of: "<") {
            result += html[position..<open]
            guard let close = tagEnd(html, from: open) else {
                position = open
                break
            }
            result += replaceInTag(name, tag: html[open...close], transform)
            position = html.index(after: close)
        }
        result += html[position...]
        return result
    }

    /// The index of the `>` closing the tag that starts at `open`, skipping quoted values.
    private static func tagEnd(_ html: String, from open: String.Index) -> String.Index? {
        var quote: Character?
        var index = html.index(after: open)
        while index < html.endIndex {
            let character = html[index]
            if let current = quote {
                if character == current { quote = nil }
            } else if character == "\"" || character == "'" {
                quote = character
            } else if character == ">" {
                return index
            }
            index = html.index(after: index)
        }
        return nil
    }

    private static func replaceInTag(
        _ name: String, tag: Substring, _ transform: (String) -> String
    ) -> String {
        let marker = "\(name)=\""
        var result = ""
        var rest = tag
        while let range = rest.range(of: marker) {
            let before = rest[..<range.lowerBound]
            let isAttribute =
                before.last.map { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" } ?? false
            result += before
            result += marker
            rest = rest[range.upperBound...]
            guard isAttribute, let close = rest.firstIndex(of: "\"") else { continue }
            result += transform(String(rest[..<close]))
            result += "\""
            rest = rest[rest.index(after: close)...]
        }
        result += rest
        return result
    }
}

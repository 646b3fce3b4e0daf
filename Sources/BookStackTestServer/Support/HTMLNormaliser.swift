import Foundation

/// What BookStack does to page HTML on save (bookstack-api.md §8), in the parts a publisher can notice:
/// ids not starting with `bkmrk` are replaced by `bkmrk-` + the first 20 characters of the element's text,
/// in-page `#old` links are rewritten to the new id, and headings without an id get one.
enum HTMLNormaliser {
    static func normalise(_ html: String) -> String {
        var renamed: [String: String] = [:]
        var used = Set<String>()
        var out = ""
        var rest = html[...]
        // Pass 1: element ids.
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: ">") else {
                out += rest[open...]
                rest = rest[rest.endIndex...]
                break
            }
            var tag = String(rest[open...close])
            let after = rest[rest.index(after: close)...]
            let text = String(after.prefix { $0 != "<" })
            let name = tag.dropFirst().prefix { $0.isLetter || $0.isNumber }.lowercased()
            if let old = attribute("id", in: tag) {
                if !old.hasPrefix("bkmrk") {
                    let new = uniqueID(for: text, used: &used)
                    renamed[old] = new
                    tag = tag.replacingOccurrences(of: "id=\"\(old)\"", with: "id=\"\(new)\"")
                } else {
                    used.insert(old)
                }
            } else if ["h1", "h2", "h3", "h4", "h5", "h6"].contains(name) {
                let new = uniqueID(for: text, used: &used)
                tag.insert(contentsOf: " id=\"\(new)\"", at: tag.index(before: tag.endIndex))
            }
            out += tag
            rest = after
        }
        out += rest
        // Pass 2: in-page links to renamed ids.
        for (old, new) in renamed {
            out = out.replacingOccurrences(of: "href=\"#\(old)\"", with: "href=\"#\(new)\"")
        }
        return out
    }

    /// Every `id="..."` value in `html`.
    static func ids(in html: String) -> Set<String> {
        var found = Set<String>()
        var rest = html[...]
        while let range = rest.range(of: " id=\"") {
            rest = rest[range.upperBound...]
            if let end = rest.firstIndex(of: "\"") { found.insert(String(rest[..<end])) }
        }
        return found
    }

    static func attribute(_ name: String, in tag: String) -> String? {
        guard let range = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    private static func uniqueID(for text: String, used: inout Set<String>) -> String {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(
            separator: "-")
        let base =
            "bkmrk-"
            + (String(words.prefix(20)).addingPercentEncoding(
                withAllowedCharacters: .urlPathAllowed) ?? "")
        var candidate = base
        var n = 0
        while used.contains(candidate) {
            n += 1
            candidate = "\(base)-\(n)"
        }
        used.insert(candidate)
        return candidate
    }
}

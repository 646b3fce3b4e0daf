/// Finds and replaces the `ksdocs-link:<index>` placeholders that `MarkdownRenderer`
/// writes for local URLs in `href` and `src` attributes.
public enum LinkPlaceholders {
    public static let prefix = "ksdocs-link:"

    /// The placeholder for link number `index`.
    public static func placeholder(_ index: Int) -> String { prefix + String(index) }

    /// `html` with every placeholder replaced by `replacement(index)`, which must
    /// return a value already escaped for an HTML attribute.
    public static func replace(in html: String, _ replacement: (Int) -> String) -> String {
        let bytes = Array(html.utf8)
        let marker = Array(prefix.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 256)
        var index = 0
        while index < bytes.count {
            if bytes[index] == marker[0], matches(marker, in: bytes, at: index), isAttributeValueStart(bytes, index) {
                var cursor = index + marker.count
                var number = 0
                var digits = 0
                while cursor < bytes.count, bytes[cursor] >= 48, bytes[cursor] <= 57 {
                    number = number * 10 + Int(bytes[cursor] - 48)
                    cursor += 1
                    digits += 1
                }
                if digits > 0 {
                    output.append(contentsOf: replacement(number).utf8)
                    index = cursor
                    continue
                }
            }
            output.append(bytes[index])
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Whether `index` directly follows `href="` or `src="`, so prose that
    /// mentions a placeholder is never touched.
    private static func isAttributeValueStart(_ bytes: [UInt8], _ index: Int) -> Bool {
        matches(Array("href=\"".utf8), in: bytes, at: index - 6)
            || matches(Array("src=\"".utf8), in: bytes, at: index - 5)
    }

    private static func matches(_ marker: [UInt8], in bytes: [UInt8], at start: Int) -> Bool {
        guard start >= 0, start + marker.count <= bytes.count else { return false }
        for offset in 0..<marker.count where bytes[start + offset] != marker[offset] {
            return false
        }
        return true
    }
}

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds and replaces the `ksdocs-link:<index>` placeholders that `MarkdownRenderer`
/// writes for local URLs in `href` and `src` attributes.
public enum LinkPlaceholders {
    public static let prefix = "ksdocs-link:"

    /// The placeholder for link number `index`.
    public static func placeholder(_ index: Int) -> String { prefix + String(index) }

    /// `html` with every placeholder replaced by `replacement(index)`, which must
    /// return a value already escaped for an HTML attribute.
    public static func replace(in html: String, _ replacement: (Int) -> String) -> String {
        guard ByteSearch.contains(html, prefix) else { return html }
        var html = html
        return html.withUTF8 { bytes in
            let marker = Array(prefix.utf8)
            var output: [UInt8] = []
            output.reserveCapacity(bytes.count + 256)
            var copied = 0
            var index = 0
            // A placeholder is an attribute value: it follows a `"`, which memchr finds fast.
            while index < bytes.count,
                let quote = memchr(bytes.baseAddress! + index, Int32(UInt8(ascii: "\"")), bytes.count - index)
            {
                let start = bytes.baseAddress!.distance(to: quote.assumingMemoryBound(to: UInt8.self)) + 1
                index = start
                guard start + marker.count <= bytes.count,
                    UnsafeBufferPointer(rebasing: bytes[start..<(start + marker.count)]).elementsEqual(marker),
                    isAttributeValueStart(bytes, start)
                else { continue }
                guard let (number, cursor) = PlaceholderNumber.read(bytes, at: start + marker.count) else { continue }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<start]))
                output.append(contentsOf: replacement(number).utf8)
                copied = cursor
                index = cursor
            }
            if copied == 0 { return String(decoding: bytes, as: UTF8.self) }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: output, as: UTF8.self)
        }
    }

    /// Whether `index` directly follows `href="` or `src="`, so prose that
    /// mentions a placeholder is never touched.
    private static func isAttributeValueStart(_ bytes: UnsafeBufferPointer<UInt8>, _ index: Int) -> Bool {
        matches(hrefOpening, in: bytes, at: index - hrefOpening.count)
            || matches(srcOpening, in: bytes, at: index - srcOpening.count)
    }

    private static let hrefOpening = Array("href=\"".utf8)
    private static let srcOpening = Array("src=\"".utf8)

    private static func matches(_ marker: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        guard start >= 0, start + marker.count <= bytes.count else { return false }
        for offset in 0..<marker.count where bytes[start + offset] != marker[offset] {
            return false
        }
        return true
    }
}

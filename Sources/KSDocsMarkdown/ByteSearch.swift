#if canImport(Glibc)
    import Glibc
#endif

/// Substring tests on a string's UTF-8 bytes, for the checks every page goes through.
/// Foundation's `contains(_:)` on `String` bridges to NSString and searches UTF-16
/// (measured: a fifth of a clean build's time in `MkDocsSyntax.mayApply` alone).
public enum ByteSearch {
    /// Whether `text` contains `needle` (compared byte for byte, as UTF-8).
    public static func contains(_ text: String, _ needle: StaticString) -> Bool {
        contains(text, UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount))
    }

    /// Whether `text` contains `needle` (compared byte for byte, as UTF-8).
    public static func contains(_ text: String, _ needle: String) -> Bool {
        var needle = needle
        return needle.withUTF8 { contains(text, $0) }
    }

    private static func contains(_ text: String, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = pattern.count
        guard count > 0 else { return true }
        var text = text
        return text.withUTF8 { haystack in
            guard let base = haystack.baseAddress, haystack.count >= count else { return false }
            let first = Int32(pattern[0])
            var start = 0
            let last = haystack.count - count
            // memchr finds each candidate first byte; the rest is compared in place.
            while start <= last, let found = memchr(base + start, first, last - start + 1) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, pattern.baseAddress!, count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }

    /// Whether `text` contains any of `needles`.
    public static func containsAny(_ text: String, _ needles: StaticString...) -> Bool {
        needles.contains { contains(text, $0) }
    }
}

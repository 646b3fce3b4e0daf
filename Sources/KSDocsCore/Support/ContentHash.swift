/// A fast, stable content hash (64-bit FNV-1a), for file names and change detection.
public enum ContentHash {
    public static func hex(_ data: some Sequence<UInt8>, length: Int = 16) -> String {
        var hash = StreamingHash()
        if data.withContiguousStorageIfAvailable({ hash.feed($0) }) == nil {
            Array(data).withUnsafeBufferPointer { hash.feed($0) }
        }
        return hex(of: hash.value, length: length)
    }

    /// The hash of `text`'s UTF-8 bytes, read in place (no copy of the text).
    public static func hex(text: String, length: Int = 16) -> String {
        var hash = StreamingHash()
        hash.feed(text)
        return hex(of: hash.value, length: length)
    }

    /// `hash` as 16 lowercase hex digits (leading zeros kept), cut to `length`.
    static func hex(of hash: UInt64, length: Int = 16) -> String {
        let count = min(max(length, 0), 16)
        return String(unsafeUninitializedCapacity: count) { buffer in
            for index in 0..<count {
                let nibble = UInt8((hash >> UInt64(60 - 4 * index)) & 0xF)
                buffer[index] = nibble < 10 ? 48 + nibble : 87 + nibble
            }
            return count
        }
    }
}

/// The 64-bit FNV-1a hash behind `ContentHash`, fed bytes piece by piece: feeding pieces one
/// after another gives the hash of the pieces joined, without joining them.
struct StreamingHash {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    mutating func feed(_ bytes: UnsafeBufferPointer<UInt8>) {
        for byte in bytes { feed(byte) }
    }

    /// Feeds one byte, for callers that hash while they scan.
    @inline(__always)
    mutating func feed(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01b3
    }

    mutating func feed(_ text: String) {
        var text = text
        text.withUTF8 { feed($0) }
    }

    /// As `ContentHash.hex` writes it: 16 lowercase hex digits.
    var hex: String { ContentHash.hex(of: value) }
}

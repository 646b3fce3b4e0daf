/// Splits text into search tokens so that shell words stay whole.
///
/// The rule (mirrored exactly by `tokenize` in the themes' `js/search.js`):
/// 1. lowercase the text;
/// 2. split it on whitespace and on the separator characters below (quotes,
///    brackets, `,;|&!?*#\`), so `--net=host`, `8080:80`, `/etc/fstab` and
///    `docker-compose.yml` stay one token each;
/// 3. drop trailing `.`, `:` and `/` from each piece (sentence punctuation,
///    `ports:`, `/var/lib/docker/`);
/// 4. keep a piece only if it has at least two characters (Unicode code points)
///    and at least one letter or digit.
public enum SearchTokenizer {
    /// Characters that separate tokens besides whitespace.
    public static let separators: Set<Character> = [
        "\"", "'", "`", "(", ")", "[", "]", "{", "}", "<", ">", ",", ";", "|", "&", "!", "?", "*", "#", "\\",
        "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}",
    ]
    /// Characters removed from the end of a token.
    public static let trailing: Set<Character> = [".", ":", "/"]

    /// The tokens of `text`, in order, repeats included.
    ///
    /// Works on UTF-8 bytes, decoding only non-ASCII sequences (the index covers every
    /// page of the site, so this is hot); the rule is the same as described above.
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        forEachToken(in: text) { result.append($0) }
        return result
    }

    /// Calls `body` with each token of `text`, in order (no array of them is made).
    static func forEachToken(in text: String, _ body: (String) -> Void) {
        forEachToken(utf8: text) { body(String(decoding: $0, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of each token of `text`, in order; the bytes are
    /// valid only during the call. No `String` is made for an ASCII token.
    static func forEachToken(utf8 text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        text.withUTF8 { forEachToken(bytes: $0, body) }
    }

    private static func forEachToken(
        bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Void
    ) {
        let asciiSeparator = Self.asciiSeparator
        var current: [UInt8] = []
        current.reserveCapacity(64)
        var scalarCount = 0
        var isASCII = true
        var hasLetterOrDigit = false
        func flush() {
            while let last = current.last, last == 46 || last == 58 || last == 47 {  // . : /
                current.removeLast()
                scalarCount -= 1
            }
            if scalarCount >= 2, hasLetterOrDigit {
                if isASCII {
                    current.withUnsafeBufferPointer(body)
                } else {
                    var lowercased = String(decoding: current, as: UTF8.self).lowercased()
                    lowercased.withUTF8(body)
                }
            }
            current.removeAll(keepingCapacity: true)
            scalarCount = 0
            isASCII = true
            hasLetterOrDigit = false
        }
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte < 0x80 {
                index += 1
                if asciiSeparator[Int(byte)] {
                    flush()
                    continue
                }
                if byte >= 65 && byte <= 90 {
                    current.append(byte + 32)
                    hasLetterOrDigit = true
                } else {
                    if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) { hasLetterOrDigit = true }
                    current.append(byte)
                }
                scalarCount += 1
                continue
            }
            // A multi-byte sequence: the text came from a String, so it is valid UTF-8.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let end = min(index + length, count)
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in bytes[(index + 1)..<end] { value = value << 6 | UInt32(continuation & 0x3F) }
            let sequence = bytes[index..<end]
            index = end
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isWhitespace || separatorScalars.contains(scalar) {
                flush()
                continue
            }
            isASCII = false
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasLetterOrDigit = true }
            current.append(contentsOf: sequence)
            scalarCount += 1
        }
        flush()
    }

    /// ASCII bytes that end a token: whitespace and the ASCII separators.
    private static let asciiSeparator: [Bool] = {
        var table = [Bool](repeating: false, count: 128)
        for byte: UInt8 in [9, 10, 11, 12, 13, 32] { table[Int(byte)] = true }
        for character in separators {
            if let ascii = character.asciiValue { table[Int(ascii)] = true }
        }
        return table
    }()

    /// Non-ASCII separators (typographic quotes).
    private static let separatorScalars: Set<Unicode.Scalar> = Set(
        separators.compactMap { $0.asciiValue == nil ? $0.unicodeScalars.first : nil })
}

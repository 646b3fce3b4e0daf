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
        forEachToken(utf8: text) { bytes, _ in body(String(decoding: bytes, as: UTF8.self)) }
    }

    /// Calls `body` with the UTF-8 bytes of each token of `text` and their hash
    /// (`StreamingHash`), in order; the bytes are valid only during the call. No `String`
    /// is made for an ASCII token.
    static func forEachToken(utf8 text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            byteClasses.withUnsafeBufferPointer { classes in forEachToken(bytes: bytes, classes: classes, body) }
        }
    }

    /// The scan. A token is the run of bytes between two separators with its trailing `.:/`
    /// left out, so no bytes are copied while scanning: the run's start is kept, and its end,
    /// hash and letter-or-digit flag as of its last byte that is not `.:/`. An ASCII token is
    /// hashed lowercased as it is scanned and handed over in place, or lowercased into
    /// `lowered` if it has an uppercase letter; a token with a non-ASCII character is made a
    /// `String`, lowercased and hashed after the run ends.
    private static func forEachToken(
        bytes: UnsafeBufferPointer<UInt8>, classes: UnsafeBufferPointer<UInt8>,
        _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Void
    ) {
        guard let base = bytes.baseAddress, let classes = classes.baseAddress else { return }
        let count = bytes.count
        // Room for the longest token, allocated when a token first needs lowercasing.
        var lowered: UnsafeMutablePointer<UInt8>?
        defer { lowered?.deallocate() }
        var start = 0
        var end = 0
        var hash = StreamingHash()
        var hashAtEnd = hash
        var hasLetterOrDigit = false
        var hasUppercase = false
        var isASCII = true
        /// Hands over the run that ends before `next` (if it makes a token) and starts a new one at `next`.
        func flush(next: Int) {
            if end - start >= 2, hasLetterOrDigit {
                if !isASCII {
                    // Two code points at least, counted before lowercasing (bytes that are not continuation bytes).
                    var scalars = 0
                    for index in start..<end where base[index] & 0xC0 != 0x80 { scalars += 1 }
                    if scalars >= 2 {
                        let run = UnsafeBufferPointer(start: base + start, count: end - start)
                        var text = String(decoding: run, as: UTF8.self).lowercased()
                        text.withUTF8 { token in
                            var hash = StreamingHash()
                            hash.feed(token)
                            body(token, hash.value)
                        }
                    }
                } else if hasUppercase {
                    let buffer = lowered ?? UnsafeMutablePointer<UInt8>.allocate(capacity: count)
                    lowered = buffer
                    for index in start..<end {
                        let byte = base[index]
                        buffer[index - start] = byte &- 65 < 26 ? byte | 0x20 : byte
                    }
                    body(UnsafeBufferPointer(start: buffer, count: end - start), hashAtEnd.value)
                } else {
                    body(UnsafeBufferPointer(start: base + start, count: end - start), hashAtEnd.value)
                }
            }
            start = next
            end = next
            hash = StreamingHash()
            hasLetterOrDigit = false
            hasUppercase = false
            isASCII = true
        }
        var index = 0
        while index < count {
            let byte = base[index]
            let kind = classes[Int(byte)]
            if kind & ByteClass.multiByte == 0 {
                index += 1
                if kind & ByteClass.separator != 0 {
                    flush(next: index)
                    continue
                }
                // Lowercasing an ASCII letter is setting bit 5.
                hash.feed(kind & ByteClass.uppercase != 0 ? byte | 0x20 : byte)
                if kind & ByteClass.trailing == 0 {
                    hashAtEnd = hash
                    end = index
                    hasLetterOrDigit = hasLetterOrDigit || kind & ByteClass.letterOrDigit != 0
                    hasUppercase = hasUppercase || kind & ByteClass.uppercase != 0
                }
                continue
            }
            // A multi-byte sequence: the text came from a String, so it is valid UTF-8.
            let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
            let sequenceEnd = min(index + length, count)
            var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for continuation in (index + 1)..<sequenceEnd { value = value << 6 | UInt32(base[continuation] & 0x3F) }
            index = sequenceEnd
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.isWhitespace || separatorScalars.contains(scalar) {
                flush(next: index)
                continue
            }
            isASCII = false
            end = index
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasLetterOrDigit = true }
        }
        flush(next: count)
    }

    /// What `byteClasses` says of a byte: bits that may be combined.
    private enum ByteClass {
        /// ASCII whitespace or an ASCII separator.
        static let separator: UInt8 = 1
        /// `a`–`z`, `A`–`Z`, `0`–`9`.
        static let letterOrDigit: UInt8 = 2
        /// `A`–`Z`.
        static let uppercase: UInt8 = 4
        /// `.`, `:`, `/`: dropped from the end of a token.
        static let trailing: UInt8 = 8
        /// The first byte of a multi-byte sequence (0x80 and up).
        static let multiByte: UInt8 = 16
    }

    /// Each byte's `ByteClass` bits.
    private static let byteClasses: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 256)
        for byte in 0x80...0xFF { table[byte] = ByteClass.multiByte }
        for byte: UInt8 in [9, 10, 11, 12, 13, 32] { table[Int(byte)] = ByteClass.separator }
        for character in separators {
            if let ascii = character.asciiValue { table[Int(ascii)] = ByteClass.separator }
        }
        for byte in UInt8(ascii: "a")...UInt8(ascii: "z") { table[Int(byte)] = ByteClass.letterOrDigit }
        for byte in UInt8(ascii: "0")...UInt8(ascii: "9") { table[Int(byte)] = ByteClass.letterOrDigit }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            table[Int(byte)] = ByteClass.letterOrDigit | ByteClass.uppercase
        }
        for character in trailing { table[Int(character.asciiValue!)] = ByteClass.trailing }
        return table
    }()

    /// Non-ASCII separators (typographic quotes).
    private static let separatorScalars: Set<Unicode.Scalar> = Set(
        separators.compactMap { $0.asciiValue == nil ? $0.unicodeScalars.first : nil })
}

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
    /// Works on Unicode scalars with an ASCII fast path (the index covers every page
    /// of the site, so this is hot); the rule is the same as described above.
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = String.UnicodeScalarView()
        var isASCII = true
        var hasLetterOrDigit = false
        func flush() {
            while let last = current.last, last == "." || last == ":" || last == "/" { current.removeLast() }
            if current.count >= 2, hasLetterOrDigit {
                let token = String(current)
                result.append(isASCII ? token : token.lowercased())
            }
            current = String.UnicodeScalarView()
            isASCII = true
            hasLetterOrDigit = false
        }
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if asciiSeparator[Int(byte)] {
                    flush()
                    continue
                }
                if byte >= 65 && byte <= 90 {
                    current.append(Unicode.Scalar(byte + 32))
                    hasLetterOrDigit = true
                } else {
                    if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) { hasLetterOrDigit = true }
                    current.append(scalar)
                }
                continue
            }
            if scalar.properties.isWhitespace || separatorScalars.contains(scalar) {
                flush()
                continue
            }
            isASCII = false
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil { hasLetterOrDigit = true }
            current.append(scalar)
        }
        flush()
        return result
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

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
    public static func tokens(_ text: String) -> [String] {
        var result: [String] = []
        var current = ""
        func flush() {
            while let last = current.last, trailing.contains(last) { current.removeLast() }
            if current.unicodeScalars.count >= 2, current.contains(where: { $0.isLetter || $0.isNumber }) {
                result.append(current)
            }
            current = ""
        }
        for character in text.lowercased() {
            if character.isWhitespace || separators.contains(character) {
                flush()
            } else {
                current.append(character)
            }
        }
        flush()
        return result
    }
}

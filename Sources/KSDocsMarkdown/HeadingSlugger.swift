/// Makes GitHub-style heading ids: lowercase, punctuation dropped, each space
/// turned into `-`, and `-1`, `-2`, ... appended to repeats.
public struct HeadingSlugger: Sendable {
    private var used: Set<String> = []

    public init() {}

    /// The slug of `text` without de-duplication.
    public static func slug(_ text: String) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.lowercased().unicodeScalars {
            if scalar == " " {
                result.unicodeScalars.append("-")
            } else if scalar == "-" || scalar == "_" {
                result.unicodeScalars.append(scalar)
            } else if scalar.isASCII {
                // The only ASCII characters of the categories below are letters and digits.
                if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || ("A"..."Z").contains(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            } else {
                switch scalar.properties.generalCategory {
                case .lowercaseLetter, .uppercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                    .nonspacingMark, .spacingMark, .enclosingMark,
                    .decimalNumber, .letterNumber, .otherNumber, .connectorPunctuation:
                    result.unicodeScalars.append(scalar)
                default:
                    continue
                }
            }
        }
        return result
    }

    /// A unique id for `text` within this document.
    public mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 0
        while used.contains(candidate) {
            counter += 1
            candidate = "\(base)-\(counter)"
        }
        used.insert(candidate)
        return candidate
    }
}

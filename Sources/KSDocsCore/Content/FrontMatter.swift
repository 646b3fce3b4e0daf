/// Splits a Markdown file into its YAML front matter and its body.
///
/// Front matter starts with a `---` line on line 1 and ends with the next `---`
/// (or `...`) line.
struct FrontMatter: Equatable {
    /// The YAML text, or nil when the file has no front matter.
    var yaml: String?
    /// The Markdown after the front matter.
    var body: String
    /// How many lines precede `body` in the file.
    var bodyLineOffset: Int

    /// Line of the file on which the YAML text starts.
    static let yamlFirstLine = 2

    enum SplitError: Error, Equatable {
        /// Opening `---` without a closing one.
        case unterminated
    }

    static func split(_ text: String) -> Result<FrontMatter, SplitError> {
        guard isDelimiter(text.utf8.prefix { $0 != 10 }, allowDots: false) else {
            return .success(FrontMatter(yaml: nil, body: text, bodyLineOffset: 0))
        }
        let bytes = Array(text.utf8)
        var lineStart = (bytes.firstIndex(of: 10) ?? bytes.count) + 1
        var lineNumber = 2
        while lineStart <= bytes.count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.count
            if isDelimiter(bytes[lineStart..<lineEnd], allowDots: true) {
                let yamlStart = (bytes.firstIndex(of: 10) ?? 0) + 1
                let yaml = String(decoding: bytes[yamlStart..<lineStart], as: UTF8.self)
                let bodyStart = min(lineEnd + 1, bytes.count)
                let body = String(decoding: bytes[bodyStart...], as: UTF8.self)
                return .success(FrontMatter(yaml: yaml, body: body, bodyLineOffset: lineNumber))
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return .failure(.unterminated)
    }

    private static func isDelimiter(_ line: some Collection<UInt8>, allowDots: Bool) -> Bool {
        let trimmed = line.reversed().drop { $0 == 32 || $0 == 9 }.reversed()
        let dashes: [UInt8] = [45, 45, 45]
        let dots: [UInt8] = [46, 46, 46]
        return Array(trimmed) == dashes || (allowDots && Array(trimmed) == dots)
    }
}

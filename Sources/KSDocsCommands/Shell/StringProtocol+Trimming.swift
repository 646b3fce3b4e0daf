extension StringProtocol {
    /// The text with every `\r\n` turned into `\n`.
    func replacingCRLF() -> String {
        let text = String(self)
        return text.contains("\r\n")
            ? text.split(separator: "\r\n", omittingEmptySubsequences: false).joined(separator: "\n") : text
    }

    /// The text without trailing whitespace and newlines.
    func trimmingTrailingWhitespace() -> String {
        var result = String(self)
        while let last = result.last, last.isWhitespace { result.removeLast() }
        return result
    }

    /// The text without leading and trailing whitespace.
    func trimmed() -> String {
        String(drop(while: \.isWhitespace)).trimmingTrailingWhitespace()
    }
}

import Foundation

/// Values that stand for a secret without being one: `<token>`, `${VAR}`, `$VAR`,
/// `changeme`, `xxxx`, `example`, `your-...`, `...`; also code that computes a value.
enum Placeholder {
    /// Words that mark a value as an example rather than a real secret.
    static let words = [
        "changeme", "change-me", "change_me", "example", "placeholder", "redacted", "your-", "your_", "yourpassword",
        "yoursecret", "yourtoken", "dummy", "replace-me", "replace_me", "fixme", "todo", "replace-with", "replace_with",
        "insert-", "insert_", "sample", "not-a-real", "notreal", "fake",
    ]

    /// Plain values that are no secret: booleans, empty values and the like.
    static let literals: Set<String> = [
        "true", "false", "yes", "no", "null", "none", "~", "''", "\"\"", "read", "write", "required", "optional",
        "secret", "password", "passwd", "pass", "token", "key", "apikey", "api-key",
    ]

    static func isPlaceholder(_ raw: String) -> Bool {
        // An unquoted value with a call in it is code (`os.environ.get("X")`), not a literal;
        // in a shell it would be a syntax error anyway.
        if let first = raw.first, first != "\"", first != "'", raw.contains("(") { return true }
        let value = raw.trimmingCharacters(in: CharacterSet(charactersIn: "\"'` ,;"))
        if value.isEmpty { return true }
        let lower = value.lowercased()
        if literals.contains(lower) { return true }
        if value.hasPrefix("$") || value.contains("${") || value.contains("$(") { return true }
        if value.hasPrefix("<") || (value.contains("<") && value.contains(">")) { return true }
        if value.contains("{{") || value.contains("...") || value.contains("…") { return true }
        if words.contains(where: { lower.contains($0) }) { return true }
        if value.allSatisfy(\.isNumber) { return true }
        // `myauthkeyhere`, `privatekeyhere`, `TOKEN_HERE`: "put yours here".
        if lower.hasSuffix("here"), lower.count > 4 { return true }
        // `aaaaaaaa`, `0000`, `abababab`: one or two characters repeated.
        if value.count >= 4, Set(value).count <= 2 { return true }
        if value.hasPrefix("/") || value.hasPrefix("./") || value.hasPrefix("~/") { return true }
        // A URL is an address, not a secret (credentials inside one are their own rule).
        if value.contains("://") { return true }
        // `tskey-auth-xxxx`, `ghp_XXXX`: a known prefix with a masked end.
        if let last = value.split(whereSeparator: { $0 == "-" || $0 == "_" }).last, value.count > last.count,
            last.count >= 3, last.allSatisfy({ "xX*".contains($0) })
        {
            return true
        }
        let masked = value.filter { "xX*#".contains($0) }.count
        if masked >= 3, value.allSatisfy({ "xX*#.-_".contains($0) }) { return true }
        return false
    }

    /// Whether the part of a token after its known prefix is a placeholder
    /// (`tskey-auth-xxxx`, `ghp_...`, `AKIA<key>`).
    static func isPlaceholderTail(_ tail: String) -> Bool {
        if isPlaceholder(tail) { return true }
        let letters = tail.filter { $0.isLetter || $0.isNumber }
        if letters.isEmpty { return true }
        return letters.lowercased().allSatisfy { $0 == "x" } || letters.allSatisfy { $0 == "0" }
    }
}

import Foundation

/// Whether the value of a `KEY=value`, `KEY: value` or `| KEY | value |` pair whose key
/// names a secret is a literal secret rather than a placeholder or a word of prose.
enum SecretValue {
    /// `assigned`: the pair uses `=` (shell, .env, INI), where any literal is a value.
    /// With `:` (YAML, prose, tables) an unquoted value must look like a secret, not like
    /// a word of a sentence ("The admin password: choose a long one") or a setting
    /// (`id-token: write`): it has a digit, a symbol, or a capital letter after its first letter.
    static func isLiteralSecret(_ value: String, assigned: Bool) -> Bool {
        guard !Placeholder.isPlaceholder(value), !["|", ">", "|-", ">-"].contains(value),
            !value.hasPrefix("{"), !value.hasPrefix("["), !value.hasPrefix("!"), !value.hasPrefix("&"),
            !value.hasPrefix("*")
        else { return false }
        if assigned { return true }
        guard let first = value.first else { return false }
        if first == "\"" || first == "'" || first == "`" { return true }
        let body = value.trimmingCharacters(in: .punctuationCharacters.subtracting(.init(charactersIn: "-_")))
        if body.contains(where: \.isNumber) { return true }
        if body.contains(where: { !$0.isLetter && !"-_.".contains($0) }) { return true }
        return body.dropFirst().contains(where: \.isUppercase)
    }
}

import Foundation

/// BookStack's slug rule (Laravel `Str::slug`, bookstack-api.md §11), close enough for tests.
enum Slug {
    static func make(_ name: String) -> String {
        var text = name.folding(
            options: [.diacriticInsensitive, .widthInsensitive], locale: Locale(identifier: "en"))
        text = text.replacingOccurrences(of: "ß", with: "ss")
        text = text.replacingOccurrences(of: "_", with: "-").replacingOccurrences(
            of: "@", with: "-at-"
        ).lowercased()
        var out = ""
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar)) {
                if pendingDash && !out.isEmpty { out += "-" }
                pendingDash = false
                out.unicodeScalars.append(scalar)
            } else if scalar == "-" || CharacterSet.whitespacesAndNewlines.contains(scalar) {
                pendingDash = true
            }
        }
        return out.isEmpty ? String(UUID().uuidString.lowercased().prefix(5)) : out
    }

    /// `slug`, or `slug-XyZ` until `taken` says no.
    static func unique(_ slug: String, taken: (String) -> Bool) -> String {
        var candidate = slug
        let alphabet = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        while taken(candidate) {
            candidate = slug + "-" + String((0..<3).map { _ in alphabet.randomElement() ?? "x" })
        }
        return candidate
    }
}

import Foundation

/// A theme's stylesheets and scripts as they are written into a site: without comments,
/// indentation and blank lines, which readers download for nothing (the theme's own files
/// keep them for the next person to edit them). Line breaks are kept, so a script's
/// statements end where they ended, and nothing inside a string is touched.
enum AssetCompaction {
    /// `data` compacted when `path` is a `.css` or `.js` file, else as it is.
    static func compact(_ data: Data, path: String) -> Data {
        let kind = (path as NSString).pathExtension.lowercased()
        guard kind == "css" || kind == "js", let text = String(data: data, encoding: .utf8) else { return data }
        return Data((kind == "css" ? css(text) : javaScript(text)).utf8)
    }

    /// CSS without `/* */` comments (outside strings), indentation and blank lines.
    static func css(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var quote: Character?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            if let open = quote {
                out.append(character)
                if character == "\\", text.index(after: index) < text.endIndex {
                    index = text.index(after: index)
                    out.append(text[index])
                } else if character == open {
                    quote = nil
                }
            } else if character == "\"" || character == "'" {
                quote = character
                out.append(character)
            } else if character == "/", text[index...].hasPrefix("/*") {
                guard let end = text[index...].range(of: "*/") else { break }
                index = end.upperBound
                continue
            } else {
                out.append(character)
            }
            index = text.index(after: index)
        }
        return lines(of: out)
    }

    /// A script without whole-line `//` comments, `/* */` comments that fill whole lines,
    /// indentation and blank lines.
    static func javaScript(_ text: String) -> String {
        var kept: [Substring] = []
        var inBlockComment = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            if inBlockComment {
                if let end = trimmed.range(of: "*/") {
                    inBlockComment = false
                    let rest = trimmed[end.upperBound...].drop { $0 == " " || $0 == "\t" }
                    if !rest.isEmpty { kept.append(rest) }
                }
                continue
            }
            if trimmed.hasPrefix("//") { continue }
            if trimmed.hasPrefix("/*") {
                if let end = trimmed.range(of: "*/") {
                    let rest = trimmed[end.upperBound...].drop { $0 == " " || $0 == "\t" }
                    if !rest.isEmpty { kept.append(rest) }
                } else {
                    inBlockComment = true
                }
                continue
            }
            kept.append(trimmed)
        }
        return lines(of: kept.joined(separator: "\n"))
    }

    /// `text` without indentation, trailing spaces and blank lines.
    private static func lines(of text: String) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            var trimmed = line.drop { $0 == " " || $0 == "\t" }
            while let last = trimmed.last, last == " " || last == "\t" || last == "\r" { trimmed = trimmed.dropLast() }
            if trimmed.isEmpty { continue }
            out += trimmed
            out += "\n"
        }
        return out
    }
}

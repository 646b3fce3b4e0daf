/// URL slugs made from file and folder names.
public enum Slug {
    /// `03 Docker_Basics` → `03-docker-basics`: lowercase, spaces and underscores to `-`,
    /// anything but letters, digits, `-` and `.` dropped.
    public static func make(_ name: String) -> String {
        var result = ""
        for scalar in name.lowercased().unicodeScalars {
            switch scalar {
            case " ", "_", "-": result.unicodeScalars.append("-")
            case ".": result.unicodeScalars.append(".")
            default:
                if scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    /// The leading number of `03-docker`, if any.
    public static func numericPrefix(_ name: String) -> Int? {
        let digits = name.prefix { $0.isASCII && $0.isNumber }
        guard !digits.isEmpty, digits.count < name.count || digits.count == name.count else { return nil }
        return Int(digits)
    }

    /// The URL path for a Markdown source path: `beginner/03-docker.md` → `beginner/03-docker/`,
    /// `index.md` → `` (the home page), `guides/index.md` → `guides/`.
    public static func urlPath(forSource source: String) -> String {
        var parts = source.split(separator: "/").map(String.init)
        guard var last = parts.popLast() else { return "" }
        if last.hasSuffix(".md") { last.removeLast(3) }
        let folders = parts.map(make)
        if last == "index" || last == "_index" || last.isEmpty {
            return folders.isEmpty ? "" : folders.joined(separator: "/") + "/"
        }
        return (folders + [make(last)]).joined(separator: "/") + "/"
    }

    /// The URL path of a folder: `beginner` → `beginner/`.
    public static func urlPath(forFolder folder: String) -> String {
        folder.isEmpty ? "" : folder.split(separator: "/").map { make(String($0)) }.joined(separator: "/") + "/"
    }
}

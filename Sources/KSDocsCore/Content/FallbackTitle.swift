/// The title of a page that names none (no `title:`, no leading `# ` heading), as MkDocs
/// gives it: the file's name with `-` and `_` as spaces, its first letter capitalised when
/// the name is all lowercase; a folder's `index.md` (or `_index.md`) takes the folder's
/// name, and the home page is "Home".
enum FallbackTitle {
    static func forSource(_ source: String) -> String {
        var parts = source.split(separator: "/").map(String.init)
        guard var name = parts.popLast() else { return "Home" }
        if let dot = name.lastIndex(of: ".") { name = String(name[..<dot]) }
        if name == "index" || name == "_index" || name.lowercased() == "readme" {
            guard let folder = parts.last else { return "Home" }
            name = folder
        }
        var title = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
            .trimmingCharacters(in: .whitespaces)
        if title.isEmpty { return "Home" }
        if title.lowercased() == title { title = title.prefix(1).uppercased() + title.dropFirst() }
        return title
    }
}

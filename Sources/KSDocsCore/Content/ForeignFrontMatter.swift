/// Front matter keys of other generators (Hugo, MkDocs, Jekyll, Docusaurus) that ksdocs
/// does not use. A site written for them builds without a warning per page: the keys are
/// named in one summary line, and listed one by one with `--strict`.
/// (`description` and `weight` are understood: they are `summary` and `order`; `date` orders
/// pages newest first after their order, and `aliases` become redirects.)
enum ForeignFrontMatter {
    static let ignoredKeys: Set<String> = [
        "linkTitle", "lastmod", "publishDate", "expiryDate", "slug", "url", "categories",
        "keywords", "author", "authors", "menu", "type", "layout", "hide", "template", "icon", "status", "search",
        "toc", "comments", "images", "series", "cascade", "headless", "build", "nav_order", "nav_exclude", "parent",
        "has_children", "permalink", "sidebar_position", "sidebar_label", "id", "hide_title", "subtitle", "image",
        "markup", "outputs", "resources", "translationKey", "featured", "sitemap", "robots",
    ]

    static let marker = "front matter: key of another generator, ignored: '"

    static func message(_ key: String) -> String { marker + key + "'" }

    /// The per-page notes merged into one line naming each key and how many pages use it.
    static func summary(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        var counts: [String: Int] = [:]
        var first: Diagnostic?
        var others: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard diagnostic.message.hasPrefix(marker) else {
                others.append(diagnostic)
                continue
            }
            counts[String(diagnostic.message.dropFirst(marker.count).dropLast()), default: 0] += 1
            if first.map({ (diagnostic.file, diagnostic.line) < ($0.file, $0.line) }) ?? true { first = diagnostic }
        }
        guard var summary = first else { return others }
        let keys = counts.sorted { $0.key < $1.key }.map { "\($0.key) (\($0.value))" }.joined(separator: ", ")
        summary.message =
            "front matter keys of other generators are ignored: \(keys); --strict lists each use"
        return others + [summary]
    }
}

/// Hugo's `aliases:`: each old URL of a page gets a small page that sends the reader on
/// to the page's URL (a `refresh` meta tag and a link, like Hugo's own alias pages),
/// so links and bookmarks to where the page used to be keep working.
struct AliasPages {
    struct Redirect: Equatable {
        /// The file written, e.g. `old/path/index.html` or `2010/01/post.html`.
        var path: String
        /// The page it leads to (its URL path).
        var target: String
        var title: String
    }

    var redirects: [Redirect] = []
    var diagnostics: [Diagnostic] = []

    /// The redirects of every page of `site`, with a warning for each alias that cannot be one.
    init(site: Site) {
        var taken = Set(site.pages.map { $0.urlPath + "index.html" })
        taken.formUnion(site.sections.values.map { $0.urlPath + "index.html" })
        taken.formUnion(site.services.services.map { $0.urlPath + "index.html" })
        taken.formUnion(
            [ContextBuilder.servicesPath, ContextBuilder.interviewPath, ContextBuilder.commandsPath, ""].map {
                $0 + "index.html"
            })
        taken.insert("404.html")
        for page in site.pages {
            for alias in page.metadata.aliases {
                guard let path = Self.outputPath(of: alias.value, onPageIn: page.folder) else {
                    diagnostics.append(
                        .warning(
                            page.displayPath, line: alias.line, column: alias.column,
                            "alias '\(alias.value)' leaves the site; write it as a path inside the site such as /old/page/"
                        ))
                    continue
                }
                guard taken.insert(path).inserted else {
                    diagnostics.append(
                        .warning(
                            page.displayPath, line: alias.line, column: alias.column,
                            "alias '\(alias.value)' is already the address of a page or another alias; left out"))
                    continue
                }
                redirects.append(Redirect(path: path, target: page.urlPath, title: page.title))
            }
        }
    }

    /// Where an alias is written: `/old/` and `old` → `old/index.html`, `x.html` stays a file.
    /// A relative alias is read from the page's folder, as Hugo does.
    static func outputPath(of alias: String, onPageIn folder: String) -> String? {
        guard !alias.contains("://"), !alias.hasPrefix("//") else { return nil }
        let withoutFragment = alias.split(separator: "#", maxSplits: 1).first.map(String.init) ?? ""
        let isAbsolute = withoutFragment.hasPrefix("/")
        guard let resolved = SitePath.resolve(withoutFragment, inFolder: isAbsolute ? "" : folder),
            !resolved.isEmpty
        else { return nil }
        let last = resolved.split(separator: "/").last.map(String.init) ?? ""
        if last.hasSuffix(".html") || last.hasSuffix(".htm") { return resolved }
        return resolved + "/index.html"
    }

    /// The redirect page: no theme, nothing to load, readable as a link if refresh is off.
    static func html(_ redirect: Redirect, baseURL: String?) -> String {
        let folder = SitePath.folder(of: redirect.path)
        let relative = SitePath.relativeURL(from: folder.isEmpty ? "" : folder + "/", to: redirect.target)
        let url = HTMLEscaping.escape(relative.hasSuffix("/") ? relative + "index.html" : relative)
        let title = HTMLEscaping.escape(redirect.title)
        let canonical =
            baseURL.map { "<link rel=\"canonical\" href=\"\(HTMLEscaping.escape($0 + redirect.target))\">\n" } ?? ""
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>\(title)</title>
            \(canonical)<meta name="robots" content="noindex">
            <meta http-equiv="refresh" content="0; url=\(url)">
            </head>
            <body>
            <p>This page has moved to <a href="\(url)">\(title)</a>.</p>
            </body>
            </html>

            """
    }
}

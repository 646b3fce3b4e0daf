import Foundation

/// What a local link in a page points at. Both backends (the HTML site and
/// BookStack) resolve links through this, then write URLs their own way.
public enum LinkTarget: Sendable, Equatable {
    /// `#fragment` on the same page.
    case samePage(fragment: String)
    /// Another Markdown page (its source path), with an optional fragment.
    case page(source: String, fragment: String?)
    /// A page that exists but failed to load; its own errors are reported.
    case unloadedPage(source: String, fragment: String?)
    /// A folder's index page.
    case section(folder: String)
    /// A file copied as it is (image, download), relative to Content/.
    case asset(path: String)
    /// The path climbs out of Content/.
    case outsideContent
    /// A `.md` path that is no page.
    case missingPage(path: String)
    /// Any other path that is no file.
    case missingFile(path: String)
}

extension Site {
    /// Where the local link `url`, written on `page`, leads.
    public func target(of url: String, on page: SourcePage) -> LinkTarget {
        let (rawPath, _, fragment) = LinkParts.split(url)
        let path = LinkParts.decoded(rawPath)
        if path.isEmpty { return .samePage(fragment: fragment ?? "") }
        // `/guide/setup/` names a page from the site's root, as on the published site.
        let rootAbsolute = path.hasPrefix("/")
        let fromFile = SitePath.resolve(path, inFolder: rootAbsolute ? "" : page.folder)
        // Most links name a page file that exists from the file's folder: found before the
        // URL reading is worked out (it is tried second below, so the answer is the same).
        if let fromFile, path.hasSuffix(".md") {
            if unloadedSources.contains(fromFile) { return .unloadedPage(source: fromFile, fragment: fragment) }
            if pageIndexBySource[fromFile] != nil { return .page(source: fromFile, fragment: fragment) }
        }
        // Links written the way people link published pages (`../guide/`, `../guide`) are also
        // read as a browser reads them on the published page: relative to its URL (`beginner/01-first/`).
        let stem = page.source.hasSuffix(".md") ? String(page.source.dropLast(3)) : page.source
        let fileName = stem.lastIndex(of: "/").map { stem[stem.index(after: $0)...] } ?? stem[...]
        let fromURL =
            rootAbsolute || fileName == "index" || fileName == "_index" ? nil : SitePath.resolve(path, inFolder: stem)
        let looksLikeAPage =
            path.hasSuffix("/") || path.hasSuffix(".md")
            || !(path.lastIndex(of: "/").map { path[path.index(after: $0)...] } ?? path[...]).contains(".")
        // Only a folder-style or .md link is read from the page's URL when it climbs out of the
        // file's folder; any other path (an image, a download) that leaves Content/ is refused.
        let surelyAPage = path.hasSuffix("/") || path.hasSuffix(".md")
        if fromFile == nil, fromURL == nil || !surelyAPage { return .outsideContent }
        if path.hasSuffix(".md") {
            for candidate in [fromFile, fromURL].compactMap({ $0 }) {
                if unloadedSources.contains(candidate) { return .unloadedPage(source: candidate, fragment: fragment) }
                if pageIndexBySource[candidate] != nil { return .page(source: candidate, fragment: fragment) }
            }
            return .missingPage(path: path)
        }
        if let resolved = fromFile {
            let folder = resolved.hasSuffix("/") ? String(resolved.dropLast()) : resolved
            if !folder.isEmpty, sections[folder] != nil { return .section(folder: folder) }
            if folder.isEmpty, rootAbsolute || path.hasSuffix("/") { return .section(folder: "") }
            if assetSet.contains(resolved) { return .asset(path: resolved) }
        }
        // A page named by its published address: the URL reading first, then the file's folder (as GitHub).
        for candidate in [fromURL, fromFile].compactMap({ $0 }) {
            let name = candidate.hasSuffix("/") ? String(candidate.dropLast()) : candidate
            guard !name.isEmpty else { continue }
            if sections[name] != nil { return .section(folder: name) }
            for source in [name + ".md", name + "/index.md", name + "/_index.md"] {
                if pageIndexBySource[source] != nil { return .page(source: source, fragment: fragment) }
                if unloadedSources.contains(source) { return .unloadedPage(source: source, fragment: fragment) }
            }
        }
        return looksLikeAPage ? .missingPage(path: path) : .missingFile(path: path)
    }
}

/// `path?query#fragment` in parts.
enum LinkParts {
    static func split(_ url: String) -> (path: String, query: String?, fragment: String?) {
        // Searched in the UTF-8 bytes (not by Character): `#` and `?` are ASCII, so the
        // index found is a character boundary.
        var rest = Substring(url)
        var fragment: String?
        if let hash = rest.utf8.firstIndex(of: UInt8(ascii: "#")) {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        var query: String?
        if let mark = rest.utf8.firstIndex(of: UInt8(ascii: "?")) {
            query = String(rest[rest.index(after: mark)...])
            rest = rest[..<mark]
        }
        return (String(rest), query, fragment)
    }

    /// `text` with percent-escapes decoded (as written when it has none, the usual case).
    static func decoded(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "%")) else { return text }
        return text.removingPercentEncoding ?? text
    }
}

import Foundation
import KSDocsMarkdown

/// Turns the local links of a page into URLs of the built site, checking that
/// the target page, heading or file exists and stays inside Content/.
struct LinkResolver: Sendable {
    let site: Site
    let display: String

    init(site: Site, display: String) {
        self.site = site
        self.display = display
    }

    /// A hash of everything links are checked against: each page's source and heading
    /// ids, the folders, the copied files, the pages that failed to load, and how Content/
    /// is shown. While it stays the same, an unchanged page's links check out as before.
    static func fingerprint(of site: Site, display: String) -> String {
        fingerprint(of: site, display: display, previous: nil).value
    }

    /// The link fingerprint, and what it was made from (kept by `serve`).
    struct Fingerprint: Sendable {
        let value: String
        fileprivate let pages: [SourcePage]
        /// Everything but the pages: how Content/ is shown, the folders, files and unloaded pages.
        fileprivate let rest: String
    }

    /// The fingerprint of `site`; `previous`'s value when nothing it was made from changed
    /// (each page the same object, or one with the same source and heading ids), without
    /// hashing every page again.
    static func fingerprint(of site: Site, display: String, previous: Fingerprint?) -> Fingerprint {
        var rest = display + "\n" + (site.configuration.brokenLinksAreWarnings ? "links=warn\n" : "")
        for folder in site.sections.keys.sorted() { rest += "folder\u{1}" + folder + "\n" }
        for asset in site.assets.sorted() { rest += "file\u{1}" + asset + "\n" }
        for source in site.unloadedSources.sorted() { rest += "unloaded\u{1}" + source + "\n" }
        if let previous, previous.rest == rest, previous.pages.count == site.pages.count,
            site.pages.indices.allSatisfy({ index in
                site.pages[index] === previous.pages[index] || anchors(of: site.pages[index]) == anchors(of: previous.pages[index])
            })
        {
            return Fingerprint(value: previous.value, pages: site.pages, rest: rest)
        }
        var hash = StreamingHash()
        hash.feed(rest)
        for page in site.pages { hash.feed(anchors(of: page)) }
        return Fingerprint(value: hash.hex, pages: site.pages, rest: rest)
    }

    /// A page's source and heading ids, as the fingerprint holds them.
    private static func anchors(of page: SourcePage) -> String {
        page.memo.value(.linkAnchors) { page.source + page.markdown.headings.map { "\u{1}" + $0.id }.joined() + "\n" }
    }

    /// What a link resolves to: an attribute-ready URL, or a diagnostic (and the original URL).
    enum Resolution {
        case url(String)
        case problem(Diagnostic, fallback: String)
    }

    /// Resolves `link` as written on `page`, for a page written at `fromURLPath`.
    func resolve(_ link: MarkdownLink, on page: SourcePage, fromURLPath: String) -> Resolution {
        resolve(link, on: page, fromURLPath: fromURLPath, urlNeeded: true)
    }

    /// The problems of `page`'s links only, for a page whose HTML is kept from the last build.
    func problems(of page: SourcePage) -> [Diagnostic] {
        page.markdown.links.compactMap { link in
            if case .problem(let diagnostic, _) = resolve(link, on: page, fromURLPath: "", urlNeeded: false) {
                return diagnostic
            }
            return nil
        }
    }

    /// With `urlNeeded` false, a link that checks out resolves to an empty URL.
    private func resolve(_ link: MarkdownLink, on page: SourcePage, fromURLPath: String, urlNeeded: Bool)
        -> Resolution
    {
        let (rawPath, query, fragment) = LinkParts.split(link.url)
        let path = LinkParts.decoded(rawPath)
        func problem(_ message: String) -> Resolution {
            let diagnostic: Diagnostic =
                site.configuration.brokenLinksAreWarnings
                ? .warning(page.displayPath, line: link.line, column: link.column, message)
                : .error(page.displayPath, line: link.line, column: link.column, message)
            return .problem(diagnostic, fallback: HTMLEscaping.escape(link.url))
        }
        var url: String
        let checked: Resolution = .url("")
        switch site.target(of: link.url, on: page) {
        case .samePage(let fragment):
            if let message = missingAnchor(fragment, in: page.source, shownAs: nil) { return problem(message) }
            return .url("#" + HTMLEscaping.escape(fragment))
        case .page(let source, let fragment):
            if let fragment, let message = missingAnchor(fragment, in: source, shownAs: path) {
                return problem(message)
            }
            guard urlNeeded else { return checked }
            url = SitePath.relativeURL(
                from: fromURLPath, to: site.pageIndexBySource[source].map { site.pages[$0].urlPath } ?? "")
        case .unloadedPage(let source, _):
            guard urlNeeded else { return checked }
            url = SitePath.relativeURL(from: fromURLPath, to: Slug.urlPath(forSource: source))
        case .section(let folder):
            guard urlNeeded else { return checked }
            url = SitePath.relativeURL(from: fromURLPath, to: site.sections[folder]?.urlPath ?? "")
        case .asset(let assetPath):
            guard urlNeeded else { return checked }
            url = SitePath.relativeURL(from: fromURLPath, to: assetPath)
        case .outsideContent:
            let what = link.isImage ? "image path" : "link"
            return problem("\(what) '\(link.url)' leaves \(display)/; keep linked files inside \(display)/")
        case .missingPage:
            let candidates = site.pages.map { Self.relativeSource($0.source, from: page.folder) }
            return problem("link to missing page '\(path)'\(Suggestion.didYouMean(path, in: candidates))")
        case .missingFile:
            let what = link.isImage ? "image" : "linked file"
            let candidates = site.assets.map { Self.relativeSource($0, from: page.folder) }
            return problem("\(what) '\(path)' does not exist\(Suggestion.didYouMean(path, in: candidates))")
        }
        if url.utf8.contains(where: { !Self.isPlainPathByte($0) }) {
            url = url.addingPercentEncoding(withAllowedCharacters: Self.pathCharacters) ?? url
        }
        if let query { url += "?" + query }
        if let fragment { url += "#" + fragment }
        return .url(HTMLEscaping.escape(url))
    }

    /// A message when `fragment` is not a heading id of the page at `source`.
    private func missingAnchor(_ fragment: String, in source: String, shownAs: String?) -> String? {
        let headings = site.pageIndexBySource[source].map { site.pages[$0].markdown.headings } ?? []
        let decoded = LinkParts.decoded(fragment)
        if headings.contains(where: { $0.id == decoded }) { return nil }
        let ids = headings.map(\.id)
        let place = shownAs.map { "'\($0)'" } ?? "this page"
        return "link to missing anchor '#\(decoded)' in \(place)\(Suggestion.didYouMean(decoded, in: ids.sorted()))"
    }

    /// `source` written relative to `folder`, for suggestions.
    static func relativeSource(_ source: String, from folder: String) -> String {
        let relative = SitePath.relativeURL(from: folder.isEmpty ? "" : folder + "/", to: source)
        return relative.hasPrefix("./") ? String(relative.dropFirst(2)) : relative
    }

    /// ASCII letters, digits and `-._~/`: URL path bytes that never need encoding.
    static func isPlainPathByte(_ byte: UInt8) -> Bool {
        switch byte {
        case 48...57, 65...90, 97...122, 45, 46, 95, 126, 47: return true
        default: return false
        }
    }

    static let pathCharacters: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "?#")
        return set
    }()
}

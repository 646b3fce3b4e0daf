import Foundation
import KSDocsCore
import KSDocsMarkdown

/// Renders a page for BookStack from the site model, as loaded (its Markdown is not parsed
/// again): what the web page shows from the front matter (``BookStackPageHeader``), then the
/// page's HTML with the page model's blocks in BookStack's form: callouts as BookStack callouts
/// (``BookStackCallouts``), explain blocks as tables (``BookStackExplainTable``), code as
/// `<pre><code class="language-x">` without highlighting, headings without permalinks; links to
/// other pages as `ksdocs-page:` and images as `ksdocs-image:` (resolved by the publisher).
/// Nothing of the site's theme is used.
struct BookStackPageRenderer {
    let site: Site
    let contentRoot: URL

    struct Rendered {
        var html: String
        var images: [BookStackSite.Image]
    }

    func render(_ page: SourcePage) -> Rendered {
        var images: [BookStackSite.Image] = []
        var urls: [String] = []
        for link in page.markdown.links {
            let url = resolve(link, on: page, images: &images)
            urls.append(url)
        }
        let body = LinkPlaceholders.replace(in: blocks(in: page.markdown.html, of: page)) { index in
            index < urls.count ? urls[index] : "#"
        }
        let header = BookStackPageHeader(site: site)
        let top = header.top(of: page, headings: page.markdown.headings)
        // A page of front matter only says so under its header (BookStack needs content anyway).
        let content =
            body.allSatisfy(\.isWhitespace) && !top.isEmpty ? PublishRun.emptyPageHTML + "\n" : body
        let html = top + content + header.bottom(of: page)
        return Rendered(html: html, images: images)
    }

    /// `html`, a part of `page`'s HTML (a flashcard's answer), with its blocks rendered and its
    /// link placeholders resolved for BookStack; images are linked, not uploaded.
    func resolvePlaceholders(in html: String, of page: SourcePage) -> String {
        var images: [BookStackSite.Image] = []
        let urls = page.markdown.links.map { link -> String in
            var copy = link
            copy.isImage = false
            return resolve(copy, on: page, images: &images)
        }
        return LinkPlaceholders.replace(in: blocks(in: html, of: page)) { index in
            index < urls.count ? urls[index] : "#"
        }
    }

    /// `html` with the blocks of the page model rendered as BookStack shows them: callouts, then
    /// the explain and code blocks they may hold; heading permalinks are left out.
    private func blocks(in html: String, of page: SourcePage) -> String {
        let glossary = site.glossary
        let markdown = page.markdown
        return BlockPlaceholders.expand(html, alerts: markdown.alerts, callout: BookStackCallouts.callout) { kind, index in
            switch kind {
            case .callout: return ""  // expanded by `BookStackCallouts.callout`
            case .code: return index < markdown.codeBlocks.count ? markdown.codeBlocks[index].plainHTML : ""
            case .explain:
                return index < page.explainBlocks.count
                    ? BookStackExplainTable.html(page.explainBlocks[index].steps, glossary: glossary) : ""
            case .headingAnchor: return ""
            }
        }
    }

    /// The BookStack URL for a local link: `ksdocs-page:<source>#x`, `ksdocs-image:<path>`, or the
    /// published site's address for files BookStack does not hold.
    private func resolve(_ link: MarkdownLink, on page: SourcePage, images: inout [BookStackSite.Image]) -> String {
        let url: String
        switch site.target(of: link.url, on: page) {
        case .samePage(let fragment):
            url = "#" + fragment
        case .page(let source, let fragment), .unloadedPage(let source, let fragment):
            url = "ksdocs-page:" + source + (fragment.map { "#" + $0 } ?? "")
        case .section(let folder):
            if let index = site.sections[folder]?.indexPage {
                url = "ksdocs-page:" + site.pages[index].source
            } else {
                url = siteAddress(site.sections[folder]?.urlPath ?? "")
            }
        case .asset(let path):
            if link.isImage, Self.galleryExtensions.contains(Self.fileExtension(path)),
                let data = FileManager.default.contents(atPath: contentRoot.appendingPathComponent(path).path)
            {
                if !images.contains(where: { $0.path == path }) {
                    let name = path.split(separator: "/").last.map(String.init) ?? path
                    images.append(BookStackSite.Image(path: path, fileName: name, data: data))
                }
                url = "ksdocs-image:" + path
            } else {
                url = siteAddress(path)
            }
        case .outsideContent, .missingPage, .missingFile:
            url = "#"
        }
        return HTMLEscaping.escape(url)
    }

    /// Images BookStack shows: the types its gallery takes, and SVG drawings (sent inline, ``InlineSVG``).
    /// Other files are linked on the published site.
    static let galleryExtensions: Set<String> = ["png", "jpg", "jpeg", "gif", "webp", "svg"]

    static func fileExtension(_ path: String) -> String {
        guard let dot = path.lastIndex(of: ".") else { return "" }
        return path[path.index(after: dot)...].lowercased()
    }

    /// `path` on the published site (base_url), or `#` when there is no base_url.
    private func siteAddress(_ path: String) -> String {
        site.configuration.baseURL.map { $0 + path } ?? "#"
    }
}

/// The site-wide files besides pages: sitemap.xml and robots.txt.
enum SiteFiles {
    /// A sitemap of every page, or nil without a `base_url` (sitemaps need absolute URLs).
    static func sitemap(_ site: Site) -> String? {
        guard let base = site.configuration.baseURL else { return nil }
        var entries: [(String, String?)] = []
        for page in site.pages where page.kind != .folderIndex {
            entries.append((page.urlPath, page.metadata.updated))
        }
        for section in site.sections.values where !section.folder.isEmpty {
            let updated = section.indexPage.flatMap { site.pages[$0].metadata.updated }
            entries.append((section.urlPath, updated))
        }
        entries.sort { $0.0 < $1.0 }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for (path, updated) in entries {
            xml += "  <url><loc>\(HTMLEscaping.escape(base + path))</loc>"
            if let updated { xml += "<lastmod>\(HTMLEscaping.escape(updated))</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }

    static func robots(_ site: Site) -> String {
        var text = "User-agent: *\nAllow: /\n"
        if let base = site.configuration.baseURL { text += "Sitemap: \(base)sitemap.xml\n" }
        return text
    }
}

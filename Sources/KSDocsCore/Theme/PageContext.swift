/// Builds the values a theme's templates see for one output page.
///
/// Every URL in a context is relative to the page being rendered, so the site
/// works from any sub-path and from disk. Templates get plain text (escaped by
/// Mustache's `{{ }}`) except `content`, which is HTML (`{{{ content }}}`).
struct PageContext {
    let site: Site
    let theme: Theme
    /// Where the page is written, e.g. `beginner/03-docker/`.
    let urlPath: String
    /// The site's root path written as `<base href>` (the 404 page, served at any depth, uses
    /// relative URLs from the root; the layout drops the `<base>` when the page is opened from disk).
    var baseHref: String?

    var root: String { SitePath.rootPrefix(from: urlPath) }

    func url(to target: String) -> String {
        SitePath.relativeURL(from: urlPath, to: target)
    }

    /// Values every template gets: site, root, assets, the rendered header, breadcrumbs.
    func base(title: String, kind: String, description: String?) -> [String: Any] {
        var context: [String: Any] = [
            "site": [
                "title": site.configuration.title, "language": site.configuration.language,
            ] as [String: Any],
            "root": root,
            "home_url": url(to: ""),
            "title": title,
            "page_title": title == site.configuration.title ? title : "\(title) · \(site.configuration.title)",
            "kind": kind,
            "stylesheets": theme.stylesheets.map { ["url": url(to: $0)] },
            "scripts": theme.scripts.map { ["url": url(to: $0)] },
            "breadcrumbs": breadcrumbs(title: title),
            "has_breadcrumbs": !urlPath.isEmpty,
        ]
        context["header_html"] = header(site: context["site"] ?? [:])
        if let description, !description.isEmpty { context["description"] = description }
        if let baseHref { context["base_href"] = baseHref }
        if let index = theme.searchIndex { context["search_index"] = url(to: index) }
        if let base = site.configuration.baseURL { context["canonical"] = base + urlPath }
        return context
    }

    /// `partials/header` with `nav` (one entry per top-level folder, the current one marked),
    /// `home_url` and `site`, from the theme's cache.
    private func header(site siteValues: Any) -> String {
        // The top-level folder holding this page: the one at the first part of its URL path.
        let firstPart = urlPath.split(separator: "/", maxSplits: 1).first.map { $0 + "/" } ?? ""
        let current = site.section(atURLPath: firstPart).flatMap { section in
            site.topLevelFolders.contains(section.folder) ? section : nil
        }
        let key = root + "|" + firstPart
        return theme.headerCache.header(for: key) {
            let nav: [[String: Any]] = site.topLevelSections.map { section in
                ["title": section.title, "url": url(to: section.urlPath), "current": section.folder == current?.folder]
            }
            // The generated and study pages (roadmap, services, interview, commands) under "More".
            let more: [[String: Any]] = ContextBuilder(site: site, context: self).studyLinks().map { link in
                var link = link
                link["current"] = link["path"] as? String == firstPart
                return link
            }
            let values: [String: Any] = [
                "nav": nav, "more": more, "has_more": !more.isEmpty, "home_url": url(to: ""), "site": siteValues,
                "root": root,
            ]
            return theme.render(values, template: "partials/header") ?? ""
        }
    }

    /// Home › each enclosing folder › this page (the last one is not a link).
    func breadcrumbs(title: String) -> [[String: Any]] {
        guard !urlPath.isEmpty else { return [] }
        var crumbs: [[String: Any]] = [["title": "Home", "url": url(to: ""), "last": false]]
        var folder = ""
        let parts = urlPath.split(separator: "/").map(String.init)
        for part in parts.dropLast() {
            folder = folder.isEmpty ? part : folder + "/" + part
            if let section = site.section(atURLPath: folder + "/") {
                crumbs.append(["title": section.title, "url": url(to: section.urlPath), "last": false])
            } else if folder + "/" == ContextBuilder.servicesPath {
                // The generated catalog: a service page sits under it.
                crumbs.append(["title": "Services", "url": url(to: ContextBuilder.servicesPath), "last": false])
            }
        }
        crumbs.append(["title": title, "url": "./", "last": true])
        return crumbs
    }

    /// A page's body and table of contents (headings of level 2 and 3).
    func body(_ page: SourcePage, html: String) -> [String: Any] {
        let toc: [[String: Any]] = page.markdown.headings.filter { $0.level == 2 || $0.level == 3 }.map {
            ["id": $0.id, "text": $0.text, "level": $0.level, "sub": $0.level == 3]
        }
        var context: [String: Any] = [
            "content": html, "toc": toc, "has_toc": toc.count > 1, "source": page.source,
            "tags": page.metadata.tags,
        ]
        if let summary = page.metadata.summary { context["summary"] = summary }
        if let updated = page.metadata.updated { context["updated"] = updated }
        return context
    }

    /// The reader-facing parts of a time estimate: `reading` and `hands_on` add up to
    /// `minutes` (`*_label` with units, e.g. "12 min").
    static func time(_ estimate: TimeEstimate) -> [String: Any] {
        let parts = estimate.shownParts
        return [
            "minutes": estimate.minutes, "label": estimate.label, "short": "~" + TimeEstimate.format(estimate.minutes),
            "reading": parts.reading, "hands_on": parts.handsOn, "reading_label": TimeEstimate.format(parts.reading),
            "hands_on_label": TimeEstimate.format(parts.handsOn), "is_authored": estimate.authored != nil,
        ]
    }

    /// One entry of a list of pages (sidebar, section listing).
    func entry(_ page: SourcePage, current: Bool = false, number: Int? = nil) -> [String: Any] {
        var entry: [String: Any] = [
            "title": page.title, "url": url(to: page.urlPath), "current": current, "source": page.source,
            "time": Self.time(page.time),
        ]
        if let summary = page.metadata.summary { entry["summary"] = summary }
        if let number { entry["number"] = number }
        return entry
    }
}

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
    func base(title: String, kind: String, description: String?) -> [String: TemplateValue] {
        let siteValues: TemplateValue = [
            "title": .text(site.configuration.title), "language": .text(site.configuration.language),
        ]
        var context: [String: TemplateValue] = [
            "site": siteValues,
            "root": .text(root),
            "home_url": .text(url(to: "")),
            "title": .text(title),
            "page_title": .text(title == site.configuration.title ? title : "\(title) · \(site.configuration.title)"),
            "kind": .text(kind),
            "stylesheets": .list(theme.stylesheets.map { ["url": .text(url(to: $0))] }),
            "scripts": .list(theme.scripts.map { ["url": .text(url(to: $0))] }),
            "breadcrumbs": .objects(breadcrumbs(title: title)),
            "has_breadcrumbs": .bool(!urlPath.isEmpty),
            "header_html": .text(header(site: siteValues)),
        ]
        if let description, !description.isEmpty { context["description"] = .text(description) }
        if let baseHref { context["base_href"] = .text(baseHref) }
        if let index = theme.searchIndex { context["search_index"] = .text(url(to: index)) }
        if let base = site.configuration.baseURL { context["canonical"] = .text(base + urlPath) }
        return context
    }

    /// `partials/header` with `nav` (one entry per top-level folder, the current one marked),
    /// `home_url` and `site`, from the theme's cache.
    private func header(site siteValues: TemplateValue) -> String {
        // The top-level folder holding this page: the one at the first part of its URL path.
        let firstPart = urlPath.split(separator: "/", maxSplits: 1).first.map { $0 + "/" } ?? ""
        let current = site.section(atURLPath: firstPart).flatMap { section in
            site.topLevelFolders.contains(section.folder) ? section : nil
        }
        let key = root + "|" + firstPart
        return theme.headerCache.header(for: key) {
            let nav: [TemplateValue] = site.topLevelSections.map { section in
                [
                    "title": .text(section.title), "url": .text(url(to: section.urlPath)),
                    "current": .bool(section.folder == current?.folder),
                ]
            }
            // The generated and study pages (roadmap, services, interview, commands) under "More".
            let more = ContextBuilder(site: site, context: self).studyLinks().map { link in
                var link = link
                link["current"] = .bool(link["path"]?.textValue == firstPart)
                return link
            }
            let values: TemplateValue = [
                "nav": .list(nav), "more": .objects(more), "has_more": .bool(!more.isEmpty),
                "home_url": .text(url(to: "")), "site": siteValues, "root": .text(root),
            ]
            return theme.render(values, template: "partials/header") ?? ""
        }
    }

    /// Home › each enclosing folder › this page (the last one is not a link).
    func breadcrumbs(title: String) -> [[String: TemplateValue]] {
        guard !urlPath.isEmpty else { return [] }
        var crumbs: [[String: TemplateValue]] = [["title": "Home", "url": .text(url(to: "")), "last": false]]
        var folder = ""
        let parts = urlPath.split(separator: "/").map(String.init)
        for part in parts.dropLast() {
            folder = folder.isEmpty ? part : folder + "/" + part
            if let section = site.section(atURLPath: folder + "/") {
                crumbs.append(["title": .text(section.title), "url": .text(url(to: section.urlPath)), "last": false])
            } else if folder + "/" == ContextBuilder.servicesPath {
                // The generated catalog: a service page sits under it.
                crumbs.append(["title": "Services", "url": .text(url(to: ContextBuilder.servicesPath)), "last": false])
            }
        }
        crumbs.append(["title": .text(title), "url": "./", "last": true])
        return crumbs
    }

    /// A page's body and table of contents: its headings of level 2 and 3, then `moreTOC`
    /// (entries of the same shape for headings the template writes).
    func body(_ page: SourcePage, html: String, moreTOC: [TemplateValue] = []) -> [String: TemplateValue] {
        let toc: [TemplateValue] =
            page.markdown.headings.filter { $0.level == 2 || $0.level == 3 }.map {
                ["id": .text($0.id), "text": .text($0.text), "level": .int($0.level), "sub": .bool($0.level == 3)]
            } + moreTOC
        var context: [String: TemplateValue] = [
            "content": .text(html), "toc": .list(toc), "has_toc": .bool(toc.count > 1), "source": .text(page.source),
            "tags": .texts(page.metadata.tags),
        ]
        if let summary = page.metadata.summary { context["summary"] = .text(summary) }
        if let updated = page.metadata.updated { context["updated"] = .text(updated) }
        return context
    }

    /// The reader-facing parts of a time estimate: `reading` and `hands_on` add up to
    /// `minutes` (`*_label` with units, e.g. "12 min").
    static func time(_ estimate: TimeEstimate) -> TemplateValue {
        let parts = estimate.shownParts
        return [
            "minutes": .int(estimate.minutes), "label": .text(estimate.label),
            "short": .text("~" + TimeEstimate.format(estimate.minutes)), "reading": .int(parts.reading),
            "hands_on": .int(parts.handsOn), "reading_label": .text(TimeEstimate.format(parts.reading)),
            "hands_on_label": .text(TimeEstimate.format(parts.handsOn)), "is_authored": .bool(estimate.authored != nil),
        ]
    }

    /// One entry of a list of pages (sidebar, section listing).
    func entry(_ page: SourcePage, current: Bool = false, number: Int? = nil) -> [String: TemplateValue] {
        var entry: [String: TemplateValue] = [
            "title": .text(page.title), "url": .text(url(to: page.urlPath)), "current": .bool(current),
            "source": .text(page.source), "time": Self.time(page.time),
        ]
        if let summary = page.metadata.summary { entry["summary"] = .text(summary) }
        if let number { entry["number"] = .int(number) }
        return entry
    }
}

/// The template values of each page kind: home, lesson, plain page, track and section indexes.
struct ContextBuilder {
    let site: Site
    let context: PageContext
    /// Sidebar entries shared by the pages of a folder, when rendering a whole site.
    var sidebarCache: SidebarCache?

    init(site: Site, context: PageContext, sidebarCache: SidebarCache? = nil) {
        self.site = site
        self.context = context
        self.sidebarCache = sidebarCache
    }

    /// Values and template name for a Markdown page.
    func pageValues(_ page: SourcePage, html: String, today: String) -> ([String: Any], String) {
        var values = context.base(title: page.title, kind: page.kind.rawValue, description: page.metadata.summary)
        values["page"] = context.body(page, html: html)
        let services = serviceLinks(page)
        values["page_services"] = services
        values["has_page_services"] = !services.isEmpty
        if page.kind != .home, page.kind != .lesson, let section = site.section(of: page) {
            values["sidebar"] = sidebar(section, current: page.source)
        }
        switch page.kind {
        case .home:
            values.merge(homeValues()) { _, new in new }
            return (values, "home")
        case .lesson:
            values.merge(lessonValues(page)) { _, new in new }
            return (values, "lesson")
        case .decision:
            values.merge(decisionValues(page)) { _, new in new }
            return (values, "decision")
        case .troubleshootingCase:
            values.merge(caseValues(page)) { _, new in new }
            return (values, "case")
        case .roadmap:
            values.merge(roadmapValues(page, today: today)) { _, new in new }
            values["page"] = roadmapTOC(values["page"] as? [String: Any] ?? [:])
            return (values, "roadmap")
        case .folderIndex, .page:
            return (values, "page")
        }
    }

    /// Values and template for a folder's index page (track, decisions, cases or a plain section),
    /// with its `index.md` content if any.
    func folderValues(_ section: SiteSection, html: String) -> ([String: Any], String) {
        let description = section.summary
        var values = context.base(
            title: section.title, kind: section.isTrack ? "track" : "section", description: description)
        var page: [String: Any] = ["content": html, "toc": [[String: Any]](), "has_toc": false]
        if let summary = section.summary { page["summary"] = summary }
        values["page"] = page
        let pages = section.pages.map { site.pages[$0] }
        values["children"] = pages.enumerated().map { offset, child in
            context.entry(child, number: section.isTrack ? offset + 1 : nil)
        }
        values["has_children"] = !pages.isEmpty
        values["has_subsections"] = !section.subsections.isEmpty
        values["subsections"] = section.subsections.compactMap { site.sections[$0] }.map { sub in
            ["title": sub.title, "url": context.url(to: sub.urlPath), "summary": sub.summary ?? ""] as [String: Any]
        }
        if section.isTrack {
            values["track"] = trackSummary(section)
            values["sidebar"] = sidebar(section, current: nil)
            return (values, "track")
        }
        // A folder of decisions or cases (see FolderKinds) gets its kind's index; any other, a plain one.
        let kinds = Set(section.pages.map { site.pages[$0].kind }.filter { $0 != .folderIndex })
        switch kinds {
        case [.decision]:
            values.merge(decisionsIndexValues(section)) { _, new in new }
            return (values, "decisions")
        case [.troubleshootingCase]:
            values.merge(casesIndexValues(section)) { _, new in new }
            return (values, "cases")
        default:
            return (values, "section")
        }
    }

    func homeValues() -> [String: Any] {
        let top = site.topLevelSections
        return [
            "study": studyLinks(),
            "has_tracks": top.contains(where: \.isTrack),
            "has_sections": top.contains(where: { !$0.isTrack }),
            "tracks": top.filter(\.isTrack).map(trackSummary),
            "sections": top.filter { !$0.isTrack }.map { section in
                [
                    "title": section.title, "url": context.url(to: section.urlPath), "summary": section.summary ?? "",
                    "count": section.pages.count,
                ] as [String: Any]
            },
        ]
    }

    func trackSummary(_ section: SiteSection) -> [String: Any] {
        var values: [String: Any] = [
            "title": section.title, "url": context.url(to: section.urlPath), "lesson_count": section.pages.count,
            "total_minutes": section.totalMinutes, "total_label": "~" + TimeEstimate.format(section.totalMinutes),
            // `source=minutes|…` per lesson, for the time left the home page's script computes.
            "lesson_minutes": section.pages.map { "\(site.pages[$0].source)=\(site.pages[$0].time.minutes)" }
                .joined(separator: "|"),
        ]
        if let summary = section.summary { values["summary"] = summary }
        if let audience = section.audience { values["audience"] = audience }
        return values
    }

    func lessonValues(_ page: SourcePage) -> [String: Any] {
        var values: [String: Any] = ["time": PageContext.time(page.time)]
        guard let section = site.section(of: page) else { return values }
        values["track"] = trackSummary(section)
        values["sidebar"] = sidebar(section, current: page.source)
        if let position = section.pages.firstIndex(where: { site.pages[$0].source == page.source }) {
            values["number"] = position + 1
            if position > 0 { values["prev"] = context.entry(site.pages[section.pages[position - 1]]) }
            if position + 1 < section.pages.count {
                values["next"] = context.entry(site.pages[section.pages[position + 1]])
            }
            values["has_prevnext"] = section.pages.count > 1
        }
        let prerequisites = (site.prerequisites[page.source] ?? []).compactMap { site.page(source: $0) }
        values["prerequisites"] = prerequisites.map { context.entry($0) }
        values["has_prerequisites"] = !prerequisites.isEmpty
        values["objectives"] = page.metadata.objectives
        values["has_objectives"] = !page.metadata.objectives.isEmpty
        return values
    }

    /// The folder's pages in order, the current one marked.
    func sidebar(_ section: SiteSection, current: String?) -> [String: Any] {
        var values: [String: Any] = [
            "title": section.title, "url": context.url(to: section.urlPath), "is_track": section.isTrack,
        ]
        if let cached = sidebarCache?.items(for: section, urlPath: context.urlPath, current: current) {
            values["items"] = cached.items
            if let html = cached.html { values["items_html"] = html }
            return values
        }
        let items = section.pages.enumerated().map { offset, index in
            var item = SidebarCache.item(
                site.pages[index], number: offset + 1, showTime: section.isTrack, context: context)
            item["current"] = site.pages[index].source == current
            return item
        }
        values["items"] = items
        if context.theme.has(SidebarCache.itemTemplate) {
            values["items_html"] = items.map { context.theme.render($0, template: SidebarCache.itemTemplate) ?? "" }
                .joined()
        }
        return values
    }
}

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
    func pageValues(_ page: SourcePage, html: String, today: String) -> ([String: TemplateValue], String) {
        var values = context.base(title: page.title, kind: page.kind.rawValue, description: page.metadata.summary)
        values["page"] = .object(
            context.body(page, html: html, moreTOC: page.kind == .roadmap ? roadmapTOC() : []))
        let services = serviceLinks(page)
        values["page_services"] = .objects(services)
        values["has_page_services"] = .bool(!services.isEmpty)
        if page.kind != .home, page.kind != .lesson, let section = site.section(of: page) {
            values["sidebar"] = .object(sidebar(section, current: page.source))
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
            return (values, "roadmap")
        case .folderIndex, .page:
            return (values, "page")
        }
    }

    /// Values and template for a folder's index page (track, decisions, cases or a plain section),
    /// with its `index.md` content if any.
    func folderValues(_ section: SiteSection, html: String) -> ([String: TemplateValue], String) {
        let description = section.summary
        var values = context.base(
            title: section.title, kind: section.isTrack ? "track" : "section", description: description)
        var page: [String: TemplateValue] = ["content": .text(html), "toc": [], "has_toc": false]
        if let summary = section.summary { page["summary"] = .text(summary) }
        values["page"] = .object(page)
        let pages = section.pages.map { site.pages[$0] }
        values["children"] = .objects(
            pages.enumerated().map { offset, child in
                context.entry(child, number: section.isTrack ? offset + 1 : nil)
            })
        values["has_children"] = .bool(!pages.isEmpty)
        values["has_subsections"] = .bool(!section.subsections.isEmpty)
        values["subsections"] = .list(
            section.subsections.compactMap { site.sections[$0] }.map { sub in
                [
                    "title": .text(sub.title), "url": .text(context.url(to: sub.urlPath)),
                    "summary": .text(sub.summary ?? ""),
                ]
            })
        if section.isTrack {
            values["track"] = trackSummary(section)
            values["sidebar"] = .object(sidebar(section, current: nil))
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

    func homeValues() -> [String: TemplateValue] {
        let top = site.topLevelSections
        return [
            "study": .objects(studyLinks()),
            "has_tracks": .bool(top.contains(where: \.isTrack)),
            "has_sections": .bool(top.contains(where: { !$0.isTrack })),
            "tracks": .list(top.filter(\.isTrack).map(trackSummary)),
            "sections": .list(
                top.filter { !$0.isTrack }.map { section in
                    [
                        "title": .text(section.title), "url": .text(context.url(to: section.urlPath)),
                        "summary": .text(section.summary ?? ""), "count": .int(section.pages.count),
                    ]
                }),
        ]
    }

    func trackSummary(_ section: SiteSection) -> TemplateValue {
        var values: [String: TemplateValue] = [
            "title": .text(section.title), "url": .text(context.url(to: section.urlPath)),
            "lesson_count": .int(section.pages.count), "total_minutes": .int(section.totalMinutes),
            "total_label": .text("~" + TimeEstimate.format(section.totalMinutes)),
            // `source=minutes|…` per lesson, for the time left the home page's script computes.
            "lesson_minutes": .text(
                section.pages.map { "\(site.pages[$0].source)=\(site.pages[$0].time.minutes)" }.joined(separator: "|")),
        ]
        if let summary = section.summary { values["summary"] = .text(summary) }
        if let audience = section.audience { values["audience"] = .text(audience) }
        return .object(values)
    }

    func lessonValues(_ page: SourcePage) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = ["time": PageContext.time(page.time)]
        guard let section = site.section(of: page) else { return values }
        values["track"] = trackSummary(section)
        values["sidebar"] = .object(sidebar(section, current: page.source))
        if let position = section.pages.firstIndex(where: { site.pages[$0].source == page.source }) {
            values["number"] = .int(position + 1)
            if position > 0 { values["prev"] = .object(context.entry(site.pages[section.pages[position - 1]])) }
            if position + 1 < section.pages.count {
                values["next"] = .object(context.entry(site.pages[section.pages[position + 1]]))
            }
            values["has_prevnext"] = .bool(section.pages.count > 1)
        }
        let prerequisites = (site.prerequisites[page.source] ?? []).compactMap { site.page(source: $0) }
        values["prerequisites"] = .objects(prerequisites.map { context.entry($0) })
        values["has_prerequisites"] = .bool(!prerequisites.isEmpty)
        values["objectives"] = .texts(page.metadata.objectives)
        values["has_objectives"] = .bool(!page.metadata.objectives.isEmpty)
        return values
    }

    /// The folder's pages in order, the current one marked.
    func sidebar(_ section: SiteSection, current: String?) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [
            "title": .text(section.title), "url": .text(context.url(to: section.urlPath)),
            "is_track": .bool(section.isTrack),
        ]
        if let cached = sidebarCache?.items(for: section, urlPath: context.urlPath, current: current) {
            values["items"] = cached.items
            if let html = cached.html { values["items_html"] = .text(html) }
            return values
        }
        let items: [TemplateValue] = section.pages.enumerated().map { offset, index in
            var item = SidebarCache.item(
                site.pages[index], number: offset + 1, showTime: section.isTrack, context: context)
            item["current"] = .bool(site.pages[index].source == current)
            return .object(item)
        }
        values["items"] = .list(items)
        if context.theme.has(SidebarCache.itemTemplate) {
            values["items_html"] = .text(
                items.map { context.theme.render($0, template: SidebarCache.itemTemplate) ?? "" }.joined())
        }
        return values
    }
}

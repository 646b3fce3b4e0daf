import Foundation

/// Sidebar entries per folder, built once for all the pages inside that folder.
///
/// Every page directly in a folder sits at the same depth, so its links to its
/// siblings are the same; only which entry is current differs. So the entries, and
/// each entry rendered with the theme's `partials/sidebar-item` (once as current,
/// once not), are made once per folder; a page only picks the current one.
final class SidebarCache: @unchecked Sendable {
    struct Folder {
        /// Entries as seen from a page inside the folder, as template values: (not current, current).
        var items: [(plain: TemplateValue, current: TemplateValue)]
        /// Each entry rendered: (not current, current). Empty when the theme has no `partials/sidebar-item`.
        var html: [(plain: String, current: String)]
        /// Depth marker: the folder of the first page's URL path.
        var parent: String
    }

    private let site: Site
    private let theme: Theme
    /// Folders are built when a page of theirs is first rendered (an incremental build
    /// renders few); the lock makes that safe across rendering tasks.
    private let lock = NSLock()
    private var folders: [String: Folder] = [:]

    init(site: Site, theme: Theme) {
        self.site = site
        self.theme = theme
    }

    private func folder(_ section: SiteSection) -> Folder? {
        if let folder = lock.withLock({ folders[section.folder] }) { return folder }
        guard let first = section.pages.first else { return nil }
        // Links as seen from a page of the folder that is none of its pages, so no entry
        // collapses to "./"; the current entry gets "./" below.
        let context = PageContext(site: site, theme: theme, urlPath: section.urlPath + Self.siblingName)
        let entries = section.pages.enumerated().map { offset, index in
            Self.item(site.pages[index], number: offset + 1, showTime: section.isTrack, context: context)
        }
        let items = entries.map {
            (plain: TemplateValue.object($0), current: TemplateValue.object(Self.markedCurrent($0)))
        }
        let html: [(plain: String, current: String)] =
            theme.has(Self.itemTemplate)
            ? items.map { item in
                (
                    theme.render(item.plain, template: Self.itemTemplate) ?? "",
                    theme.render(item.current, template: Self.itemTemplate) ?? ""
                )
            } : []
        let folder = Folder(items: items, html: html, parent: Self.parent(of: site.pages[first].urlPath))
        lock.withLock { folders[section.folder] = folder }
        return folder
    }

    /// The partial that renders one sidebar entry.
    static let itemTemplate = "partials/sidebar-item"

    /// The entries of `section` for the page at `urlPath` with `current` marked, and their HTML
    /// when the theme renders entries; nil when the page is not directly in the folder (its links differ).
    func items(for section: SiteSection, urlPath: String, current: String?) -> (
        items: TemplateValue, html: String?
    )? {
        guard let folder = folder(section), Self.parent(of: urlPath) == folder.parent else { return nil }
        let position = current.flatMap { current in section.pages.firstIndex { site.pages[$0].source == current } }
        let items = TemplateValue.list(
            folder.items.indices.map { $0 == position ? folder.items[$0].current : folder.items[$0].plain })
        guard !folder.html.isEmpty else { return (items, nil) }
        var html = ""
        for (index, rendered) in folder.html.enumerated() {
            html += index == position ? rendered.current : rendered.plain
        }
        return (items, html)
    }

    /// A folder name no page has (it contains a character slugs never keep).
    private static let siblingName = "~sidebar~/"

    /// An entry as the current page's: marked, and linking to the page itself.
    static func markedCurrent(_ item: [String: TemplateValue]) -> [String: TemplateValue] {
        var item = item
        item["current"] = true
        item["url"] = "./"
        return item
    }

    private static func parent(of urlPath: String) -> String {
        SitePath.folder(of: String(urlPath.dropLast()))
    }

    /// One sidebar entry: flat keys, so the template needs no nested or climbing lookups.
    static func item(_ page: SourcePage, number: Int, showTime: Bool, context: PageContext) -> [String: TemplateValue] {
        [
            "title": .text(page.title), "url": .text(context.url(to: page.urlPath)), "current": false,
            "number": .int(number), "source": .text(page.source), "show_time": .bool(showTime),
            "time_short": .text("~" + TimeEstimate.format(page.time.minutes)),
        ]
    }
}

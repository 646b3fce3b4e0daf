/// Sidebar entries per folder, built once for all the pages inside that folder.
///
/// Every page directly in a folder sits at the same depth, so its links to its
/// siblings are the same; only which entry is current differs. Building the list
/// once per folder instead of once per page keeps large sections cheap.
final class SidebarCache: @unchecked Sendable {
    /// Folder → entries as seen from a page inside the folder, none marked current.
    /// Immutable after `init`, so sharing it across rendering tasks is safe.
    private let itemsByFolder: [String: [[String: Any]]]

    init(site: Site, theme: Theme) {
        var items: [String: [[String: Any]]] = [:]
        for section in site.sections.values {
            guard let first = section.pages.first else { continue }
            let context = PageContext(site: site, theme: theme, urlPath: site.pages[first].urlPath)
            items[section.folder] = section.pages.enumerated().map { offset, index in
                Self.item(site.pages[index], number: offset + 1, showTime: section.isTrack, context: context)
            }
        }
        itemsByFolder = items
    }

    /// The entries of `section` for the page at `urlPath`, with `current` marked; nil when the
    /// page is not directly in the folder (its links differ).
    func items(for section: SiteSection, urlPath: String, current: String?, site: Site) -> [[String: Any]]? {
        guard var items = itemsByFolder[section.folder],
            let first = section.pages.first, SitePath.folder(of: String(urlPath.dropLast())) == SitePath.folder(of: String(site.pages[first].urlPath.dropLast()))
        else { return nil }
        if let current, let position = section.pages.firstIndex(where: { site.pages[$0].source == current }) {
            items[position]["current"] = true
        }
        return items
    }

    /// One sidebar entry: flat keys, so the template needs no nested or climbing lookups.
    static func item(_ page: SourcePage, number: Int, showTime: Bool, context: PageContext) -> [String: Any] {
        [
            "title": page.title, "url": context.url(to: page.urlPath), "current": false, "number": number,
            "source": page.source, "show_time": showTime, "time_short": "~" + TimeEstimate.format(page.time.minutes),
        ]
    }
}

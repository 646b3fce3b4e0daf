/// The keys of the incremental build cache (see `BuildCache`): hashes of everything
/// a page's HTML depends on.
///
/// Lessons and plain pages show only part of the site: the header (the top-level folders,
/// and which generated pages exist), their folder's sidebar and neighbours, the folders
/// above them (breadcrumbs) and their prerequisites. Their keys hold just that, so
/// renaming a page re-renders its folder, not the whole site. Every other page (home,
/// folder indexes, decisions, cases, the roadmap) shows values from anywhere and keys on
/// the whole skeleton. A page added, removed or renamed changes every key.
struct OutputKeys: Sendable {
    /// Hash of what every page shares: configuration, theme, the header's values and the list of pages.
    let shared: String
    /// `shared` and the whole site's skeleton: the key base of pages that show values from anywhere.
    let wide: String
    /// Today's date: only the roadmap shows it (days to go), so only its key holds it.
    let today: String
    /// Per folder: its own skeleton line and its pages' lines (what its sidebar and neighbours show).
    private var folderLines: [String: String] = [:]
    /// Per folder: its skeleton line alone (what breadcrumbs show of it).
    private let sectionLines: [String: String]
    /// Per page source: its skeleton line.
    private let pageLines: [String: String]
    private let prerequisites: [String: [String]]
    /// The key of each page of the site, by its index in `site.pages` (made once: both deciding
    /// how many pages changed and rendering ask for every one).
    private var pageKeys: [String] = []
    /// Each page's content hash, by index, to tell which keys a later build can take from these.
    private var contentHashes: [String] = []

    /// - Parameters:
    ///   - configuration: the configuration files' bytes and the build options, as text.
    ///   - generatedPages: which generated pages the site has (the header and home link to them).
    ///   - previous: the last build's keys (kept by `serve`): when no page shows anything
    ///     new of another (the whole skeleton is as it was), a page whose bytes did not change
    ///     keeps its key, and only the changed pages' keys are made.
    init(
        site: Site, themeFingerprint: String, configuration: String, generatedPages: String, today: String,
        previous: OutputKeys? = nil
    ) {
        self.today = today
        var pageLines: [String: String] = [:]
        pageLines.reserveCapacity(site.pages.count)
        var sources = ""
        for page in site.pages {
            pageLines[page.source] = Self.line(of: page, in: site)
            sources += page.source + "\n"
        }
        var sectionLines: [String: String] = [:]
        for section in site.sections.values { sectionLines[section.folder] = Self.line(of: section, in: site) }
        let header = site.topLevelSections.map { sectionLines[$0.folder] ?? "" }.joined()
        shared = ContentHash.hex(
            text: BuildCache.formatVersion + "\n" + configuration + "\n" + themeFingerprint + "\n" + "title="
                + site.configuration.title + "\n" + generatedPages + "\n" + header + sources)
        var skeleton = ""
        for page in site.pages { skeleton += pageLines[page.source]! }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) {
            skeleton += sectionLines[section.folder]!
        }
        wide = ContentHash.hex(text: shared + "\n" + skeleton)
        self.pageLines = pageLines
        self.sectionLines = sectionLines
        self.prerequisites = site.prerequisites
        contentHashes = site.pages.map(\.contentHash)
        if let previous, previous.wide == wide, previous.today == today, previous.pageKeys.count == site.pages.count {
            // Same skeleton: same sources in the same order, and the same folder lines.
            folderLines = previous.folderLines
            pageKeys = site.pages.indices.map { index in
                previous.contentHashes[index] == contentHashes[index] ? previous.pageKeys[index] : key(of: site.pages[index])
            }
            return
        }
        var folderLines: [String: String] = [:]
        for section in site.sections.values {
            var text = sectionLines[section.folder]!
            for index in section.pages { text += pageLines[site.pages[index].source] ?? "" }
            folderLines[section.folder] = ContentHash.hex(text: text)
        }
        self.folderLines = folderLines
        pageKeys = site.pages.map(key(of:))
    }

    /// The key of the Markdown page `site.pages[index]`'s output.
    func page(at index: Int) -> String { pageKeys[index] }

    private func key(of page: SourcePage) -> String {
        switch page.kind {
        case .lesson, .page:
            var text = shared + "|page|" + page.source + "|" + page.contentHash
            text += "|" + (folderLines[page.folder] ?? "-")
            var folder = page.folder
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                text += "|" + (sectionLines[folder] ?? "-")
            }
            for prerequisite in prerequisites[page.source] ?? [] { text += "|" + (pageLines[prerequisite] ?? "-") }
            return ContentHash.hex(text: text)
        default:
            let date = page.kind == .roadmap ? "|" + today : ""
            return ContentHash.hex(text: wide + "|page|" + page.source + "|" + page.contentHash + date)
        }
    }

    /// The key of a folder's index page (with its index.md, if any).
    func folder(_ section: SiteSection, indexPage: SourcePage?) -> String {
        ContentHash.hex(text: wide + "|folder|" + section.folder + "|" + (indexPage?.contentHash ?? "-"))
    }

    /// Every value one page can show of another: title, URL, order, times, summary, the
    /// kinds' own fields and prerequisites. Listing more than pages show only costs
    /// re-rendering; listing less would leave stale pages, so this errs wide.
    private static func line(of page: SourcePage, in site: Site) -> String {
        let own = page.memo.value("OutputKeys.line") {
            let metadata = page.metadata
            let fields: [String] = [
                page.source, page.title, page.urlPath, page.kind.rawValue, metadata.summary ?? "",
                metadata.order.map(String.init) ?? "", metadata.updated ?? "",
                "\(page.time.minutes),\(page.time.readingMinutes),\(page.time.handsOnMinutes)",
                metadata.services.map(\.value).joined(separator: ","),
                metadata.examObjectives.map(\.value).joined(separator: ","),
                metadata.decision ?? "", metadata.status?.value ?? "", metadata.date?.value ?? "",
                metadata.supersedes?.value ?? "", metadata.symptom ?? "", metadata.cause ?? "",
                metadata.severity?.value ?? "", metadata.hosts.map(\.value).joined(separator: ","),
            ]
            return fields.joined(separator: "\u{1}")
        }
        // The prerequisites as resolved against the whole site: not the page's alone.
        return own + "\u{1}" + (site.prerequisites[page.source] ?? []).joined(separator: ",") + "\n"
    }

    /// A folder's values as its index, sidebar heading, breadcrumb and header entry show them.
    private static func line(of section: SiteSection, in site: Site) -> String {
        let fields: [String] = [
            section.folder, section.urlPath, section.title, section.summary ?? "", section.audience ?? "",
            section.order.map(String.init) ?? "", section.isTrack ? "track" : "section",
            section.pages.map { site.pages[$0].source }.joined(separator: ","),
            section.subsections.joined(separator: ","), "\(section.totalMinutes)",
        ]
        return fields.joined(separator: "\u{1}") + "\n"
    }
}

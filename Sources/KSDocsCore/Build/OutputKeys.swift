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
    /// Each page's skeleton line, by its index in `site.pages`, in two parts: what the page alone
    /// gives (kept with the page, `PageMemo`) and its prerequisites as resolved in the site.
    private let pageLines: [(own: String, prerequisites: String)]
    private let pageIndexBySource: [String: Int]
    private let prerequisites: [String: [String]]
    /// The pages the keys were made for, and the settings every key holds (configuration,
    /// theme, site title, generated pages), to tell when a later build's skeleton is this one.
    private let pages: [SourcePage]
    private let settings: String
    /// The key of each page of the site, by its index in `site.pages` (made once: both deciding
    /// how many pages changed and rendering ask for every one).
    private var pageKeys: [String] = []
    /// Each page's content hash, by index, to tell which keys a later build can take from these.
    private var contentHashes: [String] = []
    /// Which pages' keys were taken from the last build's keys (by index), when they could be.
    private(set) var keptPageKeys: [Bool]?

    /// - Parameters:
    ///   - configuration: the configuration files' bytes and the build options, as text.
    ///   - generatedPages: which generated pages the site has (the header and home link to them).
    ///   - previous: the last build's keys (kept by `serve`): when no page shows anything
    ///     new of another (the whole skeleton is as it was), a page whose bytes did not change
    ///     keeps its key, and only the changed pages' keys are made.
    ///
    /// The hashes are fed the lines one by one (`StreamingHash`) rather than joined first:
    /// the same keys, without building the whole skeleton's text on every build.
    init(
        site: Site, themeFingerprint: String, configuration: String, generatedPages: String, today: String,
        previous: OutputKeys? = nil
    ) {
        self.today = today
        let settings = [BuildCache.formatVersion, configuration, themeFingerprint, site.configuration.title, generatedPages]
            .joined(separator: "\u{0}")
        var sectionLines: [String: String] = [:]
        for section in site.sections.values { sectionLines[section.folder] = Self.line(of: section, in: site) }
        self.settings = settings
        self.sectionLines = sectionLines
        self.pageIndexBySource = site.pageIndexBySource
        self.prerequisites = site.prerequisites
        self.pages = site.pages
        contentHashes = site.pages.map(\.contentHash)
        // The same skeleton as the last build's, known without hashing it again: the same
        // settings, folders and prerequisites, and each page the same object or one whose line
        // did not change (a `serve` rebuild after editing a page's text).
        if let previous, previous.settings == settings, previous.today == today,
            previous.sectionLines == sectionLines, previous.prerequisites == site.prerequisites,
            let lines = previous.sameLines(for: site.pages)
        {
            shared = previous.shared
            wide = previous.wide
            pageLines = lines
            folderLines = previous.folderLines
            takeKeys(from: previous, site: site)
            return
        }
        let pageLines = site.pages.map { page in
            (own: Self.ownLine(of: page), prerequisites: (site.prerequisites[page.source] ?? []).joined(separator: ","))
        }
        var sharedHash = StreamingHash()
        for part in [BuildCache.formatVersion, "\n", configuration, "\n", themeFingerprint, "\n", "title=",
            site.configuration.title, "\n", generatedPages, "\n"]
        {
            sharedHash.feed(part)
        }
        for section in site.topLevelSections { sharedHash.feed(sectionLines[section.folder] ?? "") }
        for page in site.pages {
            sharedHash.feed(page.source)
            sharedHash.feed("\n")
        }
        shared = sharedHash.hex
        var wideHash = StreamingHash()
        wideHash.feed(shared)
        wideHash.feed("\n")
        for line in pageLines { Self.feed(line, into: &wideHash) }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) {
            wideHash.feed(sectionLines[section.folder]!)
        }
        wide = wideHash.hex
        self.pageLines = pageLines
        if let previous, previous.wide == wide, previous.today == today, previous.pageKeys.count == site.pages.count {
            // Same skeleton: same sources in the same order, and the same folder lines.
            folderLines = previous.folderLines
            takeKeys(from: previous, site: site)
            return
        }
        var folderLines: [String: String] = [:]
        for section in site.sections.values {
            var hash = StreamingHash()
            hash.feed(sectionLines[section.folder]!)
            for index in section.pages { Self.feed(pageLines[index], into: &hash) }
            folderLines[section.folder] = hash.hex
        }
        self.folderLines = folderLines
        pageKeys = site.pages.map(key(of:))
    }

    /// With the skeleton as `previous`'s: a page whose bytes did not change keeps its key.
    private mutating func takeKeys(from previous: OutputKeys, site: Site) {
        let kept = site.pages.indices.map { previous.contentHashes[$0] == contentHashes[$0] }
        pageKeys = site.pages.indices.map { index in
            kept[index] ? previous.pageKeys[index] : key(of: site.pages[index])
        }
        keptPageKeys = kept
    }

    /// These keys' page lines, if `pages` give the same ones: each page the same object as
    /// this build's, or one with the same source and own line (its prerequisites are checked
    /// by the caller); nil when any differs.
    private func sameLines(for pages: [SourcePage]) -> [(own: String, prerequisites: String)]? {
        guard pages.count == self.pages.count, pageKeys.count == pages.count else { return nil }
        for index in pages.indices where pages[index] !== self.pages[index] {
            guard pages[index].source == self.pages[index].source,
                Self.ownLine(of: pages[index]) == pageLines[index].own
            else { return nil }
        }
        return pageLines
    }

    /// Feeds a page's skeleton line (`own`, then its prerequisites) to `hash`.
    private static func feed(_ line: (own: String, prerequisites: String), into hash: inout StreamingHash) {
        hash.feed(line.own)
        hash.feed("\u{1}")
        hash.feed(line.prerequisites)
        hash.feed("\n")
    }

    /// The skeleton line of the page with `source`, as text.
    private func line(ofSource source: String) -> String? {
        pageIndexBySource[source].map { pageLines[$0].own + "\u{1}" + pageLines[$0].prerequisites + "\n" }
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
            for prerequisite in prerequisites[page.source] ?? [] { text += "|" + (line(ofSource: prerequisite) ?? "-") }
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
    private static func ownLine(of page: SourcePage) -> String {
        page.memo.value(.outputKeyLine) {
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


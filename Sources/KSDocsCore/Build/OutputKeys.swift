/// The keys of the incremental build cache (see `BuildCache`): hashes of everything
/// a page's HTML depends on.
struct OutputKeys: Sendable {
    /// Hash of what every page shares: configuration, theme and the site's skeleton.
    let shared: String
    /// Today's date: only the roadmap shows it (days to go), so only its key holds it.
    let today: String

    /// - Parameter configuration: the configuration files' bytes and the build options, as text.
    init(site: Site, themeFingerprint: String, configuration: String, today: String) {
        self.today = today
        shared = ContentHash.hex(
            Array(
                (BuildCache.formatVersion + "\n" + configuration + "\n" + themeFingerprint + "\n"
                    + Self.skeleton(of: site)).utf8))
    }

    /// The key of a Markdown page's output.
    func page(_ page: SourcePage) -> String {
        let date = page.kind == .roadmap ? "|" + today : ""
        return ContentHash.hex(Array((shared + "|page|" + page.source + "|" + page.contentHash + date).utf8))
    }

    /// The key of a folder's index page (with its index.md, if any).
    func folder(_ section: SiteSection, indexPage: SourcePage?) -> String {
        ContentHash.hex(Array((shared + "|folder|" + section.folder + "|" + (indexPage?.contentHash ?? "-")).utf8))
    }

    /// Every value one page can show of another: titles, URLs, order, times, summaries,
    /// the kinds' own fields, folders and prerequisites. Listing more than pages show only
    /// costs re-rendering; listing less would leave stale pages, so this errs wide.
    static func skeleton(of site: Site) -> String {
        var text = ""
        for page in site.pages {
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
                (site.prerequisites[page.source] ?? []).joined(separator: ","),
            ]
            text += fields.joined(separator: "\u{1}") + "\n"
        }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) {
            let fields: [String] = [
                section.folder, section.urlPath, section.title, section.summary ?? "", section.audience ?? "",
                section.order.map(String.init) ?? "", section.isTrack ? "track" : "section",
                section.pages.map { site.pages[$0].source }.joined(separator: ","),
                section.subsections.joined(separator: ","), "\(section.totalMinutes)",
            ]
            text += fields.joined(separator: "\u{1}") + "\n"
        }
        return text
    }
}

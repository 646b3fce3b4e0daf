public import KSDocsCommands

/// The whole site as loaded from Content/: configuration, pages and folders.
public struct Site: Sendable {
    public var configuration: SiteConfiguration
    /// Every page that is built (drafts left out unless asked for).
    public var pages: [SourcePage]
    /// Folders by path relative to Content/ ("" is the top).
    public var sections: [String: SiteSection]
    /// Assets copied as they are, relative to Content/.
    public var assets: [String]
    /// `assets` as a set, for lookups (set by the loader).
    var assetSet: Set<String> = []
    /// Each folder by its URL path (`beginner/`), for lookups (set by the loader).
    var sectionFolderByURLPath: [String: String] = [:]
    /// The folders of `topLevelSections`, for lookups (set by the loader).
    var topLevelFolders: Set<String> = []
    /// Page index by source path.
    public var pageIndexBySource: [String: Int]
    /// The command glossary: built in, extended by commands.yml.
    public var glossary = Glossary.builtIn
    /// The service catalog of services.yml.
    public var services = ServiceCatalog()
    /// Pages that exist but could not be loaded (their errors are already reported);
    /// links to them are not reported again.
    public var unloadedSources: Set<String> = []
    /// Each lesson's prerequisites, resolved to source paths, in the order written.
    public var prerequisites: [String: [String]] = [:]
    /// Which study pages the site has, noted once by the build (nil: worked out when asked).
    var studyPages: StudyPages?

    /// Top-level folders in navigation order: tracks first, then sections; each by `order`, then title.
    public var topLevelSections: [SiteSection] {
        (sections[""]?.subsections ?? []).compactMap { sections[$0] }
    }

    /// The folder whose index is at `urlPath` (`beginner/`), if there is one.
    func section(atURLPath urlPath: String) -> SiteSection? {
        sectionFolderByURLPath[urlPath].flatMap { sections[$0] }
    }

    /// The page at `source`, if it is built.
    public func page(source: String) -> SourcePage? {
        pageIndexBySource[source].map { pages[$0] }
    }

    /// The certifications of roadmap.md, in the order written.
    public var certifications: [Certification] {
        pages.first { $0.kind == .roadmap }?.metadata.certifications ?? []
    }

    /// The lesson at a path relative to Content/, with or without `.md`.
    public func lesson(named name: String) -> SourcePage? {
        let source = name.hasSuffix(".md") ? name : name + ".md"
        guard let page = page(source: source), page.kind == .lesson else { return nil }
        return page
    }

    /// The decision page `name` refers to (a path relative to the page or to Content/, `.md` optional).
    public func decision(named name: String, from page: SourcePage) -> SourcePage? {
        let file = name.hasSuffix(".md") ? name : name + ".md"
        for folder in [page.folder, ""] {
            if let path = SitePath.resolve(file, inFolder: folder), let target = self.page(source: path),
                target.kind == .decision
            {
                return target
            }
        }
        return nil
    }

    /// The track or section a page belongs to (nil for top-level pages).
    public func section(of page: SourcePage) -> SiteSection? {
        page.folder.isEmpty ? nil : sections[page.folder]
    }
}

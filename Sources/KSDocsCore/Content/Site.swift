/// The whole site as loaded from Content/: configuration, pages and folders.
public struct Site: Sendable {
    public var configuration: SiteConfiguration
    /// Every page that is built (drafts left out unless asked for).
    public var pages: [SourcePage]
    /// Folders by path relative to Content/ ("" is the top).
    public var sections: [String: SiteSection]
    /// Assets copied as they are, relative to Content/.
    public var assets: [String]
    /// Page index by source path.
    public var pageIndexBySource: [String: Int]
    /// Pages that exist but could not be loaded (their errors are already reported);
    /// links to them are not reported again.
    public var unloadedSources: Set<String> = []
    /// Each lesson's prerequisites, resolved to source paths, in the order written.
    public var prerequisites: [String: [String]] = [:]

    /// Top-level folders in navigation order: tracks first, then sections; each by `order`, then title.
    public var topLevelSections: [SiteSection] {
        (sections[""]?.subsections ?? []).compactMap { sections[$0] }
    }

    /// The page at `source`, if it is built.
    public func page(source: String) -> SourcePage? {
        pageIndexBySource[source].map { pages[$0] }
    }

    /// The track or section a page belongs to (nil for top-level pages).
    public func section(of page: SourcePage) -> SiteSection? {
        page.folder.isEmpty ? nil : sections[page.folder]
    }
}

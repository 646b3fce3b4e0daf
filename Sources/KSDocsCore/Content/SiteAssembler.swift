import Foundation

/// Puts loaded pages together into a `Site`: folders and their order, URLs,
/// prerequisites; reports clashes and broken references.
struct SiteAssembler {
    let configuration: SiteConfiguration
    let display: String
    let contentRoot: URL
    let inventory: ContentInventory
    var diagnostics: [Diagnostic] = []

    init(configuration: SiteConfiguration, display: String, contentRoot: URL, inventory: ContentInventory) {
        self.configuration = configuration
        self.display = display
        self.contentRoot = contentRoot
        self.inventory = inventory
    }

    mutating func assemble(_ loadedPages: [SourcePage]) -> Site {
        let pages = loadedPages
        var sections = makeSections()
        for (index, page) in pages.enumerated() {
            if page.kind == .home || page.kind == .folderIndex {
                sections[page.folder]?.indexPage = index
            } else {
                sections[page.folder]?.pages.append(index)
            }
        }
        // Each page's sort key is made once, not at every comparison.
        let sortKeys = pages.map(\.sortKey)
        for folder in sections.keys {
            sections[folder]?.pages.sort { sortKeys[$0] < sortKeys[$1] }
            if let index = sections[folder]?.indexPage, !inventory.trackConfigs.contains(folder),
                !inventory.sectionConfigs.contains(folder), !folder.isEmpty
            {
                sections[folder]?.title = pages[index].title
                sections[folder]?.summary = pages[index].metadata.summary
            }
        }
        orderSubsections(&sections)
        checkURLClashes(pages: pages, sections: sections)
        var pageIndexBySource: [String: Int] = [:]
        for (index, page) in pages.enumerated() { pageIndexBySource[page.source] = index }
        var site = Site(
            configuration: configuration, pages: pages, sections: sections, assets: inventory.assets,
            pageIndexBySource: pageIndexBySource)
        site.assetSet = Set(inventory.assets)
        for (folder, section) in sections { site.sectionFolderByURLPath[section.urlPath] = folder }
        site.topLevelFolders = Set(sections[""]?.subsections ?? [])
        var prerequisites = PrerequisiteResolver(site: site)
        site.prerequisites = prerequisites.resolveAll()
        diagnostics += prerequisites.diagnostics
        for folder in site.sections.keys where site.sections[folder]?.isTrack == true {
            let total = site.sections[folder]?.pages.reduce(0) { $0 + pages[$1].time.minutes } ?? 0
            site.sections[folder]?.totalMinutes = total
        }
        for page in pages where page.kind == .lesson && page.time.authoredIsFarOff {
            let line = page.metadata.time?.line ?? 1
            let computed = TimeEstimate.computed(
                words: page.markdown.wordCount, commands: page.commandCount,
                wordsPerMinute: configuration.readingWordsPerMinute, minutesPerCommand: configuration.minutesPerCommand)
            diagnostics.append(
                .warning(
                    page.displayPath, line: line, column: page.metadata.time?.column ?? 1,
                    "front matter: 'time' is \(page.time.minutes) min but the page reads as about \(computed.minutes) min (\(page.markdown.wordCount) words, \(page.commandCount) commands); check the estimate"
                ))
        }
        return site
    }

    private mutating func makeSections() -> [String: SiteSection] {
        var sections: [String: SiteSection] = [
            "": SiteSection(folder: "", urlPath: "", isTrack: false, title: configuration.title)
        ]
        // Folders that hold only files (images, downloads) get no index page.
        let foldersWithPages = Set(Set(inventory.pages.map(SitePath.folder(of:))).flatMap(Self.ancestors(of:)))
        for folder in inventory.folders
        where foldersWithPages.contains(folder) || inventory.trackConfigs.contains(folder)
            || inventory.sectionConfigs.contains(folder)
        {
            let isTrack = inventory.trackConfigs.contains(folder)
            let name = folder.split(separator: "/").last.map(String.init) ?? folder
            var section = SiteSection(
                folder: folder, urlPath: Slug.urlPath(forFolder: folder), isTrack: isTrack,
                title: Self.prettyName(name))
            if isTrack || inventory.sectionConfigs.contains(folder) {
                readConfiguration(into: &section, file: isTrack ? "_track.yml" : "_section.yml")
            }
            sections[folder] = section
        }
        return sections
    }

    private mutating func readConfiguration(into section: inout SiteSection, file name: String) {
        let relative = section.folder + "/" + name
        let shown = ContentInventory.join(display, relative)
        guard let data = FileManager.default.contents(atPath: contentRoot.appendingPathComponent(relative).path) else {
            diagnostics.append(.error(shown, "cannot read this file; check its permissions"))
            return
        }
        guard case .success(let text) = TextDecoding.decode(Array(data)) else {
            diagnostics.append(.error(shown, "file is not valid UTF-8; save it as UTF-8"))
            return
        }
        var fields = YAMLFields(yaml: text, file: shown, lineOffset: 0, context: name)
        if let title = fields.string("title") { section.title = title.value }
        section.summary = fields.string("summary")?.value
        section.order = fields.int("order")?.value
        var allowed = ["title", "summary", "order"]
        if !section.isTrack {
            _ = fields.choice("kind", from: FolderKinds.names)  // read by FolderKinds before pages load
            allowed.append("kind")
        }
        if section.isTrack {
            section.audience = fields.string("audience")?.value
            allowed.append("audience")
        }
        fields.warnUnknownKeys(allowed: allowed, kindName: section.isTrack ? "a track" : "a section")
        diagnostics += fields.diagnostics
    }

    private func orderSubsections(_ sections: inout [String: SiteSection]) {
        let folders = Array(sections.keys).filter { !$0.isEmpty }
        for folder in folders {
            let parent = SitePath.folder(of: folder)
            sections[parent]?.subsections.append(folder)
        }
        let snapshot = sections
        for key in snapshot.keys {
            sections[key]?.subsections.sort { left, right in
                guard let a = snapshot[left], let b = snapshot[right] else { return left < right }
                return (a.order ?? Int.max, a.isTrack ? 0 : 1, a.title.lowercased())
                    < (b.order ?? Int.max, b.isTrack ? 0 : 1, b.title.lowercased())
            }
        }
    }

    /// Two sources that would be written to the same URL are an error on each later one.
    private mutating func checkURLClashes(pages: [SourcePage], sections: [String: SiteSection]) {
        var owners: [String: String] = [:]
        for section in sections.values.sorted(by: { $0.folder < $1.folder })
        where section.indexPage == nil && !section.folder.isEmpty {
            owners[section.urlPath] = ContentInventory.join(display, section.folder) + "/"
        }
        owners.reserveCapacity(owners.count + pages.count)
        // Pages come in the listing's order, which is by source: sorted again only if not.
        let bySource = zip(pages, pages.dropFirst()).allSatisfy { $0.source < $1.source } ? pages : pages.sorted { $0.source < $1.source }
        for page in bySource {
            if let owner = owners[page.urlPath] {
                diagnostics.append(
                    .error(
                        page.displayPath,
                        "this page and '\(owner)' both map to the URL '/\(page.urlPath)'; rename one of them"))
            } else {
                owners[page.urlPath] = page.displayPath
            }
        }
    }

    /// `a/b/c` → `a`, `a/b`, `a/b/c`.
    static func ancestors(of folder: String) -> [String] {
        var result: [String] = []
        var current = ""
        for part in folder.split(separator: "/") {
            current = current.isEmpty ? String(part) : current + "/" + part
            result.append(current)
        }
        return result
    }

    /// `troubleshooting` → `Troubleshooting`, `home-lab` → `Home lab`.
    static func prettyName(_ name: String) -> String {
        let spaced = name.replacingOccurrences(of: "-", with: " ").replacingOccurrences(of: "_", with: " ")
        return spaced.prefix(1).uppercased() + spaced.dropFirst()
    }
}

public import Foundation
import KSDocsMarkdown

/// What listing Content/ gave: its files by role, the folders' kinds and each page's kind.
struct ContentListing: Sendable {
    var inventory: ContentInventory
    var folderKinds: FolderKinds
    var inputs: [PageLoader.Input]
}

/// Loads Content/ into a `Site`, collecting every diagnostic on the way.
public struct SiteLoader: Sendable {
    public var contentRoot: URL
    /// How Content/ is shown in diagnostics.
    public var display: String
    public var includeDrafts: Bool
    /// Safety-scan results of the previous build (see `BuildCache`).
    var safetyCache: [String: [Diagnostic]] = [:]
    /// Safety-scan results of this load, for the next build's cache.
    private(set) var safetyResults: [String: [Diagnostic]] = [:]
    /// Pages of the previous build (see `CachedPage`) and the time before which their
    /// files' signatures are trusted; empty when the configuration changed since.
    var cachedPages: [String: CachedPage] = [:]
    var trustSignaturesBefore: Int64 = 0
    /// This load's pages for the next build's cache.
    private(set) var pageResults: [String: CachedPage] = [:]
    /// How many files were read and parsed (the others came from the cache).
    private(set) var parsedCount = 0
    /// Loads a page taken from the cache again in full (`SourcePage.isComplete`).
    private(set) var completer: PageCompleter?
    /// Told when each loading step ends (`KSDOCS_TIMINGS`).
    var timings: BuildTimings?
    /// The last load's listing of Content/ and the files written since (kept by `serve`):
    /// when no change can add, remove or re-classify a file, Content/ is not listed again.
    var previousListing: (listing: ContentListing, changed: Set<String>)?
    /// This load's listing, for the next load.
    private(set) var listing: ContentListing?

    public init(contentRoot: URL, display: String, includeDrafts: Bool = false) {
        self.contentRoot = contentRoot
        self.display = display
        self.includeDrafts = includeDrafts
    }

    /// Folder names with a page kind of their own.
    static let decisionsFolder = "decisions"
    static let troubleshootingFolder = "troubleshooting"

    /// The site, or nil when nothing could be loaded; diagnostics in both cases.
    public mutating func load() async throws(BuildFailure) -> (Site, [Diagnostic]) {
        try checkContentFolder()
        let listing = list()
        self.listing = listing
        let inventory = listing.inventory
        var diagnostics = inventory.diagnostics
        let (configuration, configurationDiagnostics) = loadConfiguration()
        diagnostics += configurationDiagnostics
        let inputs = listing.inputs
        timings?.mark("load: kinds")
        let (glossary, glossaryDiagnostics) = CommandGlossaryFile.load(contentRoot: contentRoot, display: display)
        diagnostics += glossaryDiagnostics
        var loader = PageLoader(
            contentRoot: contentRoot, display: display, configuration: configuration,
            codeBlocks: CodeBlockLoader(glossary: glossary), safetyCache: safetyCache)
        completer = PageCompleter(loader: loader)
        loader.cachedPages = cachedPages
        loader.trustSignaturesBefore = trustSignaturesBefore
        let pageLoader = loader
        let loaded = await ParallelMap.map(inputs) { pageLoader.load($0) }
        timings?.mark("load: pages")
        var pages: [SourcePage] = []
        var unloaded: Set<String> = []
        for (input, result) in zip(inputs, loaded) {
            let page = result.page
            diagnostics += result.diagnostics
            if let safety = result.safety { safetyResults[safety.key] = safety.diagnostics }
            if let cached = result.cached { pageResults[input.source] = cached }
            if result.parsed { parsedCount += 1 }
            if let page {
                if includeDrafts || !page.metadata.draft { pages.append(page) }
            } else {
                unloaded.insert(input.source)
            }
        }
        var assembler = SiteAssembler(
            configuration: configuration, display: display, contentRoot: contentRoot, inventory: inventory)
        var site = assembler.assemble(pages)
        timings?.mark("load: assemble")
        if !site.configuration.hasTitle {
            site.configuration.title = defaultTitle(site)
            site.sections[""]?.title = site.configuration.title
        }
        site.unloadedSources = unloaded
        site.glossary = glossary
        let (services, serviceDiagnostics) = ServiceCatalog.load(contentRoot: contentRoot, display: display)
        site.services = services
        timings?.mark("load: services")
        diagnostics += serviceDiagnostics
        diagnostics += assembler.diagnostics
        return (site, HugoShortcodes.summaries(diagnostics))
    }

    /// Content/ listed, with each page's kind: the last listing updated for the files written
    /// since, when it can be (`ContentInventory.updated(afterChangesTo:root:)`), else listed again.
    private func list() -> ContentListing {
        if let (previous, changed) = previousListing,
            let inventory = previous.inventory.updated(afterChangesTo: changed, root: contentRoot)
        {
            // A page's kind can depend on its own front matter (`FolderKinds`): written pages are asked again.
            let written = Set(
                changed.compactMap { path -> String? in
                    let root = contentRoot.standardizedFileURL.path + "/"
                    return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : nil
                })
            let inputs = previous.inputs.map { input in
                var input = input
                input.signature = inventory.signatures[input.source]
                input.knownUnchanged = !written.contains(input.source)
                if !input.knownUnchanged {
                    input.kind = kind(of: input.source, tracks: inventory.trackConfigs, folders: previous.folderKinds)
                }
                return input
            }
            timings?.mark("load: scan (kept)")
            return ContentListing(inventory: inventory, folderKinds: previous.folderKinds, inputs: inputs)
        }
        let inventory = ContentInventory.scan(root: contentRoot, display: display)
        timings?.mark("load: scan")
        let folderKinds = FolderKinds(contentRoot: contentRoot, sectionFolders: inventory.sectionConfigs)
        let inputs = inventory.pages.map { source in
            PageLoader.Input(
                source: source, kind: kind(of: source, tracks: inventory.trackConfigs, folders: folderKinds),
                signature: inventory.signatures[source])
        }
        return ContentListing(inventory: inventory, folderKinds: folderKinds, inputs: inputs)
    }

    /// Loads pages taken from the build cache again in full, for rendering.
    struct PageCompleter: Sendable {
        let loader: PageLoader

        /// `page` itself when complete, else the page read again (or `page` if that fails).
        func complete(_ page: SourcePage) -> SourcePage {
            guard !page.isComplete else { return page }
            return loader.load(PageLoader.Input(source: page.source, kind: page.kind)).page ?? page
        }
    }

    private func checkContentFolder() throws(BuildFailure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: contentRoot.path, isDirectory: &isDirectory),
            isDirectory.boolValue
        else {
            throw .environment(
                "content folder '\(display)' does not exist; run ksdocs where a Content/ folder is, or pass --content DIR"
            )
        }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: contentRoot.path)) ?? []
        if entries.filter({ !$0.hasPrefix(".") }).isEmpty {
            throw .environment(
                "content folder '\(display)' is empty; add a site.yml and an index.md (see README.md, 'Content format')"
            )
        }
    }

    private func loadConfiguration() -> (SiteConfiguration, [Diagnostic]) {
        let file = ContentInventory.join(display, "site.yml")
        let url = contentRoot.appendingPathComponent("site.yml")
        // site.yml is optional: every key has a default (the title is found after loading).
        guard let data = FileManager.default.contents(atPath: url.path) else { return (SiteConfiguration(), []) }
        switch TextDecoding.decode(Array(data)) {
        case .success(let text):
            return SiteConfiguration.parse(text, file: file)
        case .failure(let invalid):
            return (
                SiteConfiguration(),
                [.error(file, line: invalid.line, column: invalid.column, "file is not valid UTF-8; save it as UTF-8")]
            )
        }
    }

    /// The title of a site whose site.yml gives none: the home page's title (its first
    /// `# ` heading or `title:`), else the content folder's name (its parent's, for `Content`, `docs`, `src`).
    private func defaultTitle(_ site: Site) -> String {
        // A home page named after its file ("Home", see `FallbackTitle`) does not name the site.
        if let home = site.pages.first(where: { $0.kind == .home }),
            let title = home.metadata.title?.value ?? home.markdown.extractedTitle, !title.isEmpty
        {
            return title
        }
        var folder = contentRoot.standardizedFileURL
        if ["content", "docs", "doc", "src"].contains(folder.lastPathComponent.lowercased()) {
            folder = folder.deletingLastPathComponent()
        }
        let name = folder.lastPathComponent
        return name.isEmpty || name == "/" ? "Documentation" : SiteAssembler.prettyName(name)
    }

    private func kind(of source: String, tracks: Set<String>, folders: FolderKinds) -> PageKind {
        let folder = SitePath.folder(of: source)
        let name = source.split(separator: "/").last.map(String.init) ?? source
        // Hugo's `_index.md` is its folder's index page, like `index.md`.
        if source == "index.md" || source == "_index.md" { return .home }
        if name == "index.md" || name == "_index.md" { return .folderIndex }
        if folder.isEmpty, name == "roadmap.md" { return .roadmap }
        if tracks.contains(folder) { return .lesson }
        return folders.kind(ofPageAt: source, folder: folder) ?? .page
    }
}

import Foundation

/// `ksdocs build` and `ksdocs check`: load, validate, render, write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    /// Told about waits that are not the build's own work (another build holding the output's lock).
    public var notice: (@Sendable (String) -> Void)?

    /// How long each step took (printed with `KSDOCS_TIMINGS`).
    let timings = BuildTimings()

    /// The state kept between builds by a long-running process (`serve`); nil: read from disk.
    public var session: BuildSession?

    public init(options: BuildOptions, notice: (@Sendable (String) -> Void)? = nil, session: BuildSession? = nil) {
        self.options = options
        self.notice = notice
        self.session = session
    }

    /// What a successful build did.
    public struct Report: Sendable {
        public var pageCount: Int
        public var fileCount: Int
        public var diagnostics: [Diagnostic]
        public var seconds: Double
        /// The site that was built, for other backends (BookStack).
        public var site: Site
        /// Pages whose previous output was reused because none of their inputs changed.
        public var reusedPageCount = 0
        /// Whether the output folder was updated in place (few pages changed) rather than replaced.
        public var updatedInPlace = false
        /// Markdown files read and parsed; the others were taken from the build cache.
        public var parsedFileCount = 0
    }

    /// Builds the site. Throws `.contentErrors` with every diagnostic when there is
    /// any error (or any warning with `strict`); the output folder is then untouched.
    ///
    /// The steps, each a call below: guard and lock the output, load the site (unchanged
    /// pages from the last build), validate it; `check` and `publish` stop there. `build`
    /// goes on: load the theme, index the site for search, render and write the pages,
    /// write the site files, and leave the cache for the next build. What is reused from the
    /// last build is decided by `IncrementalState`, beside these steps.
    public func build() async throws(BuildFailure) -> Report {
        let started = Date()
        let lock = try await lockOutput()
        defer { lock?.release() }
        defer { timings.report() }
        timings.mark("lock")
        let state = IncrementalState(options: options, session: session)
        timings.mark("cache")
        var loaded = try await load(using: state)
        timings.mark("load")
        let today = options.today ?? DayCount.today()
        let validation = SiteValidation(site: loaded.site, options: options, today: today)
        loaded.diagnostics += validation.always()
        let cards = InterviewDeck.build(loaded.site)
        loaded.site.noteStudyPages(cards: cards)
        timings.mark("validate")
        guard options.writeOutput else {
            loaded.diagnostics += try validation.whatRenderingChecks()
            return try checked(loaded, cards: cards, started: started)
        }
        let themes = try themeFiles()
        var (theme, themeName, themeDiagnostics) = try loadTheme(from: themes, for: loaded)
        loaded.diagnostics += themeDiagnostics
        timings.mark("theme")
        theme.searchIndex = SearchIndexBuilder.path
        // The search files are made while the pages render: neither needs the other, and
        // making them has a part on one core that would otherwise leave the other idle.
        let previousSearchFiles = state.previousSearchFiles()
        let searchBuilder = SearchIndexBuilder(
            site: loaded.site, cards: cards, previous: previousSearchFiles.map(PreviousTokens.init),
            previousEntries: state.previousSearchEntries, completer: loaded.loader.completer)
        async let search = searchFiles(searchBuilder, previous: previousSearchFiles)
        var renderer = makeRenderer(loaded, cards: cards, theme: theme, themeName: themeName, today: today)
        let fingerprint = LinkResolver.fingerprint(
            of: loaded.site, display: options.content, previous: session?.linkFingerprint)
        session?.linkFingerprint = fingerprint
        let linkFingerprint = fingerprint.value
        state.prepare(&renderer, linkFingerprint: linkFingerprint)
        // Pages are written as they are rendered, unless there are errors already.
        let writer = loaded.diagnostics.hasErrors ? nil : try state.writer(for: renderer, site: loaded.site)
        timings.mark("keys")
        let rendered = try await renderPages(renderer, writer: writer, diagnostics: &loaded.diagnostics)
        timings.mark("render")
        let (searchFiles, searchIndex) = await search
        timings.mark("search (alongside render)")
        // With every page's key kept, no URL or date changed: the sitemap on disk is this build's.
        let sitemapKept = renderer.keys.keptPageKeys != nil && state.cacheIsFromSession && writer is InPlaceOutput
        let files = siteFiles(
            loaded.site, theme: theme, searchPath: SearchIndexBuilder.path, search: searchFiles,
            sitemapKept: sitemapKept)
        guard let writer else { throw .contentErrors(loaded.diagnostics.sortedForDisplay()) }
        try write(files, with: writer, pages: rendered.paths)
        timings.mark("site files")
        state.keep(
            loader: loaded.loader, pagesFingerprint: loaded.pagesFingerprint, loadStarted: loaded.loadStarted,
            rendered: rendered, files: rendered.paths + files.map(\.path), linkFingerprint: linkFingerprint,
            search: searchIndex, searchKeys: searchFiles.keys)
        timings.mark("cache kept")
        return Report(
            pageCount: SiteRenderer.pageCount(of: loaded.site, cards: cards),
            fileCount: rendered.paths.count + files.count,
            diagnostics: session?.sortedForDisplay(loaded.diagnostics) ?? loaded.diagnostics.sortedForDisplay(),
            seconds: Date().timeIntervalSince(started), site: loaded.site, reusedPageCount: rendered.reusedCount,
            updatedInPlace: writer is InPlaceOutput, parsedFileCount: loaded.loader.parsedCount)
    }

    /// The loaded site with what loading and validating it said, and what the cache needs.
    struct Loaded {
        var site: Site
        var diagnostics: [Diagnostic]
        var loader: SiteLoader
        /// The site-wide files' hashes: every page depends on them.
        var siteFiles: String
        var pagesFingerprint: String
        var loadStarted: Int64
    }

    /// Refuses an output folder ksdocs must not replace and takes the output's lock (builds that write only).
    private func lockOutput() async throws(BuildFailure) -> BuildLock? {
        if options.checksOutputFolder { try OutputGuard.check(options) }
        guard options.writeOutput else { return nil }
        try? FileManager.default.createDirectory(
            at: options.outputURL.deletingLastPathComponent(), withIntermediateDirectories: true)
        let notice = self.notice
        let lock = try await BuildLock.acquire(forOutput: options.outputURL, display: options.output) { message in
            notice?(message)
        }
        OutputWriter.recoverLeftovers(forOutput: options.outputURL)
        return lock
    }

    /// Loads every page; a build that writes takes unchanged pages from the last build.
    private func load(using state: IncrementalState) async throws(BuildFailure) -> Loaded {
        var loader = SiteLoader(
            contentRoot: options.contentURL, display: options.content, includeDrafts: options.includeDrafts)
        loader.timings = timings
        let siteFiles = siteFilesFingerprint()
        let pagesFingerprint = "content=\(options.content) drafts=\(options.includeDrafts)\n" + siteFiles
        state.prepare(&loader, pagesFingerprint: pagesFingerprint)
        let loadStarted = FileSignature.nowNanoseconds()
        let (site, diagnostics) = try await loader.load()
        return Loaded(
            site: site, diagnostics: options.strict ? diagnostics : ForeignFrontMatter.summary(diagnostics),
            loader: loader, siteFiles: siteFiles, pagesFingerprint: pagesFingerprint, loadStarted: loadStarted)
    }

    /// `check` and `publish`: the report of a site that was validated and not rendered.
    private func checked(_ loaded: Loaded, cards: [Flashcard], started: Date) throws(BuildFailure) -> Report {
        let diagnostics = loaded.diagnostics
        if diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty) {
            throw .contentErrors(diagnostics.sortedForDisplay())
        }
        return Report(
            pageCount: SiteRenderer.pageCount(of: loaded.site, cards: cards), fileCount: 0,
            diagnostics: diagnostics.sortedForDisplay(), seconds: Date().timeIntervalSince(started),
            site: loaded.site, parsedFileCount: loaded.loader.parsedCount)
    }

    /// The theme named by `--theme`, site.yml or the default, from `themes`.
    private func loadTheme(from themes: ThemeFiles, for loaded: Loaded) throws(BuildFailure) -> (
        Theme, String, [Diagnostic]
    ) {
        let themeName = options.theme ?? loaded.site.configuration.theme ?? BuildOptions.defaultTheme
        let key = themeName + "|" + themes.identity
        let (loadedTheme, diagnostics): (Theme?, [Diagnostic])
        if let kept = session?.theme(forKey: key) {
            (loadedTheme, diagnostics) = kept
        } else {
            (loadedTheme, diagnostics) = try Theme.load(
                name: themeName, themes: themes, display: options.themesDisplay)
        }
        guard var theme = loadedTheme, !diagnostics.hasErrors else {
            throw .contentErrors((loaded.diagnostics + diagnostics).sortedForDisplay())
        }
        session?.keep(theme, diagnostics: diagnostics, forKey: key)
        theme.headerCache = RenderedHeaderCache()  // headers show this build's navigation
        theme.keyRecorder = options.templateKeyRecorder
        theme.rendersWithMustacheOnly = options.rendersWithMustacheOnly
        return (theme, themeName, diagnostics)
    }

    /// The built-in themes with the site's themes/ laid over them, file by file, in memory
    /// (kept for the session by `serve`).
    private func themeFiles() throws(BuildFailure) -> ThemeFiles {
        if let session { return try session.themeFiles(overrides: options.themesURL) }
        return try BuiltInThemes.files(overrides: options.themesURL)
    }

    /// The search index, made from the last build's lines where pages did not change.
    /// The search files, and the index they were made from when `serve` keeps its entries
    /// (a build drops it there: its tokens are much of the build's memory).
    private func searchFiles(_ builder: SearchIndexBuilder, previous: PreviousSearchFiles?) async -> (
        SearchIndex.Files, SearchIndex?
    ) {
        let index = await builder.build().index
        let files = await index.files(reusing: previous)
        return (files, session == nil ? nil : index)
    }

    /// The renderer of every page, with the output keys that say which pages changed.
    private func makeRenderer(
        _ loaded: Loaded, cards: [Flashcard], theme: Theme, themeName: String, today: String
    ) -> SiteRenderer {
        let keys = OutputKeys(
            site: loaded.site, themeFingerprint: theme.fingerprint,
            configuration: "theme=\(themeName) drafts=\(options.includeDrafts)\n" + loaded.siteFiles,
            generatedPages: SiteRenderer.generatedPages(of: loaded.site, cards: cards), today: today,
            previous: session?.outputKeys)
        session?.outputKeys = keys
        var renderer = SiteRenderer(
            site: loaded.site, theme: theme, display: options.content, today: today, keys: keys)
        renderer.completer = loaded.loader.completer
        renderer.cards = cards
        return renderer
    }

    /// Renders (and writes) every page; on any error (or warning, with `strict`) the
    /// writer's work is dropped and the build fails with every diagnostic.
    private func renderPages(
        _ renderer: SiteRenderer, writer: (any OutputSink)?, diagnostics: inout [Diagnostic]
    ) async throws(BuildFailure) -> SiteRenderer.Result {
        let rendered = await renderer.render(writer: writer)
        diagnostics += rendered.diagnostics
        let failed = diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
        if failed || rendered.writeFailure != nil { writer?.discard() }
        if let failure = rendered.writeFailure { throw failure }
        if failed { throw .contentErrors(diagnostics.sortedForDisplay()) }
        return rendered
    }

    /// Writes the site files and commits the output (swaps the staging folder in, or
    /// deletes what the last build wrote and this one did not).
    private func write(_ files: [OutputFile], with writer: any OutputSink, pages: [String]) throws(BuildFailure) {
        do throws(BuildFailure) {
            try writer.write(files)
            try writer.commit(allPaths: pages + files.map(\.path))
        } catch {
            writer.discard()
            throw error
        }
    }

    /// The files beside the pages: copied assets, the theme's assets, the search files (a part
    /// the last build wrote as it is now is kept), sitemap, robots.txt and the marker that
    /// says ksdocs made the folder.
    private func siteFiles(
        _ site: Site, theme: Theme, searchPath: String, search: SearchIndex.Files, sitemapKept: Bool = false
    ) -> [OutputFile] {
        var files: [OutputFile] = []
        for asset in site.assets {
            files.append(OutputFile(path: asset, contents: .copy(options.contentURL.appendingPathComponent(asset))))
        }
        for asset in theme.assets { files.append(OutputFile(path: asset.output, contents: .data(asset.data))) }
        files.append(.text(searchPath, search.root))
        for (path, text) in search.parts {
            let kept = options.outputURL.path + "/" + path
            files.append(text.map { .text(path, $0) } ?? OutputFile(path: path, contents: .reuse(kept)))
        }
        if sitemapKept, site.configuration.baseURL != nil {
            files.append(OutputFile(path: "sitemap.xml", contents: .reuse(options.outputURL.path + "/sitemap.xml")))
        } else if let sitemap = SiteFiles.sitemap(site) {
            files.append(.text("sitemap.xml", sitemap))
        }
        files.append(.text("robots.txt", SiteFiles.robots(site)))
        files.append(.text(OutputGuard.markerName, OutputGuard.markerText))
        return files
    }

    /// The site-wide files' bytes as text (hashes), for the cache keys: every page depends on them.
    private func siteFilesFingerprint() -> String {
        var text = ""
        for name in ContentInventory.siteFiles.sorted() {
            let data = FileManager.default.contents(atPath: options.contentURL.appendingPathComponent(name).path)
            text += name + "=" + (data.map { ContentHash.hex($0) } ?? "-") + "\n"
        }
        return text
    }
}

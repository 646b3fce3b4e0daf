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
    /// The steps: guard and lock the output, load the site (from the cache where nothing
    /// changed), validate it; `check` and `publish` stop there. `build` goes on: load the
    /// theme, index the site for search, render and write every page, write the site files,
    /// commit the output and save the cache.
    public func build() async throws(BuildFailure) -> Report {
        let started = Date()
        let lock = try await lockOutput()
        defer { lock?.release() }
        defer { timings.report() }
        timings.mark("lock")
        let cache = session?.cache ?? BuildCache.load(forOutput: options.outputURL)
        timings.mark("cache")
        var loaded = try await load(using: cache)
        timings.mark("load")
        let today = options.today ?? DayCount.today()
        let validation = SiteValidation(site: loaded.site, options: options, today: today)
        loaded.diagnostics += validation.always()
        let cards = InterviewDeck.build(loaded.site)
        timings.mark("validate")
        guard options.writeOutput else {
            loaded.diagnostics += try validation.whatRenderingChecks()
            return try checked(loaded, cards: cards, started: started)
        }
        // The built-in themes with the site's themes/ laid over them, file by file, until the output is written.
        let themes: ThemeFolder
        if let session {
            themes = try session.themeFolder(overrides: options.themesURL)
        } else {
            themes = try BuiltInThemes.folder(overrides: options.themesURL)
        }
        defer { if session == nil { themes.remove() } }
        let (theme, themeName, themeDiagnostics) = try loadTheme(from: themes, for: loaded)
        timings.mark("theme")
        loaded.diagnostics += themeDiagnostics
        return try await render(
            loaded, cards: cards, theme: theme, themeName: themeName, cache: cache, today: today, started: started)
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

    /// Loads every page; a build that writes takes unchanged pages from the cache.
    private func load(using cache: BuildCache) async throws(BuildFailure) -> Loaded {
        var loader = SiteLoader(
            contentRoot: options.contentURL, display: options.content, includeDrafts: options.includeDrafts)
        loader.safetyCache = cache.safety
        loader.timings = timings
        let siteFiles = siteFilesFingerprint()
        let pagesFingerprint = "content=\(options.content) drafts=\(options.includeDrafts)\n" + siteFiles
        // Pages from the cache have no HTML: only builds that write (and so render) use them.
        if options.writeOutput, cache.pagesFingerprint == pagesFingerprint {
            loader.cachedPages = cache.pages
            loader.trustSignaturesBefore = cache.savedAt - BuildCache.signatureMargin
        }
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
    private func loadTheme(from themes: ThemeFolder, for loaded: Loaded) throws(BuildFailure) -> (
        Theme, String, [Diagnostic]
    ) {
        let themeName = options.theme ?? loaded.site.configuration.theme ?? BuildOptions.defaultTheme
        let key = themeName + "|" + themes.url.path
        let (loadedTheme, diagnostics): (Theme?, [Diagnostic])
        if let kept = session?.theme(forKey: key) {
            (loadedTheme, diagnostics) = kept
        } else {
            (loadedTheme, diagnostics) = try Theme.load(
                name: themeName, themesDirectory: themes.url, display: options.themesDisplay)
        }
        guard var theme = loadedTheme, !diagnostics.hasErrors else {
            throw .contentErrors((loaded.diagnostics + diagnostics).sortedForDisplay())
        }
        session?.keep(theme, diagnostics: diagnostics, forKey: key)
        theme.headerCache = RenderedHeaderCache()  // headers show this build's navigation
        theme.keyRecorder = options.templateKeyRecorder
        return (theme, themeName, diagnostics)
    }

    /// `build`: indexes the site for search, renders and writes every page (into a staging
    /// folder, or in place when few pages changed), then the site files, and saves the cache.
    private func render(
        _ loaded: Loaded, cards: [Flashcard], theme loadedTheme: Theme, themeName: String, cache: BuildCache,
        today: String, started: Date
    ) async throws(BuildFailure) -> Report {
        let site = loaded.site
        var diagnostics = loaded.diagnostics
        var theme = loadedTheme
        // The last build's search script lends the lines (and tokens) of the pages and shards
        // that did not change, if the file is still as that build wrote it.
        let scriptPath = options.outputURL.path + "/" + SearchIndexBuilder.path
        var previousScript: ScriptLines?
        if let kept = session?.searchLines(at: scriptPath, keys: cache.searchScript) {
            previousScript = kept
        } else if let written = cache.searchScript.file, FileSignature.of(path: scriptPath) == written,
            let data = FileManager.default.contents(atPath: scriptPath)
        {
            previousScript = ScriptLines(script: String(decoding: data, as: UTF8.self), keys: cache.searchScript)
        }
        let search = await SearchIndexBuilder(
            site: site, cards: cards, previous: previousScript.map(PreviousTokens.init),
            previousEntries: session?.searchEntries ?? [:],
            completer: loaded.loader.completer
        ).build()
        theme.searchIndex = search.path
        timings.mark("search index")
        var (searchScript, searchKeys) = search.index.script(reusing: previousScript)
        timings.mark("search script")
        let keys = OutputKeys(
            site: site, themeFingerprint: theme.fingerprint,
            configuration: "theme=\(themeName) drafts=\(options.includeDrafts)\n" + loaded.siteFiles,
            generatedPages: SiteRenderer.generatedPages(of: site, cards: cards), today: today)
        var renderer = SiteRenderer(site: site, theme: theme, display: options.content, today: today, keys: keys)
        renderer.completer = loaded.loader.completer
        renderer.cards = cards
        renderer.previous = (cache.outputs, options.outputURL)
        let linkFingerprint = LinkResolver.fingerprint(of: site, display: options.content)
        if cache.linkFingerprint == linkFingerprint { renderer.previousLinkProblems = cache.linkProblems }
        // Without errors so far, pages are written as they are rendered into a staging folder
        // that is swapped in at the end (and dropped if the build fails); when few pages
        // changed since the last build, the output folder is updated in place instead.
        var writer: (any OutputSink)?
        if !diagnostics.hasErrors {
            let pageTotal = site.pages.count + site.sections.count
            if !cache.files.isEmpty, FileManager.default.fileExists(atPath: options.outputURL.path),
                renderer.changedPageCount() <= max(Self.inPlaceChangeLimit, pageTotal / 10)
            {
                writer = InPlaceOutput(output: options.outputURL, display: options.output, previousPaths: cache.files)
            } else {
                writer = try OutputWriter(output: options.outputURL, display: options.output)
            }
        }
        timings.mark("keys")
        let rendered = await renderer.render(writer: writer)
        timings.mark("render")
        diagnostics += rendered.diagnostics
        let failed = diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
        if failed || rendered.writeFailure != nil { writer?.discard() }
        if let failure = rendered.writeFailure { throw failure }
        if failed { throw .contentErrors(diagnostics.sortedForDisplay()) }

        let files = siteFiles(site, theme: theme, searchPath: search.path, searchScript: searchScript)
        if let writer {
            do throws(BuildFailure) {
                try writer.write(files)
                try writer.commit(allPaths: rendered.paths + files.map(\.path))
                timings.mark("site files")
            } catch {
                writer.discard()
                throw error
            }
            searchKeys.file = FileSignature.of(path: scriptPath)
            let newCache = BuildCache(
                safety: loaded.loader.safetyResults, outputs: rendered.keys, files: rendered.paths + files.map(\.path),
                searchScript: searchKeys, pagesFingerprint: loaded.pagesFingerprint,
                pages: loaded.loader.pageResults, pageBytes: cache.pageBytes,
                savedAt: loaded.loadStarted, linkFingerprint: linkFingerprint, linkProblems: rendered.linkProblems
            )
            if let session {
                session.keep(
                    newCache, searchScript: searchScript, scriptFile: searchKeys.file, searchIndex: search.index,
                    output: options.outputURL)
            } else {
                newCache.save(forOutput: options.outputURL)
            }
        }
        timings.mark("cache kept")
        return Report(
            pageCount: SiteRenderer.pageCount(of: site, cards: cards), fileCount: rendered.paths.count + files.count,
            diagnostics: diagnostics.sortedForDisplay(), seconds: Date().timeIntervalSince(started), site: site,
            reusedPageCount: rendered.reusedCount, updatedInPlace: writer is InPlaceOutput,
            parsedFileCount: loaded.loader.parsedCount)
    }

    /// The files beside the pages: copied assets, the theme's assets, the search script,
    /// sitemap, robots.txt and the marker that says ksdocs made the folder.
    private func siteFiles(_ site: Site, theme: Theme, searchPath: String, searchScript: String) -> [OutputFile] {
        var files: [OutputFile] = []
        for asset in site.assets {
            files.append(OutputFile(path: asset, contents: .copy(options.contentURL.appendingPathComponent(asset))))
        }
        for asset in theme.assets {
            guard let data = FileManager.default.contents(atPath: asset.source.path) else {
                files.append(OutputFile(path: asset.output, contents: .copy(asset.source)))
                continue
            }
            files.append(OutputFile(path: asset.output, contents: .data(AssetCompaction.compact(data, path: asset.output))))
        }
        files.append(.text(searchPath, searchScript))
        if let sitemap = SiteFiles.sitemap(site) { files.append(.text("sitemap.xml", sitemap)) }
        files.append(.text("robots.txt", SiteFiles.robots(site)))
        files.append(.text(OutputGuard.markerName, OutputGuard.markerText))
        return files
    }

    /// Incremental builds that render at most this many pages (or a tenth of the site)
    /// update the output folder in place instead of writing a new one.
    static let inPlaceChangeLimit = 50

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

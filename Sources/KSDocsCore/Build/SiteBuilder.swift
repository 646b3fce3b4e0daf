import Foundation

/// `ksdocs build` and `ksdocs check`: load, validate, render, write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    /// Told about waits that are not the build's own work (another build holding the output's lock).
    public var notice: (@Sendable (String) -> Void)?

    public init(options: BuildOptions, notice: (@Sendable (String) -> Void)? = nil) {
        self.options = options
        self.notice = notice
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
    public func build() async throws(BuildFailure) -> Report {
        let started = Date()
        if options.checksOutputFolder { try OutputGuard.check(options) }
        var lock: BuildLock?
        if options.writeOutput {
            try? FileManager.default.createDirectory(
                at: options.outputURL.deletingLastPathComponent(), withIntermediateDirectories: true)
            lock = try await BuildLock.acquire(forOutput: options.outputURL, display: options.output) { message in
                notice?(message)
            }
            OutputWriter.recoverLeftovers(forOutput: options.outputURL)
        }
        defer { lock?.release() }
        let cache = BuildCache.load(forOutput: options.outputURL)
        var loader = SiteLoader(
            contentRoot: options.contentURL, display: options.content, includeDrafts: options.includeDrafts)
        loader.safetyCache = cache.safety
        let siteFiles = siteFilesFingerprint()
        let pagesFingerprint = "content=\(options.content) drafts=\(options.includeDrafts)\n" + siteFiles
        // Pages from the cache have no HTML: only builds that write (and so render) use them.
        if options.writeOutput, cache.pagesFingerprint == pagesFingerprint {
            loader.cachedPages = cache.pages
            loader.trustSignaturesBefore = cache.savedAt - BuildCache.signatureMargin
        }
        let loadStarted = FileSignature.nowNanoseconds()
        let (site, loadDiagnostics) = try await loader.load()
        var diagnostics = options.strict ? loadDiagnostics : ForeignFrontMatter.summary(loadDiagnostics)
        let today = options.today ?? DayCount.today()
        diagnostics += RoadmapDates.warnings(site, today: today, contentRoot: options.contentURL)
        diagnostics += SafetyScanner.scanFiles(
            ContentInventory.siteFiles.sorted() + site.assets, contentRoot: options.contentURL, display: options.content
        )
        let themeName = options.theme ?? site.configuration.theme ?? BuildOptions.defaultTheme
        // The built-in themes with the site's themes/ laid over them, file by file.
        let themes = try BuiltInThemes.folder(overrides: options.themesURL)
        defer { themes.remove() }
        let (loadedTheme, themeDiagnostics) = try Theme.load(
            name: themeName, themesDirectory: themes.url, display: options.themesDisplay)
        diagnostics += themeDiagnostics
        guard var theme = loadedTheme, !themeDiagnostics.hasErrors else {
            throw .contentErrors(diagnostics.sortedForDisplay())
        }
        // The last build's search script lends the lines (and tokens) of the pages and shards
        // that did not change, if the file is still as that build wrote it.
        let scriptPath = options.outputURL.path + "/" + SearchIndexBuilder.path
        var previousScript: ScriptLines?
        if options.writeOutput, let written = cache.searchScript.file, FileSignature.of(path: scriptPath) == written,
            let data = FileManager.default.contents(atPath: scriptPath)
        {
            previousScript = ScriptLines(script: String(decoding: data, as: UTF8.self), keys: cache.searchScript)
        }
        let cards = InterviewDeck.build(site)
        let search = await SearchIndexBuilder(
            site: site, cards: cards, previous: previousScript.map(PreviousTokens.init), completer: loader.completer
        ).build()
        theme.searchIndex = search.path
        var (searchScript, searchKeys) = search.index.script(reusing: previousScript)
        let keys = OutputKeys(
            site: site, themeFingerprint: theme.fingerprint,
            configuration: "theme=\(themeName) drafts=\(options.includeDrafts)\n" + siteFiles, today: today)
        var renderer = SiteRenderer(site: site, theme: theme, display: options.content, today: today, keys: keys)
        // Without errors so far, pages are written as they are rendered into a staging folder
        // that is swapped in at the end (and dropped if the build fails); when few pages
        // changed since the last build, the output folder is updated in place instead.
        var writer: (any OutputSink)?
        renderer.completer = loader.completer
        renderer.cards = cards
        let linkFingerprint = LinkResolver.fingerprint(of: site, display: options.content)
        if options.writeOutput {
            renderer.previous = (cache.outputs, options.outputURL)
            if cache.linkFingerprint == linkFingerprint { renderer.previousLinkProblems = cache.linkProblems }
            if !diagnostics.hasErrors {
                let pageTotal = site.pages.count + site.sections.count
                if !cache.files.isEmpty, FileManager.default.fileExists(atPath: options.outputURL.path),
                    renderer.changedPageCount() <= max(Self.inPlaceChangeLimit, pageTotal / 10)
                {
                    writer = InPlaceOutput(
                        output: options.outputURL, display: options.output, previousPaths: cache.files)
                } else {
                    writer = try OutputWriter(output: options.outputURL, display: options.output)
                }
            }
        }
        let rendered = await renderer.render(writer: writer)
        diagnostics += rendered.diagnostics
        let failed = diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
        if failed || rendered.writeFailure != nil { writer?.discard() }
        if let failure = rendered.writeFailure { throw failure }
        if failed { throw .contentErrors(diagnostics.sortedForDisplay()) }

        var files: [OutputFile] = []
        for asset in site.assets {
            files.append(OutputFile(path: asset, contents: .copy(options.contentURL.appendingPathComponent(asset))))
        }
        for asset in theme.assets { files.append(OutputFile(path: asset.output, contents: .copy(asset.source))) }
        files.append(.text(search.path, searchScript))
        if let sitemap = SiteFiles.sitemap(site) { files.append(.text("sitemap.xml", sitemap)) }
        files.append(.text("robots.txt", SiteFiles.robots(site)))
        files.append(.text(OutputGuard.markerName, OutputGuard.markerText))
        if let writer {
            do throws(BuildFailure) {
                try writer.write(files)
                try writer.commit(allPaths: rendered.paths + files.map(\.path))
            } catch {
                writer.discard()
                throw error
            }
            searchKeys.file = FileSignature.of(path: scriptPath)
            BuildCache(
                safety: loader.safetyResults, outputs: rendered.keys, files: rendered.paths + files.map(\.path),
                searchScript: searchKeys, pagesFingerprint: pagesFingerprint,
                pages: loader.pageResults, pageBytes: cache.pageBytes,
                savedAt: loadStarted, linkFingerprint: linkFingerprint, linkProblems: rendered.linkProblems
            )
            .save(forOutput: options.outputURL)
        }
        let pageCount = rendered.paths.count { $0.hasSuffix("index.html") }
        return Report(
            pageCount: pageCount, fileCount: rendered.paths.count + files.count,
            diagnostics: diagnostics.sortedForDisplay(), seconds: Date().timeIntervalSince(started), site: site,
            reusedPageCount: rendered.reusedCount, updatedInPlace: writer is InPlaceOutput,
            parsedFileCount: loader.parsedCount)
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

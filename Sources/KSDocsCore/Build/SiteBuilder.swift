import Foundation

/// `ksdocs build` and `ksdocs check`: load, validate, render, write.
public struct SiteBuilder: Sendable {
    public var options: BuildOptions

    public init(options: BuildOptions) {
        self.options = options
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
    }

    /// Builds the site. Throws `.contentErrors` with every diagnostic when there is
    /// any error (or any warning with `strict`); the output folder is then untouched.
    public func build() async throws(BuildFailure) -> Report {
        let started = Date()
        try checkOutputLocation()
        let cache = BuildCache.load(forOutput: options.outputURL)
        var loader = SiteLoader(
            contentRoot: options.contentURL, display: options.content, includeDrafts: options.includeDrafts)
        loader.safetyCache = cache.safety
        let (site, loadDiagnostics) = try await loader.load()
        var diagnostics = loadDiagnostics
        diagnostics += SafetyScanner.scanFiles(
            ContentInventory.siteFiles.sorted() + site.assets, contentRoot: options.contentURL, display: options.content
        )
        let themeName = options.theme ?? site.configuration.theme ?? BuildOptions.defaultTheme
        let (loadedTheme, themeDiagnostics) = try Theme.load(
            name: themeName, themesDirectory: options.themesURL, display: options.themesDisplay)
        diagnostics += themeDiagnostics
        guard var theme = loadedTheme, !themeDiagnostics.hasErrors else {
            throw .contentErrors(diagnostics.sortedForDisplay())
        }
        let search = await SearchIndexBuilder(site: site).build()
        theme.searchIndex = search.path
        let today = options.today ?? DayCount.today()
        let keys = OutputKeys(
            site: site, themeFingerprint: theme.fingerprint,
            configuration: configurationFingerprint(themeName: themeName), today: today)
        var renderer = SiteRenderer(site: site, theme: theme, display: options.content, today: today, keys: keys)
        if options.writeOutput {
            renderer.previous = (cache.outputs, options.outputURL)
        }
        let (pageFiles, renderDiagnostics, outputKeys) = await renderer.render()
        diagnostics += renderDiagnostics
        let failed = diagnostics.hasErrors || (options.strict && !diagnostics.isEmpty)
        if failed { throw .contentErrors(diagnostics.sortedForDisplay()) }

        var files = pageFiles
        for asset in site.assets {
            files.append(OutputFile(path: asset, contents: .copy(options.contentURL.appendingPathComponent(asset))))
        }
        for asset in theme.assets { files.append(OutputFile(path: asset.output, contents: .copy(asset.source))) }
        files.append(.text(search.path, search.script))
        if let sitemap = SiteFiles.sitemap(site) { files.append(.text("sitemap.xml", sitemap)) }
        files.append(.text("robots.txt", SiteFiles.robots(site)))
        if options.writeOutput {
            try OutputWriter(output: options.outputURL, display: options.output).write(files)
            BuildCache(safety: loader.safetyResults, outputs: outputKeys).save(forOutput: options.outputURL)
        }
        let pageCount = pageFiles.filter { $0.path.hasSuffix("index.html") }.count
        let reused = pageFiles.filter { if case .reuse = $0.contents { return true } else { return false } }.count
        return Report(
            pageCount: pageCount, fileCount: files.count, diagnostics: diagnostics.sortedForDisplay(),
            seconds: Date().timeIntervalSince(started), site: site, reusedPageCount: reused)
    }

    /// The configuration every page depends on, as text for the cache keys: the site-wide
    /// files' bytes, the theme name and drafts.
    private func configurationFingerprint(themeName: String) -> String {
        var text = "theme=\(themeName) drafts=\(options.includeDrafts)\n"
        for name in ContentInventory.siteFiles.sorted() {
            let data = FileManager.default.contents(atPath: options.contentURL.appendingPathComponent(name).path)
            text += name + "=" + (data.map { ContentHash.hex($0) } ?? "-") + "\n"
        }
        return text
    }

    /// Refuses output folders whose replacement would destroy the content or more.
    private func checkOutputLocation() throws(BuildFailure) {
        let output = options.outputURL.resolvingSymlinksInPath().path
        let content = options.contentURL.resolvingSymlinksInPath().path
        let home = FileManager.default.homeDirectoryForCurrentUser.resolvingSymlinksInPath().path
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).resolvingSymlinksInPath().path
        if output == "/" || output == home || output == cwd || output == content || content.hasPrefix(output + "/") {
            throw .environment(
                "refusing to use '\(options.output)' as the output folder: it would replace \(output == content || content.hasPrefix(output + "/") ? "the content" : "a folder that is not a build output"); pass --output DIR with a folder of its own"
            )
        }
    }
}

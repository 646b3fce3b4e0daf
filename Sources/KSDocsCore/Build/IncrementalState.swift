import Foundation

/// The incremental machinery beside `SiteBuilder`'s steps: what the last build left for
/// this one (the cache beside the output folder, or kept in memory by `serve`'s session)
/// and what this build leaves for the next. Each method is one decision; see `BuildCache`
/// for what the cache holds and why an incremental build writes what a clean one would.
struct IncrementalState {
    let options: BuildOptions
    let session: BuildSession?
    /// What the last build left: an empty cache when there was none (or another ksdocs made it).
    let cache: BuildCache
    /// Whether `cache` is the one this process's last build kept (so its files were seen written).
    let cacheIsFromSession: Bool

    init(options: BuildOptions, session: BuildSession?) {
        self.options = options
        self.session = session
        let kept = session?.cache
        cache = kept ?? BuildCache.load(forOutput: options.outputURL)
        cacheIsFromSession = kept != nil
    }

    /// Lends the loader the safety results and, for a build that writes, the loaded pages of
    /// the last build (pages from the cache have no HTML: only builds that render use them).
    func prepare(_ loader: inout SiteLoader, pagesFingerprint: String) {
        loader.safetyCache = cache.safety
        loader.previousListing = session?.listing
        if options.writeOutput, cache.pagesFingerprint == pagesFingerprint {
            loader.cachedPages = cache.pages
            loader.trustSignaturesBefore = cache.savedAt - BuildCache.signatureMargin
        }
    }

    /// The last build's search part files, which are kept when their pages did not change
    /// and lend the lines (and tokens) of the pages and shards that did not, while each file
    /// is still as that build wrote it (read from disk on demand, by `serve` too: only the
    /// parts being made again are read).
    func previousSearchFiles() -> PreviousSearchFiles? {
        PreviousSearchFiles(output: options.outputURL, keys: cache.searchScript)
    }

    /// The last build's search entries by key (kept by `serve` only).
    var previousSearchEntries: [String: SearchIndex.Entry] { session?.searchEntries ?? [:] }

    /// Lends the renderer the keys of the files the last build wrote, and its link problems
    /// while nothing a link could point at has changed.
    func prepare(_ renderer: inout SiteRenderer, linkFingerprint: String) {
        renderer.previous = (cache.outputs, options.outputURL)
        renderer.previousOutputIsKept = cacheIsFromSession
        if cache.linkFingerprint == linkFingerprint { renderer.previousLinkProblems = cache.linkProblems }
    }

    /// Where pages are written as they are rendered: the output folder itself when few
    /// pages changed since the last build (see `InPlaceOutput`), else a staging folder
    /// swapped in at the end (see `OutputWriter`); either is dropped if the build fails.
    func writer(for renderer: SiteRenderer, site: Site) throws(BuildFailure) -> any OutputSink {
        let pageTotal = site.pages.count + site.sections.count
        if !cache.files.isEmpty, FileManager.default.fileExists(atPath: options.outputURL.path),
            renderer.changedPageCount() <= max(Self.inPlaceChangeLimit, pageTotal / 10)
        {
            return InPlaceOutput(output: options.outputURL, display: options.output, previousPaths: cache.files)
        }
        return try OutputWriter(output: options.outputURL, display: options.output)
    }

    /// Incremental builds that render at most this many pages (or a tenth of the site)
    /// update the output folder in place instead of writing a new one.
    static let inPlaceChangeLimit = 50

    /// What a finished build leaves for the next: saved beside the output folder, or kept
    /// by the session (which writes it to disk after the build has returned).
    func keep(
        loader: SiteLoader, pagesFingerprint: String, loadStarted: Int64, rendered: SiteRenderer.Result,
        files: [String], linkFingerprint: String, search: SearchIndex?, searchKeys: ScriptKeys
    ) {
        if let session, let listing = loader.listing {
            session.keep(listing, changed: loader.previousListing?.changed ?? [])
        }
        var searchKeys = searchKeys
        for number in searchKeys.parts.indices {
            searchKeys.parts[number].file = FileSignature.of(
                path: options.outputURL.path + "/" + SearchIndex.partPath(number))
        }
        let next = BuildCache(
            safety: loader.safetyResults, outputs: rendered.keys, files: files, searchScript: searchKeys,
            pagesFingerprint: pagesFingerprint, pages: loader.pageResults, pageBytes: cache.pageBytes,
            savedAt: loadStarted, linkFingerprint: linkFingerprint, linkProblems: rendered.linkProblems)
        if let session, let search {
            session.keep(next, searchIndex: search, output: options.outputURL)
        } else {
            next.save(forOutput: options.outputURL)
        }
    }
}

import Foundation
import Synchronization

/// What a long-running process (`ksdocs serve`) keeps in memory between builds of one
/// site, instead of reading it back from disk on every save: the build cache the last
/// build made, and its search entries. The cache is still written to disk (so
/// the next `ksdocs build` starts warm), but after the build has returned, off the reload path.
///
/// One session belongs to one content folder, output folder and set of options.
public final class BuildSession: Sendable {
    private struct State {
        var cache: BuildCache?
        /// The last build's search entries by key: an unchanged page's entry is taken as it is.
        var searchEntries: [String: SearchIndex.Entry] = [:]
        /// The disk write of the last cache, if it is still going on.
        var saving: Task<Void, Never>?
        /// The built-in themes laid out with the site's overrides, and what the overrides were.
        var themes: (overrides: String, files: ThemeFiles)?
        /// The theme loaded from `themes`, by name and folder, with what loading it said.
        var theme: (key: String, theme: Theme, diagnostics: [Diagnostic])?
        /// Counts the caches kept, so a finished save updates only the cache it saved.
        var generation = 0
        /// The last build's listing of Content/, and the paths written since (see `noteChanges`).
        var listing: ContentListing?
        var changedSinceListing: Set<String> = []
        /// The last build's output keys: a memo of each page's key (see `OutputKeys.init`).
        var outputKeys: OutputKeys?
        /// The last build's link fingerprint and what it was made from.
        var linkFingerprint: LinkResolver.Fingerprint?
        /// The last build's diagnostics as found, and as sorted for display.
        var diagnostics: (found: [Diagnostic], sorted: [Diagnostic])?
    }

    private let state = Mutex(State())

    public init() {}

    /// The cache the last build of this session made, if there was one.
    var cache: BuildCache? { state.withLock { $0.cache } }

    /// Tells the session which files were written since the last build (absolute paths, as the
    /// file watcher reports them), so the next build can update the last listing of Content/
    /// instead of listing it again.
    public func noteChanges(_ paths: [String]) {
        state.withLock { $0.changedSinceListing.formUnion(paths) }
    }

    /// The last build's listing of Content/ and the paths written since.
    var listing: (listing: ContentListing, changed: Set<String>)? {
        state.withLock { state in state.listing.map { ($0, state.changedSinceListing) } }
    }

    /// Keeps a build's listing of Content/; `changed` are the paths that build knew of.
    func keep(_ listing: ContentListing, changed: Set<String>) {
        state.withLock { state in
            state.listing = listing
            state.changedSinceListing.subtract(changed)
        }
    }

    /// `diagnostics` sorted for display: the last build's sorting when they are the same
    /// (after an edit that changed no warning), else sorted now.
    func sortedForDisplay(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        if let kept = state.withLock({ $0.diagnostics }), kept.found == diagnostics { return kept.sorted }
        let sorted = diagnostics.sortedForDisplay()
        state.withLock { $0.diagnostics = (diagnostics, sorted) }
        return sorted
    }

    /// The link fingerprint the last build made, kept while its pages stay the same.
    var linkFingerprint: LinkResolver.Fingerprint? {
        get { state.withLock { $0.linkFingerprint } }
        set { state.withLock { $0.linkFingerprint = newValue } }
    }

    /// The output keys the last build made, to take unchanged pages' keys from.
    var outputKeys: OutputKeys? {
        get { state.withLock { $0.outputKeys } }
        set { state.withLock { $0.outputKeys = newValue } }
    }

    /// The last build's search entries, by key.
    var searchEntries: [String: SearchIndex.Entry] { state.withLock { $0.searchEntries } }

    /// Keeps `cache` and the search entries for the next build, and writes the cache to disk
    /// in the background (after any write still going on, so the newest cache is the one left).
    func keep(_ cache: BuildCache, searchIndex: SearchIndex, output: URL) {
        // A record made by this build has no bytes yet; the bytes kept for its source are
        // an older record's, which a later build taking it as unchanged must not save.
        var cache = cache
        for (source, page) in cache.pages where !page.unchangedSinceLoad { cache.pageBytes[source] = nil }
        state.withLock { [cache] state in
            state.cache = cache
            state.generation += 1
            let (previous, generation) = (state.saving, state.generation)
            state.saving = Task.detached(priority: .utility) { [self] in
                await previous?.value
                // Made here, off the reload path: a build that starts before it is done takes
                // the entries of an earlier build, which hold for the same keys (or makes them).
                var entries: [String: SearchIndex.Entry] = [:]
                entries.reserveCapacity(searchIndex.entries.count)
                for (entry, key) in zip(searchIndex.entries, searchIndex.entryKeys) where !key.isEmpty {
                    // The body only feeds tokens, which a kept entry takes from the part files: not kept.
                    var kept = entry
                    kept.body = ""
                    entries[key] = kept
                }
                self.state.withLock { state in
                    if state.generation == generation { state.searchEntries = entries }
                }
                // Encoded once here; the next builds take the records' bytes as they are.
                let encoded = cache.withEncodedPages()
                encoded.save(forOutput: output)
                self.state.withLock { state in
                    if state.generation == generation { state.cache = encoded }
                }
            }
        }
    }

    /// The themes for `overrides` (see `BuiltInThemes.files(overrides:)`), read again only
    /// when a file of the site's themes folder changed.
    func themeFiles(overrides: URL) throws(BuildFailure) -> ThemeFiles {
        let listing = Self.listing(of: overrides)
        if let kept = state.withLock({ $0.themes }), kept.overrides == listing { return kept.files }
        let files = try BuiltInThemes.files(overrides: overrides)
        state.withLock { $0.themes = (listing, files) }
        return files
    }

    /// The theme loaded before under `key` (its name and themes folder), if any.
    func theme(forKey key: String) -> (Theme?, [Diagnostic])? {
        state.withLock { state in state.theme.flatMap { $0.key == key ? ($0.theme, $0.diagnostics) : nil } }
    }

    /// Keeps a loaded theme for the next builds.
    func keep(_ theme: Theme, diagnostics: [Diagnostic], forKey key: String) {
        state.withLock { $0.theme = (key, theme, diagnostics) }
    }

    /// Every file under `folder` with its size, time and inode, as text.
    private static func listing(of folder: URL) -> String {
        let paths = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []).sorted()
        return paths.map { path in
            let signature = FileSignature.of(path: folder.path + "/" + path)
            return path + "=" + (signature.map { "\($0.size),\($0.modifiedNanoseconds),\($0.inode)" } ?? "-")
        }.joined(separator: "\n")
    }

    /// Waits until the last cache is on disk (when the server stops).
    public func finishSaving() async {
        await state.withLock { $0.saving }?.value
    }
}

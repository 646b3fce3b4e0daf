import Foundation

/// The incremental build cache: a file beside the output folder that lets the next
/// build skip work whose inputs did not change.
///
/// - Safety-scan results, keyed by the file's shown path and a hash of its bytes.
/// - For every page and folder index written, a key hashing everything its HTML
///   depends on: the page's own bytes, the theme (templates and asset names), the
///   configuration (site.yml, services.yml, commands.yml, build options, the date),
///   and the site's skeleton (every page's and folder's title, URL, order, times,
///   and the other values pages show of each other). When a page's key is the same
///   as at the last build and its file is still in the output folder, that file is
///   kept (left in place, or linked into a new output folder) instead of being rendered again.
/// - Every page's search tokens, keyed by a hash of its bytes.
/// - Every file the build wrote, so that an in-place update (see `InPlaceOutput`)
///   deletes the files a page rename or deletion left behind.
///
/// Links and anchors are still checked on every build, and generated pages (services,
/// interview prep, the command reference, search, sitemap) are always made anew, so
/// an incremental build writes exactly what a clean build would.
struct BuildCache: Codable {
    /// Changes whenever ksdocs' output for the same input may change.
    static let formatVersion = "ksdocs-cache-2 " + KSDocsVersion.current

    var version = BuildCache.formatVersion
    var safety: [String: [Diagnostic]] = [:]
    /// Site path of each output file → the key it was rendered with.
    var outputs: [String: String] = [:]
    /// Every file the build wrote, so an in-place update can delete the ones gone since.
    var files: [String] = []
    /// Search tokens of every page by content hash (`SearchIndexBuilder.encode`), so
    /// unchanged pages are not tokenized again.
    var searchTokens: [String: String] = [:]

    /// The cache file for an output folder: `.Output.ksdocs-cache.json` beside `Output/`.
    static func location(forOutput output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).ksdocs-cache.json")
    }

    /// The cache saved by the last build, or an empty one (missing, unreadable, or from another version).
    static func load(forOutput output: URL) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: location(forOutput: output).path),
            let cache = try? JSONDecoder().decode(BuildCache.self, from: data), cache.version == formatVersion
        else { return BuildCache() }
        return cache
    }

    /// Saves the cache; a failure only costs the next build its head start.
    func save(forOutput output: URL) {
        guard let data = try? JSONEncoder().encode(self) else { return }
        try? data.write(to: Self.location(forOutput: output), options: .atomic)
    }

    /// Forgets the cache (used when a build fails half-way or writes elsewhere).
    static func remove(forOutput output: URL) {
        try? FileManager.default.removeItem(at: location(forOutput: output))
    }
}

/// The version of ksdocs, shared by the CLI's `--version` and the build cache.
public enum KSDocsVersion {
    public static let current = "0.2.0"
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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
/// - Every loaded page without its HTML (`CachedPage`), so an unchanged file is not
///   read and parsed again; a file counts as unchanged when its size, modification time
///   and inode are the same and it is older than the last build, or else when its bytes
///   hash the same.
/// - Every file the build wrote, so that an in-place update (see `InPlaceOutput`)
///   deletes the files a page rename or deletion left behind.
///
/// Links and anchors are checked on every build (an unchanged page keeps its link
/// problems only while no page, heading, folder or file they could point at changed),
/// and generated pages (services,
/// interview prep, the command reference, search, sitemap) are always made anew, so
/// an incremental build writes exactly what a clean build would.
struct BuildCache: Codable, Sendable {
    /// Changes whenever ksdocs' output for the same input may change: with the cache
    /// format, the version, and the running program's file (a rebuilt or upgraded ksdocs
    /// of the same version may render differently, so it starts from a clean cache).
    static let formatVersion: String = {
        let program = FileSignature.of(path: "/proc/self/exe").map { "\($0.size)-\($0.modifiedNanoseconds)" } ?? "-"
        return "ksdocs-cache-13 " + KSDocsVersion.current + " " + program
    }()

    var version = BuildCache.formatVersion
    var safety: [String: [Diagnostic]] = [:]
    /// Site path of each output file → the key it was rendered with.
    var outputs: [String: String] = [:]
    /// Every file the build wrote, so an in-place update can delete the ones gone since.
    var files: [String] = []
    /// The keys of the search files written, their lines and parts (see `SearchIndex.files(reusing:)`).
    var searchScript = ScriptKeys()
    /// Loaded pages by source, valid while `pagesFingerprint` (the configuration files and
    /// the options pages are loaded with) stays the same.
    var pagesFingerprint = ""
    var pages: [String: CachedPage] = [:]
    /// The bytes each page record was read from, so unchanged records are saved as they are.
    var pageBytes: [String: [UInt8]] = [:]
    /// When the build that saved the cache started loading (nanoseconds since 1970).
    var savedAt: Int64 = 0
    /// The link problems of every page, valid while `linkFingerprint` (everything links
    /// are checked against, see `LinkResolver.fingerprint`) stays the same.
    var linkFingerprint = ""
    var linkProblems: [String: [Diagnostic]] = [:]

    /// Files modified this close before `savedAt` are compared by content, not by their
    /// size and time: an edit in the same clock tick as the last build's read can keep both.
    static let signatureMargin: Int64 = 2_000_000_000

    /// The cache file for an output folder: `.Output.ksdocs-cache` beside `Output/`.
    static func location(forOutput output: URL) -> URL {
        output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).ksdocs-cache")
    }

    /// The cache saved by the last build, or an empty one (missing, unreadable, or from another version).
    static func load(forOutput output: URL) -> BuildCache {
        guard let data = FileManager.default.contents(atPath: location(forOutput: output).path),
            let cache = try? BinaryCoder.decode(BuildCache.self, from: Array(data))
        else { return BuildCache() }
        return cache
    }

    /// Saves the cache; a failure only costs the next build its head start.
    func save(forOutput output: URL) {
        guard let bytes = try? BinaryCoder.encode(self) else { return }
        // Written beside and renamed over, without Foundation's sync to disk (`.atomic`
        // waits for it): a cache lost to a power cut only costs the next build its head start.
        let location = Self.location(forOutput: output).path
        let temporary = location + ".new-\(getpid())"
        guard (try? OutputWriter.writeFile(bytes, to: temporary)) != nil, rename(temporary, location) == 0 else {
            unlink(temporary)
            return
        }
    }

    /// Forgets the cache (used when a build fails half-way or writes elsewhere).
    static func remove(forOutput output: URL) {
        unlink(location(forOutput: output).path)
    }
}

extension BuildCache {
    private enum CodingKeys: String, CodingKey {
        case version, safety, outputs, files, pagesFingerprint, pages, savedAt, linkFingerprint
        case linkProblems, searchScript
    }

    /// Reads a cache; one of another version stops at its version (and is thrown away).
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = try container.decode(String.self, forKey: .version)
        guard version == Self.formatVersion else {
            throw BinaryCoder.Failure(description: "a cache of another ksdocs version")
        }
        safety = try container.decode(KeyedList<[Diagnostic]>.self, forKey: .safety).dictionary
        outputs = try container.decode(KeyedList<String>.self, forKey: .outputs).dictionary
        files = try container.decode([String].self, forKey: .files)
        pagesFingerprint = try container.decode(String.self, forKey: .pagesFingerprint)
        // Page records are encoded one by one, so they can be read on all cores and saved
        // again without encoding when unchanged.
        let stored = try container.decode(KeyedList<RawBytes>.self, forKey: .pages)
        let records = try ParallelMap.mapSynchronously(stored.values) {
            try BinaryCoder.decode(CachedPage.self, from: $0.bytes)
        }
        pages = Dictionary(zip(stored.keys, records), uniquingKeysWith: { _, last in last })
        pageBytes = Dictionary(zip(stored.keys, stored.values.map(\.bytes)), uniquingKeysWith: { _, last in last })
        savedAt = try container.decode(Int64.self, forKey: .savedAt)
        linkFingerprint = try container.decode(String.self, forKey: .linkFingerprint)
        linkProblems = try container.decode(KeyedList<[Diagnostic]>.self, forKey: .linkProblems).dictionary
        searchScript = try container.decode(ScriptKeys.self, forKey: .searchScript)
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(version, forKey: .version)
        try container.encode(KeyedList(safety), forKey: .safety)
        try container.encode(KeyedList(outputs), forKey: .outputs)
        try container.encode(files, forKey: .files)
        try container.encode(pagesFingerprint, forKey: .pagesFingerprint)
        let (sources, records) = try encodedPages()
        if let binary = encoder as? BinaryEncoder {
            binary.writer.reserve(records.reduce(0) { $0 + $1.count + 10 } + sources.reduce(0) { $0 + $1.utf8.count + 10 })
        }
        try container.encode(KeyedList(keys: sources, values: records.map(RawBytes.init)), forKey: .pages)
        try container.encode(savedAt, forKey: .savedAt)
        try container.encode(linkFingerprint, forKey: .linkFingerprint)
        try container.encode(KeyedList(linkProblems), forKey: .linkProblems)
        try container.encode(searchScript, forKey: .searchScript)
    }
}

extension BuildCache {
    /// Every page record's bytes, on all cores: the bytes it was read from when it is
    /// unchanged since, else encoded now.
    func encodedPages() throws -> (sources: [String], bytes: [[UInt8]]) {
        let sources = Array(pages.keys)
        let (pages, pageBytes) = (self.pages, self.pageBytes)
        let records = try ParallelMap.mapSynchronously(sources) { source -> [UInt8] in
            let page = pages[source]!
            if page.unchangedSinceLoad, let bytes = pageBytes[source] { return bytes }
            return try BinaryCoder.encode(page)
        }
        return (sources, records)
    }

    /// This cache with every page record's bytes at hand, as if it had just been read from
    /// disk: saving it again encodes no page.
    func withEncodedPages() -> BuildCache {
        guard let (sources, records) = try? encodedPages() else { return self }
        var copy = self
        copy.pageBytes = Dictionary(zip(sources, records), uniquingKeysWith: { _, last in last })
        for source in sources { copy.pages[source]?.unchangedSinceLoad = true }
        return copy
    }
}

/// A dictionary stored as a list of keys and a list of values (`BinaryCoder` keeps no keys).
struct KeyedList<Value: Codable>: Codable {
    var keys: [String]
    var values: [Value]

    init(keys: [String], values: [Value]) {
        self.keys = keys
        self.values = values
    }

    init(_ dictionary: [String: Value]) {
        keys = Array(dictionary.keys)
        values = keys.map { dictionary[$0]! }
    }

    var dictionary: [String: Value] {
        Dictionary(zip(keys, values), uniquingKeysWith: { _, last in last })
    }
}

/// The version of ksdocs, shared by the CLI's `--version` and the build cache.
public enum KSDocsVersion {
    public static let current = "0.2.0"
}

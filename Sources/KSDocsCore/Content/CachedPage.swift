import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// A loaded page kept in the build cache (see `BuildCache`), so the next build need not
/// read and parse a file that did not change.
///
/// It holds the page without the HTML, full text, body and code blocks that only rendering and
/// search need (`SourcePage.isComplete` is false; a page that must be rendered again is
/// loaded again, and its search tokens come from the last search script), the diagnostics loading it
/// gave, and what `stat` said of the file when it was read.
struct CachedPage: Codable, Sendable {
    var file: FileSignature
    var page: SourcePage
    var diagnostics: [Diagnostic]
    /// Taken from the cache as it was: the bytes it was read from can be saved again as they are.
    var unchangedSinceLoad = false

    private enum CodingKeys: String, CodingKey {
        case file, page, diagnostics
    }

    /// Keeps `page` (a complete page) without what only rendering and search need.
    init(file: FileSignature, page: SourcePage, diagnostics: [Diagnostic]) {
        self.file = file
        self.page = page.withoutContent()
        self.diagnostics = diagnostics
    }
}

/// What `stat` says of a file: enough to notice a change without reading it.
struct FileSignature: Codable, Sendable, Equatable {
    var size: Int64
    var modifiedNanoseconds: Int64
    var inode: UInt64

    /// The signature of the file at `path`, or nil when it cannot be read.
    static func of(path: String) -> FileSignature? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileSignature(info)
    }

    init(_ info: stat) {
        size = Int64(info.st_size)
        modifiedNanoseconds = Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec)
        inode = UInt64(info.st_ino)
    }

    /// Now, in the clock file times use.
    static func nowNanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

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

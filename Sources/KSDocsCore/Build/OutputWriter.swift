import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a built site into a fresh folder beside the output folder and swaps it in
/// only when everything was written, so a failed build never leaves half a site.
///
/// Files may be written from many tasks at once (pages are written as they are
/// rendered, so their HTML is not all held in memory); `commit` swaps the folder in,
/// `discard` drops it.
final class OutputWriter: OutputSink {
    let output: URL
    let display: String
    private let staging: URL
    private let previous: URL

    /// Creates the staging folder beside `output`.
    init(output: URL, display: String) throws(BuildFailure) {
        self.output = output
        self.display = display
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        staging = parent.appendingPathComponent(".\(name).building-\(pid)")
        previous = parent.appendingPathComponent(".\(name).previous-\(pid)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .environment("cannot create the output folder next to '\(display)': \(error.localizedDescription)")
        }
    }

    /// Writes one file into the staging folder, creating its folders. Safe to call concurrently.
    func write(_ file: OutputFile) throws(BuildFailure) {
        let destination = staging.path + "/" + file.path
        do {
            switch file.contents {
            case .data(let data):
                // A page's `index.html` is the first file of its own folder: the folder is made
                // first instead of after a failed open (one system call fewer per page).
                if file.path.hasSuffix("/index.html") { try Self.makeFolders(of: destination) }
                do {
                    try Self.writeFile(data, to: destination)
                } catch let error as POSIXWriteError where error.code == ENOENT {
                    try Self.makeFolders(of: destination)
                    try Self.writeFile(data, to: destination)
                }
            case .copy(let source):
                try Self.makeFolders(of: destination)
                try FileManager.default.copyItem(atPath: source.path, toPath: destination)
            case .reuse(let previous):
                try Self.makeFolders(of: destination)
                if link(previous, destination) != 0 {
                    try FileManager.default.copyItem(atPath: previous, toPath: destination)
                }
            }
        } catch {
            throw .environment("cannot write the site into '\(display)': \(error.localizedDescription)")
        }
    }

    /// Replaces the output folder with everything written.
    func commit(allPaths: [String]) throws(BuildFailure) {
        // The cache describes the folder being replaced: drop it until the new one is saved,
        // so a crash between the swap and the save never pairs a cache with the wrong files.
        BuildCache.remove(forOutput: output)
        try swap()
    }

    /// Drops everything written; the output folder stays as it was.
    func discard() {
        try? FileManager.default.removeItem(at: staging)
    }

    /// Cleans up after a build that was killed: with the output's lock held, staging and
    /// previous-output folders beside it belong to no running build. When the kill came
    /// between moving the old output aside and moving the new one in, the old one is put back.
    static func recoverLeftovers(forOutput output: URL) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent().path
        let name = output.lastPathComponent
        guard let siblings = try? manager.contentsOfDirectory(atPath: parent) else { return }
        for sibling in siblings.sorted() {
            let path = parent + "/" + sibling
            if sibling.hasPrefix(".\(name).previous-"), !manager.fileExists(atPath: output.path),
                (try? manager.moveItem(atPath: path, toPath: output.path)) != nil
            {
                continue
            }
            if sibling.hasPrefix(".\(name).previous-") || sibling.hasPrefix(".\(name).building-") {
                try? manager.removeItem(atPath: path)
            }
        }
    }

    /// Creates the folders above file path `path` that are missing, with one `mkdir` per
    /// folder (Foundation's recursive create stats every level again). Concurrent callers
    /// may race to create the same folder: one wins, the others see EEXIST.
    static func makeFolders(of path: String) throws {
        guard let slash = path.lastIndex(of: "/"), slash > path.startIndex else { return }
        let folder = String(path[..<slash])
        if mkdir(folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw POSIXWriteError(path: folder, code: errno) }
        try makeFolders(of: folder)
        if mkdir(folder, 0o755) != 0, errno != EEXIST { throw POSIXWriteError(path: folder, code: errno) }
    }

    /// Writes `data` with plain POSIX calls: Foundation's `Data.write` syncs every file
    /// to disk, which made writing a site of many small files slow. The swap of the
    /// whole folder is what makes a build all-or-nothing, not per-file syncs.
    static func writeFile(_ data: Data, to path: String) throws {
        try data.withUnsafeBytes { try writeFile($0, to: path) }
    }

    /// Writes `bytes` to the file at `path` (no copy into a `Data` first).
    static func writeFile(_ bytes: [UInt8], to path: String) throws {
        try bytes.withUnsafeBytes { try writeFile($0, to: path) }
    }

    private static func writeFile(_ buffer: UnsafeRawBufferPointer, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXWriteError(path: path, code: errno) }
        defer { close(descriptor) }
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, base + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw POSIXWriteError(path: path, code: errno)
            }
            offset += written
        }
    }

    struct POSIXWriteError: Error, LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    private func swap() throws(BuildFailure) {
        let manager = FileManager.default
        let hadOutput = manager.fileExists(atPath: output.path)
        // Replacing the folder deletes everything in it: refuse before moving anything
        // when part of it cannot be deleted, instead of leaving the old site half-deleted.
        if hadOutput, let folder = OutputGuard.firstUnwritableFolder(in: output.path) {
            try? manager.removeItem(at: staging)
            throw .environment(
                "cannot replace '\(display)': '\(folder)' is read-only; make it writable (chmod -R u+w) or pass --output DIR"
            )
        }
        do {
            if hadOutput { try manager.moveItem(at: output, to: previous) }
        } catch {
            try? manager.removeItem(at: staging)
            throw .environment("cannot replace '\(display)': \(error.localizedDescription)")
        }
        do {
            try manager.moveItem(at: staging, to: output)
        } catch {
            if hadOutput { try? manager.moveItem(at: previous, to: output) }
            try? manager.removeItem(at: staging)
            throw .environment("cannot replace '\(display)': \(error.localizedDescription)")
        }
        if hadOutput { try? manager.removeItem(at: previous) }
    }
}

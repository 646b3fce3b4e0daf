import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a built site into a fresh folder beside the output folder and swaps it in
/// only when everything was written, so a failed build never leaves half a site.
struct OutputWriter {
    let output: URL
    let display: String

    func write(_ files: [OutputFile]) throws(BuildFailure) {
        let manager = FileManager.default
        let parent = output.deletingLastPathComponent()
        let name = output.lastPathComponent
        let pid = ProcessInfo.processInfo.processIdentifier
        let staging = parent.appendingPathComponent(".\(name).building-\(pid)")
        let previous = parent.appendingPathComponent(".\(name).previous-\(pid)")
        do {
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            if manager.fileExists(atPath: staging.path) { try manager.removeItem(at: staging) }
            try manager.createDirectory(at: staging, withIntermediateDirectories: true)
        } catch {
            throw .environment("cannot create the output folder next to '\(display)': \(error.localizedDescription)")
        }
        do {
            var created = Set<String>()
            for file in files {
                let destination = staging.appendingPathComponent(file.path)
                let folder = destination.deletingLastPathComponent().path
                if created.insert(folder).inserted {
                    try manager.createDirectory(atPath: folder, withIntermediateDirectories: true)
                }
                switch file.contents {
                case .data(let data): try Self.writeFile(data, to: destination.path)
                case .copy(let source): try manager.copyItem(at: source, to: destination)
                case .reuse(let previous):
                    if link(previous.path, destination.path) != 0 {
                        try manager.copyItem(at: previous, to: destination)
                    }
                }
            }
        } catch {
            try? manager.removeItem(at: staging)
            throw .environment("cannot write the site into '\(display)': \(error.localizedDescription)")
        }
        // The cache describes the folder being replaced: drop it until the new one is saved,
        // so a crash between the swap and the save never pairs a cache with the wrong files.
        BuildCache.remove(forOutput: output)
        try swap(staging: staging, previous: previous)
    }

    /// Writes `data` with plain POSIX calls: Foundation's `Data.write` syncs every file
    /// to disk, which made writing a site of many small files slow. The swap of the
    /// whole folder is what makes a build all-or-nothing, not per-file syncs.
    static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw POSIXWriteError(path: path, code: errno) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
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
    }

    struct POSIXWriteError: Error, LocalizedError {
        var path: String
        var code: Int32
        var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    }

    private func swap(staging: URL, previous: URL) throws(BuildFailure) {
        let manager = FileManager.default
        let hadOutput = manager.fileExists(atPath: output.path)
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

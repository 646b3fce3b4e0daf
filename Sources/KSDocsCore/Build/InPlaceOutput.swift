import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Updates the previous build's output folder in place, for incremental builds where
/// few pages changed: linking ten thousand unchanged files into a fresh folder and
/// deleting the old one costs far more than writing the few that changed.
///
/// Nothing touches the folder before `commit`, which runs only once the build has
/// succeeded: new and changed files are written beside their destination and renamed
/// over it (a reader never sees half a file), files whose bytes did not change are left
/// alone, and files the last build wrote that this one does not are deleted (with their
/// emptied folders). Files ksdocs did not write are left where they are.
final class InPlaceOutput: OutputSink, @unchecked Sendable {
    let output: URL
    let display: String
    /// Every file the previous build wrote (from the build cache).
    private let previousPaths: [String]
    private let lock = NSLock()
    private var pending: [OutputFile] = []

    init(output: URL, display: String, previousPaths: [String]) {
        self.output = output
        self.display = display
        self.previousPaths = previousPaths
    }

    func write(_ file: OutputFile) throws(BuildFailure) {
        if case .reuse(let previous) = file.contents, previous == output.path + "/" + file.path {
            return  // already in place
        }
        lock.withLock { pending.append(file) }
    }

    func commit(allPaths: [String]) throws(BuildFailure) {
        // Drop the cache first: if the update stops half-way, the next build starts clean.
        let kept = Set(allPaths)
        let removed = previousPaths.filter { !kept.contains($0) }
        // All or nothing against permissions: a folder that would refuse a write is found
        // before the first file changes, so the update never stops half-way for that.
        if let folder = unwritableFolder(receiving: pending.map(\.path) + removed) {
            throw .environment(
                "cannot update '\(display)': '\(folder)' is read-only; make it writable (chmod -R u+w) or pass --output DIR"
            )
        }
        BuildCache.remove(forOutput: output)
        do {
            for file in pending { try update(file) }
            var folders = Set<String>()
            for path in removed {
                let full = output.path + "/" + path
                if unlink(full) != 0, errno != ENOENT { throw OutputWriter.POSIXWriteError(path: full, code: errno) }
                var folder = path
                while let slash = folder.lastIndex(of: "/") {
                    folder = String(folder[..<slash])
                    folders.insert(folder)
                }
            }
            // Deepest first; rmdir refuses folders that still hold something, which is what we want.
            for folder in folders.sorted(by: { $0.count > $1.count }) { rmdir(output.path + "/" + folder) }
        } catch {
            throw .environment("cannot update '\(display)': \(error.localizedDescription)")
        }
        pending = []
    }

    func discard() {
        lock.withLock { pending = [] }
    }

    /// The first existing folder that must take a new, replaced or deleted file but is not writable.
    private func unwritableFolder(receiving paths: [String]) -> String? {
        var folders: Set<String> = [output.path]
        for path in paths {
            var folder = path
            while let slash = folder.lastIndex(of: "/") {
                folder = String(folder[..<slash])
                folders.insert(output.path + "/" + folder)
            }
        }
        return folders.sorted().first { FileManager.default.fileExists(atPath: $0) && access($0, W_OK) != 0 }
    }

    /// Writes one file unless the same bytes are already there.
    private func update(_ file: OutputFile) throws {
        let destination = output.path + "/" + file.path
        let data: Data
        switch file.contents {
        case .data(let bytes): data = bytes
        case .copy(let source):
            guard let bytes = FileManager.default.contents(atPath: source.path) else {
                throw OutputWriter.POSIXWriteError(path: source.path, code: ENOENT)
            }
            data = bytes
        case .reuse(let source):
            guard let bytes = FileManager.default.contents(atPath: source) else {
                throw OutputWriter.POSIXWriteError(path: source, code: ENOENT)
            }
            data = bytes
        }
        if let existing = FileManager.default.contents(atPath: destination), existing == data { return }
        let name = destination[destination.index(after: destination.lastIndex(of: "/")!)...]
        let temporary = String(destination.dropLast(name.count)) + ".\(name).ksdocs-new"
        do {
            try OutputWriter.writeFile(data, to: temporary)
        } catch let error as OutputWriter.POSIXWriteError where error.code == ENOENT {
            try OutputWriter.makeFolders(of: temporary)
            try OutputWriter.writeFile(data, to: temporary)
        }
        if rename(temporary, destination) != 0 {
            let code = errno
            unlink(temporary)
            throw OutputWriter.POSIXWriteError(path: destination, code: code)
        }
    }
}

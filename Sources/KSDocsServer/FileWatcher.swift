import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders (recursively) and reports changed paths. Uses inotify on Linux, with
/// a watch on every folder; falls back to polling modification times when inotify is
/// unavailable (another OS, or the watch limit reached) or when asked to.
final class FileWatcher: @unchecked Sendable {
    enum Mode: String, Sendable {
        case inotify
        case polling
    }

    private let roots: [URL]
    private let ignored: [String]
    private let pollInterval: TimeInterval
    private let onChange: @Sendable ([String]) -> Void
    private let lock = NSLock()
    private var stopped = false
    private(set) var mode: Mode

    /// Starts watching `roots`; `onChange` is called on a background thread with changed paths.
    /// Paths under `ignored` (e.g. the output folder) never count as changes.
    init(
        roots: [URL], ignored: [URL] = [], forcePolling: Bool = false, pollInterval: TimeInterval = 0.3,
        onChange: @escaping @Sendable ([String]) -> Void
    ) {
        self.roots = roots.map { $0.standardizedFileURL }
        self.ignored = ignored.map { $0.standardizedFileURL.path }
        self.pollInterval = pollInterval
        self.onChange = onChange
        mode = .polling
        #if canImport(Glibc)
            if !forcePolling, let inotify = Inotify(roots: self.roots, ignored: self.ignored) {
                mode = .inotify
                let thread = Thread { [self] in self.runInotify(inotify) }
                thread.name = "ksdocs-watch"
                thread.start()
                return
            }
        #endif
        let thread = Thread { [self] in self.runPolling() }
        thread.name = "ksdocs-poll"
        thread.start()
    }

    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Editor droppings that are not content: swap and backup files, vim's write test.
    static func isNoise(_ path: String) -> Bool {
        let name = (path as NSString).lastPathComponent
        return name.hasPrefix(".") || name.hasSuffix("~") || name.hasSuffix(".swp") || name.hasSuffix(".swx")
            || name == "4913" || name.hasPrefix("#")
    }

    private func isIgnored(_ path: String) -> Bool {
        Self.isNoise(path) || ignored.contains { path == $0 || path.hasPrefix($0 + "/") }
    }

    // MARK: Polling

    private func runPolling() {
        var previous = snapshot()
        while !isStopped {
            Thread.sleep(forTimeInterval: pollInterval)
            let current = snapshot()
            if current != previous {
                var changed: [String] = []
                for (path, stamp) in current where previous[path] != stamp { changed.append(path) }
                for path in previous.keys where current[path] == nil { changed.append(path) }
                previous = current
                if !changed.isEmpty, !isStopped { onChange(changed.sorted()) }
            }
        }
    }

    /// Path → (modification time, size) of every file under the roots.
    private func snapshot() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for root in roots {
            guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { continue }
            while let relative = enumerator.nextObject() as? String {
                let path = root.path + "/" + relative
                if isIgnored(path) { continue }
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
                let modified = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
                let size = (attributes[.size] as? NSNumber)?.doubleValue ?? 0
                result[path] = [modified, size]
            }
        }
        return result
    }

    // MARK: inotify

    #if canImport(Glibc)
        private func runInotify(_ inotify: Inotify) {
            defer { inotify.close() }
            while !isStopped {
                let changed = inotify.wait(milliseconds: 200).filter { !isIgnored($0) }
                if !changed.isEmpty, !isStopped { onChange(changed) }
            }
        }
    #endif
}

#if canImport(Glibc)
    /// An inotify instance with a watch on every folder under the roots; new folders are added as they appear.
    final class Inotify: @unchecked Sendable {
        private let descriptor: Int32
        private var folders: [Int32: String] = [:]
        private let ignored: [String]

        static let mask =
            UInt32(IN_MODIFY) | UInt32(IN_CLOSE_WRITE) | UInt32(IN_CREATE) | UInt32(IN_DELETE)
            | UInt32(IN_MOVED_FROM) | UInt32(IN_MOVED_TO) | UInt32(IN_ATTRIB) | UInt32(IN_DELETE_SELF)

        /// Nil when inotify cannot be used (no inotify, or a watch could not be added).
        init?(roots: [URL], ignored: [String]) {
            self.ignored = ignored
            descriptor = inotify_init1(Int32(IN_NONBLOCK) | Int32(IN_CLOEXEC))
            guard descriptor >= 0 else { return nil }
            for root in roots where FileManager.default.fileExists(atPath: root.path) {
                guard addTree(root.path) else {
                    Glibc.close(descriptor)
                    return nil
                }
            }
        }

        func close() {
            Glibc.close(descriptor)
        }

        /// Adds a watch on `path` and every folder below it; false when the kernel refused one.
        @discardableResult
        private func addTree(_ path: String) -> Bool {
            if ignored.contains(where: { path == $0 || path.hasPrefix($0 + "/") }) { return true }
            let watch = inotify_add_watch(descriptor, path, Self.mask)
            guard watch >= 0 else { return false }
            folders[watch] = path
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let child = path + "/" + name
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: child, isDirectory: &isDirectory), isDirectory.boolValue {
                    guard addTree(child) else { return false }
                }
            }
            return true
        }

        /// Waits up to `milliseconds` for events; the paths they concern.
        func wait(milliseconds: Int32) -> [String] {
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&request, 1, milliseconds) > 0 else { return [] }
            var changed: [String] = []
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                var offset = 0
                while offset + 16 <= count {
                    let (watch, mask, length) = buffer.withUnsafeBytes { bytes in
                        (
                            bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                            bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                            Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                        )
                    }
                    let nameBytes = buffer[(offset + 16)..<min(offset + 16 + length, count)].prefix { $0 != 0 }
                    offset += 16 + length
                    guard let folder = folders[watch] else { continue }
                    let name = String(decoding: nameBytes, as: UTF8.self)
                    let path = name.isEmpty ? folder : folder + "/" + name
                    if mask & UInt32(IN_ISDIR) != 0, mask & (UInt32(IN_CREATE) | UInt32(IN_MOVED_TO)) != 0 {
                        addTree(path)
                    }
                    if mask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil }
                    changed.append(path)
                }
            }
            return changed
        }
    }
#endif

import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on one output folder, held for a whole build, so two builds of
/// the same site (two terminals, `serve` and `build`) run one after the other instead
/// of swapping folders under each other.
///
/// The lock is `flock` on `.Output.ksdocs-lock` beside the output folder. The holder
/// deletes the file when it is done, so nothing is left beside the output; a waiter
/// that locked a file which has since been deleted (its inode is no longer the one
/// at the path) tries again on the new file.
final class BuildLock {
    private let path: String
    private var descriptor: Int32 = -1

    static func location(forOutput output: URL) -> String {
        output.deletingLastPathComponent().path + "/.\(output.lastPathComponent).ksdocs-lock"
    }

    /// Takes the lock, waiting while another build holds it; `waiting` is told once when it has to wait.
    static func acquire(forOutput output: URL, display: String, waiting: (String) -> Void) async throws(BuildFailure)
        -> BuildLock
    {
        let lock = BuildLock(path: location(forOutput: output))
        var told = false
        while true {
            let descriptor = open(lock.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard descriptor >= 0 else {
                throw .environment(
                    "cannot create the build lock '\(lock.path)': \(String(cString: strerror(errno))); make the folder holding '\(display)' writable"
                )
            }
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
                if lock.isCurrent(descriptor) {
                    lock.descriptor = descriptor
                    return lock
                }
                close(descriptor)  // the holder deleted this file; lock the new one
                continue
            }
            close(descriptor)
            if !told {
                waiting("another ksdocs build of '\(display)' is running; waiting for it to finish")
                told = true
            }
            try? await Task.sleep(nanoseconds: 25_000_000)
        }
    }

    private init(path: String) {
        self.path = path
    }

    /// Whether the locked descriptor is still the file at `path`.
    private func isCurrent(_ descriptor: Int32) -> Bool {
        var held = stat()
        var atPath = stat()
        guard fstat(descriptor, &held) == 0, stat(path, &atPath) == 0 else { return false }
        return held.st_ino == atPath.st_ino && held.st_dev == atPath.st_dev
    }

    /// Deletes the lock file and releases the lock.
    func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    deinit { release() }
}

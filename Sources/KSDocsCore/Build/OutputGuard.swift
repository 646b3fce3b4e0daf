import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Decides whether ksdocs may write a site into an output folder (DESIGN 1: "the output
/// folder is the user's disk"). ksdocs replaces or updates only a folder it made.
///
/// - Always refused: the content folder, a themes folder, the home folder, the working
///   folder, a system folder, any folder holding one of them, and a folder inside the
///   content or themes folder (the next build would copy the site into itself).
/// - An existing folder that is not empty is refused unless it carries the marker file
///   ksdocs writes into every output (``markerName``) or the build cache beside it, or
///   `--force` is given (as Zola does).
/// - An output that exists but cannot be written is refused before any work is done.
public enum OutputGuard {
    /// The file every build writes into its output folder; its presence says "ksdocs made this".
    public static let markerName = ".ksdocs-output"
    static let markerText =
        "This folder was written by ksdocs (a site build). ksdocs replaces it on the next build;\nput your own files elsewhere.\n"

    /// Top-level and well-known system folders, refused as outputs whatever the options.
    public static let systemFolders: Set<String> = [
        "/", "/bin", "/boot", "/dev", "/etc", "/home", "/lib", "/lib32", "/lib64", "/libx32", "/media", "/mnt",
        "/opt", "/proc", "/root", "/run", "/sbin", "/srv", "/sys", "/tmp", "/usr", "/var", "/usr/bin", "/usr/lib",
        "/usr/lib64", "/usr/include", "/usr/local", "/usr/local/bin", "/usr/local/lib", "/usr/local/share",
        "/usr/local/etc", "/usr/sbin", "/usr/share", "/usr/src", "/var/lib", "/var/log", "/var/cache", "/var/tmp",
        "/var/spool", "/var/mail", "/var/backups", "/var/opt", "/var/www", "/Users", "/System", "/Library",
        "/Applications", "/private", "/Volumes",
    ]

    /// Throws `.environment` (exit 2) when the output folder must not be written.
    /// `checkContents` is false for commands that never write it.
    static func check(_ options: BuildOptions, checkContents: Bool = true) throws(BuildFailure) {
        let output = resolved(options.outputURL.path)
        let shown = options.output
        func refuse(_ why: String, _ advice: String = "pass --output DIR with a folder of its own") -> BuildFailure {
            .environment("refusing to use '\(shown)' as the output folder: \(why); \(advice)")
        }
        if systemFolders.contains(output) {
            throw refuse("\(output) is a system folder")
        }
        let protected: [(path: String, name: String)] = [
            (resolved(options.contentURL.path), "the content folder"),
            (resolved(options.themesURL.path), "the themes folder"),
            (resolved(FileManager.default.homeDirectoryForCurrentUser.path), "your home folder"),
            (resolved(FileManager.default.currentDirectoryPath), "the current folder"),
        ]
        for (path, name) in protected {
            if output == path { throw refuse("it is \(name)") }
            if contains(output, path) { throw refuse("it holds \(name) (\(path)), which a build would replace") }
        }
        for (path, name) in protected.prefix(2) where contains(path, output) {
            throw refuse("it lies inside \(name); the next build would copy the site into itself")
        }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isFolder) else { return }
        guard isFolder.boolValue else { throw refuse("it is a file, not a folder") }
        if access(output, W_OK) != 0 || access((output as NSString).deletingLastPathComponent, W_OK) != 0 {
            throw .environment(
                "cannot write the site into '\(shown)': the folder (or the folder holding it) is read-only; make it writable or pass --output DIR"
            )
        }
        guard checkContents, !options.force, !isOwned(options.outputURL) else { return }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []
        if !entries.isEmpty {
            throw refuse(
                "it holds files ksdocs did not write (it has no \(markerName) marker)",
                "pass --force to replace it with the site, or choose an empty or new folder with --output DIR")
        }
    }

    /// Whether the folder was made by ksdocs: its marker is inside, or its build cache beside it.
    static func isOwned(_ output: URL) -> Bool {
        FileManager.default.fileExists(atPath: output.path + "/" + markerName)
            || FileManager.default.fileExists(atPath: BuildCache.location(forOutput: output).path)
    }

    /// Whether folder `outer` holds `inner` (a strict prefix by path components).
    static func contains(_ outer: String, _ inner: String) -> Bool {
        outer == "/" ? inner != "/" : inner.hasPrefix(outer + "/")
    }

    /// The absolute path with symbolic links resolved in the part that exists (the rest may not yet).
    static func resolved(_ path: String) -> String {
        var existing = (path as NSString).standardizingPath
        var rest: [String] = []
        while !existing.isEmpty, existing != "/", !FileManager.default.fileExists(atPath: existing) {
            rest.insert((existing as NSString).lastPathComponent, at: 0)
            existing = (existing as NSString).deletingLastPathComponent
        }
        var base = URL(fileURLWithPath: existing.isEmpty ? "/" : existing).resolvingSymlinksInPath().path
        for component in rest { base = base == "/" ? "/" + component : base + "/" + component }
        return base
    }

    /// The first folder (the output itself or one inside it) that cannot be written, if any:
    /// replacing the folder deletes everything in it, which needs each folder to be writable.
    static func firstUnwritableFolder(in root: String) -> String? {
        if access(root, W_OK) != 0 { return root }
        guard let directory = opendir(root) else { return root }
        defer { closedir(directory) }
        while let entry = readdir(directory) {
            let isFolder = entry.pointee.d_type == UInt8(DT_DIR)
            guard isFolder else { continue }
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            if let found = firstUnwritableFolder(in: root + "/" + name) { return found }
        }
        return nil
    }
}

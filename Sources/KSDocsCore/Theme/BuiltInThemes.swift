public import Foundation

/// The themes compiled into ksdocs (`kitestacks`, `paper`), and the folder a build reads
/// its themes from: the built-in files with a site's own `themes/` laid over them file by
/// file, so a site can replace one template or stylesheet, or add a theme, and keep the rest.
public enum BuiltInThemes {
    /// The names of the built-in themes.
    public static var names: [String] {
        Set(EmbeddedThemeFiles.files.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    /// The files of one built-in theme: path inside the theme folder → bytes.
    public static func files(of name: String) -> [String: Data] {
        var files: [String: Data] = [:]
        for (path, encoded) in EmbeddedThemeFiles.files where path.hasPrefix(name + "/") {
            files[String(path.dropFirst(name.count + 1))] = Data(base64Encoded: encoded) ?? Data()
        }
        return files
    }

    /// Writes theme `name`'s files into `folder` (created if needed); never overwrites a file
    /// that exists. Returns the paths written, relative to `folder`.
    public static func export(_ name: String, to folder: URL) throws -> [String] {
        let files = files(of: name)
        var written: [String] = []
        for (path, data) in files.sorted(by: { $0.key < $1.key }) {
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path) { continue }
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
            written.append(path)
        }
        return written
    }

    /// The built-in themes' files, decoded once: path under the themes folder → bytes.
    static let embedded: [String: Data] = EmbeddedThemeFiles.files.mapValues { Data(base64Encoded: $0) ?? Data() }

    /// The built-in themes with `overrides` (a site's themes folder, if it exists) laid over
    /// them file by file, in memory: nothing is written to disk to load a theme.
    static func files(overrides: URL) throws(BuildFailure) -> ThemeFiles {
        var files = embedded
        let manager = FileManager.default
        var isFolder: ObjCBool = false
        if manager.fileExists(atPath: overrides.path, isDirectory: &isFolder), isFolder.boolValue {
            for case let path as String in manager.enumerator(atPath: overrides.path)?.allObjects ?? [] {
                let source = overrides.appendingPathComponent(path)
                var sourceIsFolder: ObjCBool = false
                guard manager.fileExists(atPath: source.path, isDirectory: &sourceIsFolder),
                    !sourceIsFolder.boolValue, !path.split(separator: "/").contains(where: { $0.hasPrefix(".") })
                else { continue }
                guard let data = manager.contents(atPath: source.path) else {
                    throw .environment("cannot read '\(source.path)'; check its permissions")
                }
                files[path] = data
            }
        }
        return ThemeFiles(files: files, root: overrides, identity: UUID().uuidString)
    }
}

/// The themes a build reads (see ``BuiltInThemes/files(overrides:)``): files by their path
/// under the themes folder, e.g. `kitestacks/templates/layout.mustache`.
struct ThemeFiles: Sendable {
    let files: [String: Data]
    /// The site's themes folder, which diagnostics and asset sources are named after.
    let root: URL
    /// Tells these files from those read at another time (a theme loaded from them is kept by it).
    let identity: String

    /// The file at `path`, if there is one.
    func file(_ path: String) -> Data? { files[path] }

    /// Whether a theme called `name` has any file.
    func hasTheme(_ name: String) -> Bool { files.keys.contains { $0.hasPrefix(name + "/") } }

    /// The names of the themes (the first parts of the paths).
    var themeNames: [String] {
        Set(files.keys.compactMap { $0.split(separator: "/").first.map(String.init) }).sorted()
    }

    /// The paths of the files under `folder`, relative to it, sorted.
    func paths(under folder: String) -> [String] {
        let prefix = folder + "/"
        return files.keys.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }.sorted()
    }
}

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

    /// A temporary folder holding the built-in themes with `overrides` (a site's themes
    /// folder, if it exists) copied over them. Remove it with ``ThemeFolder/remove()``.
    static func folder(overrides: URL) throws(BuildFailure) -> ThemeFolder {
        let manager = FileManager.default
        let url = manager.temporaryDirectory.appendingPathComponent(
            "ksdocs-themes-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        do {
            for (path, encoded) in EmbeddedThemeFiles.files {
                let file = url.appendingPathComponent(path)
                try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
                try (Data(base64Encoded: encoded) ?? Data()).write(to: file)
            }
            var isFolder: ObjCBool = false
            if manager.fileExists(atPath: overrides.path, isDirectory: &isFolder), isFolder.boolValue {
                for case let path as String in manager.enumerator(atPath: overrides.path)?.allObjects ?? [] {
                    let source = overrides.appendingPathComponent(path)
                    var sourceIsFolder: ObjCBool = false
                    guard manager.fileExists(atPath: source.path, isDirectory: &sourceIsFolder),
                        !sourceIsFolder.boolValue, !(path as NSString).lastPathComponent.hasPrefix(".")
                    else { continue }
                    let destination = url.appendingPathComponent(path)
                    try manager.createDirectory(
                        at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
                    if manager.fileExists(atPath: destination.path) { try manager.removeItem(at: destination) }
                    try manager.copyItem(at: source, to: destination)
                }
            }
        } catch {
            try? manager.removeItem(at: url)
            throw .environment(
                "cannot prepare the themes in \(manager.temporaryDirectory.path): \(error.localizedDescription)")
        }
        return ThemeFolder(url: url)
    }
}

/// The folder a build reads its themes from (see ``BuiltInThemes/folder(overrides:)``).
struct ThemeFolder {
    let url: URL

    func remove() { try? FileManager.default.removeItem(at: url) }
}

public import Foundation

/// Every file of a folder with its bytes, and every sub-folder (as `path/`, no bytes): what
/// the differential tests compare between an incremental build (or `serve`) and a clean one.
public enum FolderSnapshot {
    public static func of(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] {
            var isDirectory: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
                files[isDirectory.boolValue ? path + "/" : path] =
                    isDirectory.boolValue ? Data() : FileManager.default.contents(atPath: url.path)
            }
        }
        return files
    }
}

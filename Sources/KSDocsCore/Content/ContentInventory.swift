import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Every file under Content/, sorted by role. Symbolic links are followed only when
/// they stay inside Content/; one that leads out is an error.
struct ContentInventory {
    /// Markdown pages, relative to Content/.
    var pages: [String] = []
    /// What `stat` said of each page's file while listing (see `CachedPage`).
    var signatures: [String: FileSignature] = [:]
    /// Folders (relative to Content/) holding `_track.yml`.
    var trackConfigs: Set<String> = []
    /// Folders (relative to Content/) holding `_section.yml`.
    var sectionConfigs: Set<String> = []
    /// Every folder below Content/, relative to it.
    var folders: [String] = []
    /// Files copied to the output as they are (images, downloads).
    var assets: [String] = []
    var diagnostics: [Diagnostic] = []
    /// Whether a symbolic link was followed: a change to its target changes another path.
    var followedSymbolicLinks = false

    /// Files with a meaning of their own at the top of Content/.
    static let siteFiles: Set<String> = ["site.yml", "services.yml", "commands.yml"]

    /// Lists `root`. `display` is how `root` is shown in diagnostics (e.g. `Content`).
    static func scan(root: URL, display: String) -> ContentInventory {
        var inventory = ContentInventory()
        let realRoot = root.resolvingSymlinksInPath().standardizedFileURL.path
        var visited: Set<String> = [realRoot]
        inventory.walk(folder: "", url: root, realRoot: realRoot, display: display, visited: &visited)
        inventory.pages.sort()
        inventory.assets.sort()
        inventory.folders.sort()
        return inventory
    }

    private mutating func walk(
        folder: String, url: URL, realRoot: String, display: String, visited: inout Set<String>
    ) {
        let manager = FileManager.default
        guard let (names, undecodable) = Self.list(url.path) else {
            diagnostics.append(.error(Self.join(display, folder), "cannot read this folder; check its permissions"))
            return
        }
        for bytes in undecodable where bytes.first != UInt8(ascii: ".") {
            let shown = Self.join(display, folder.isEmpty ? Self.escaped(bytes) : folder + "/" + Self.escaped(bytes))
            diagnostics.append(
                .error(
                    shown,
                    "file name is not valid UTF-8, so its page, folder or file cannot be published; rename it (e.g. with 'convmv -f latin1 -t utf8')"
                ))
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let relative = folder.isEmpty ? name : folder + "/" + name
            // A path, not `url.appendingPathComponent`: that asks the file system whether the
            // entry is a folder, one more `stat` per file.
            let entryPath = url.path + "/" + name
            let shown = Self.join(display, relative)
            guard var (type, signature) = Self.kind(ofItemAt: entryPath, followingLinks: false) else { continue }
            let entryURL = URL(fileURLWithPath: entryPath, isDirectory: type == .typeDirectory)
            if type == .typeSymbolicLink {
                followedSymbolicLinks = true
                let target = entryURL.resolvingSymlinksInPath().standardizedFileURL.path
                guard target == realRoot || target.hasPrefix(realRoot + "/") else {
                    let destination = (try? manager.destinationOfSymbolicLink(atPath: entryURL.path)) ?? target
                    diagnostics.append(
                        .error(
                            shown,
                            "symbolic link points outside \(display)/ (to '\(destination)'); copy the file into \(display)/ instead"
                        ))
                    continue
                }
                guard let (targetType, targetSignature) = Self.kind(ofItemAt: target, followingLinks: true) else {
                    diagnostics.append(.error(shown, "symbolic link points to a file that does not exist"))
                    continue
                }
                (type, signature) = (targetType, targetSignature)
            }
            if type == .typeDirectory {
                let real = entryURL.resolvingSymlinksInPath().standardizedFileURL.path
                guard visited.insert(real).inserted else { continue }
                folders.append(relative)
                walk(folder: relative, url: entryURL, realRoot: realRoot, display: display, visited: &visited)
            } else if type == .typeRegular {
                classify(relative, name: name, folder: folder)
                if name.hasSuffix(".md") { signatures[relative] = signature }
            }
        }
    }

    /// This listing after the files at `changed` (absolute paths, as a file watcher reports
    /// them) were written, without listing `root` again; nil when a change could add, remove
    /// or re-classify an entry, or change a folder's kind (a `.yml` file), so `root` must be
    /// listed again. Paths outside `root` (the themes folder) are no concern of the listing.
    func updated(afterChangesTo changed: Set<String>, root: URL) -> ContentInventory? {
        guard !followedSymbolicLinks, diagnostics.isEmpty else { return nil }
        let rootPath = root.standardizedFileURL.path
        var updated = self
        for path in changed {
            guard path.hasPrefix(rootPath + "/") else {
                if path == rootPath { return nil }
                continue
            }
            let relative = String(path.dropFirst(rootPath.count + 1))
            guard let (type, signature) = Self.kind(ofItemAt: path, followingLinks: false) else {
                // Gone, and never listed: a temporary file an editor or `sed -i` wrote and renamed.
                let listed =
                    signatures[relative] != nil || Self.sortedContains(assets, relative)
                    || Self.sortedContains(folders, relative) || relative.hasSuffix(".yml")
                if listed { return nil }
                continue
            }
            guard type == .typeRegular else { return nil }
            if relative.hasSuffix(".md") {
                guard signatures[relative] != nil else { return nil }
                updated.signatures[relative] = signature
            } else if relative.hasSuffix(".yml") || relative.hasSuffix(".yaml") {
                guard Self.siteFiles.contains(relative) else { return nil }
            } else if !Self.sortedContains(assets, relative) {
                return nil
            }
        }
        return updated
    }

    /// Whether `sorted`, sorted, holds `value`.
    private static func sortedContains(_ sorted: [String], _ value: String) -> Bool {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if sorted[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < sorted.count && sorted[low] == value
    }

    private mutating func classify(_ relative: String, name: String, folder: String) {
        if name.hasSuffix(".md") {
            pages.append(relative)
        } else if name == "_track.yml" {
            trackConfigs.insert(folder)
        } else if name == "_section.yml" {
            sectionConfigs.insert(folder)
        } else if folder.isEmpty, Self.siteFiles.contains(name) {
            return
        } else {
            assets.append(relative)
        }
    }

    /// The names in a folder as UTF-8 strings, and the raw bytes of names that are not UTF-8
    /// (Foundation would skip or mangle them, so the files would vanish without a word).
    static func list(_ path: String) -> (names: [String], undecodable: [[UInt8]])? {
        guard let directory = opendir(path) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        var undecodable: [[UInt8]] = []
        while let entry = readdir(directory) {
            let bytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if bytes == [46] || bytes == [46, 46] { continue }
            if let name = String(validating: bytes, as: UTF8.self) {
                names.append(name)
            } else {
                undecodable.append(bytes)
            }
        }
        return (names, undecodable)
    }

    /// A file name with the bytes that are not UTF-8 shown as `\xE9`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        outer: while index < bytes.count {
            if bytes[index] < 0x80 {
                text += String(UnicodeScalar(bytes[index]))
                index += 1
                continue
            }
            for length in 2...4 where index + length <= bytes.count {
                if let scalar = String(validating: bytes[index..<(index + length)], as: UTF8.self),
                    scalar.unicodeScalars.count == 1
                {
                    text += scalar
                    index += length
                    continue outer
                }
            }
            text += "\\x" + String(format: "%02X", bytes[index])
            index += 1
        }
        return text
    }

    /// What the item at `path` is, and its signature, from one `lstat` (or `stat`) call:
    /// Foundation's `attributesOfItem` builds a dictionary of every attribute for each file.
    private static func kind(ofItemAt path: String, followingLinks: Bool) -> (FileAttributeType, FileSignature)? {
        var info = stat()
        guard (followingLinks ? stat(path, &info) : lstat(path, &info)) == 0 else { return nil }
        let type: FileAttributeType
        switch info.st_mode & S_IFMT {
        case S_IFDIR: type = .typeDirectory
        case S_IFREG: type = .typeRegular
        case S_IFLNK: type = .typeSymbolicLink
        default: type = .typeUnknown
        }
        return (type, FileSignature(info))
    }

    static func join(_ display: String, _ relative: String) -> String {
        if relative.isEmpty { return display }
        if display.isEmpty || display == "." { return relative }
        return display.hasSuffix("/") ? display + relative : display + "/" + relative
    }
}

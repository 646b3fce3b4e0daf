/// Paths inside the site, always with `/` separators and no leading `/`.
public enum SitePath {
    /// Resolves `relative` against the folder `base` (both site-relative); nil when it climbs above the root.
    public static func resolve(_ relative: String, inFolder base: String) -> String? {
        // Most links climb a few folders, then name a file below (`../guide/setup.md`): the
        // folders climbed are cut off the base and the rest joined as it is.
        if !base.hasPrefix("/"), !base.hasSuffix("/"), !base.contains("//") {
            var rest = Substring(relative)
            var folder = Substring(base)
            while true {
                if rest.hasPrefix("./") {
                    rest = rest.dropFirst(2)
                } else if rest.hasPrefix("../") {
                    guard !folder.isEmpty else { return nil }
                    folder = folder.utf8.lastIndex(of: UInt8(ascii: "/")).map { folder[..<$0] } ?? ""
                    rest = rest.dropFirst(3)
                } else {
                    break
                }
            }
            if isPlainDescendant(rest) {
                let trimmed = rest.hasSuffix("/") ? rest.dropLast() : rest
                return folder.isEmpty ? String(trimmed) : folder + "/" + trimmed
            }
        }
        var parts = base.split(separator: "/", omittingEmptySubsequences: true)
        for component in relative.split(separator: "/", omittingEmptySubsequences: true) {
            switch component {
            case ".": continue
            case "..":
                if parts.isEmpty { return nil }
                parts.removeLast()
            default: parts.append(component)
            }
        }
        return parts.joined(separator: "/")
    }

    /// Whether `path` is a relative path with no `.`, `..` or empty part (a trailing `/` aside).
    private static func isPlainDescendant(_ path: Substring) -> Bool {
        var previous: UInt8 = UInt8(ascii: "/")
        var partStartsWithDot = false
        for byte in path.utf8 {
            if previous == UInt8(ascii: "/") {
                if byte == UInt8(ascii: "/") { return false }
                partStartsWithDot = byte == UInt8(ascii: ".")
            } else if partStartsWithDot, byte != UInt8(ascii: "."), byte != UInt8(ascii: "/") {
                partStartsWithDot = false  // `.well-known`, `..x`: a name, not `.` or `..`
            }
            if byte == UInt8(ascii: "/"), partStartsWithDot { return false }
            previous = byte
        }
        return !path.isEmpty && !partStartsWithDot
    }

    /// The folder part of a file path (`a/b/c.md` → `a/b`), empty at the root.
    public static func folder(of path: String) -> String {
        // Searched in the UTF-8 bytes: `/` is ASCII, so its index is a character boundary.
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "" }
        return String(path[..<slash])
    }

    /// The URL that leads from the page at URL path `from` (a folder such as `beginner/03-docker/`)
    /// to the site path `to` (`beginner/04-tunnel/`, `images/map.svg`, or `` for the home page).
    public static func relativeURL(from: String, to: String) -> String {
        if let url = plainRelativeURL(from: from, to: to) { return url }
        let fromParts = from.split(separator: "/")
        let toHasTrailingSlash = to.hasSuffix("/") || to.isEmpty
        let toParts = to.split(separator: "/")
        var common = 0
        // Only whole folders can be shared: the last part of a file target is not a folder.
        let toFolderCount = toHasTrailingSlash ? toParts.count : toParts.count - 1
        while common < fromParts.count, common < toFolderCount, fromParts[common] == toParts[common] {
            common += 1
        }
        let downs = toParts[common...]
        var result = String(repeating: "../", count: fromParts.count - common) + downs.joined(separator: "/")
        if downs.isEmpty, result.hasSuffix("/") { result.removeLast() }
        if toHasTrailingSlash, !downs.isEmpty { result += "/" }
        if result.isEmpty { return "./" }
        if downs.isEmpty { result += "/" }
        return result
    }

    /// `relativeURL` for the paths pages have, with no leading `/` and no empty part (nil for
    /// others): compared byte by byte, with no array of parts. A page links to most other pages
    /// of the site, so this runs once for each link, sidebar entry and breadcrumb.
    static func plainRelativeURL(from: String, to: String) -> String? {
        let slash = UInt8(ascii: "/")
        let fromBytes = from.utf8
        let toBytes = to.utf8
        guard fromBytes.first != slash, toBytes.first != slash else { return nil }
        return fromBytes.withContiguousStorageIfAvailable { fromBuffer in
            toBytes.withContiguousStorageIfAvailable { toBuffer -> String? in
                if hasEmptyPart(fromBuffer) || hasEmptyPart(toBuffer) { return nil }
                // Only whole folders can be shared: `to` up to its last `/`.
                let toFolders = (toBuffer.lastIndex(of: slash) ?? -1) + 1
                var index = 0
                var shared = 0
                var sharedEnd = 0
                while index < fromBuffer.count, index < toFolders, fromBuffer[index] == toBuffer[index] {
                    if toBuffer[index] == slash {
                        shared += 1
                        sharedEnd = index + 1
                    }
                    index += 1
                }
                // `from` without its trailing `/` ends where a shared folder of `to` does.
                if index == fromBuffer.count, index < toFolders, toBuffer[index] == slash {
                    shared += 1
                    sharedEnd = index + 1
                }
                let climbs = depth(fromBuffer) - shared
                let rest = String(decoding: UnsafeBufferPointer(rebasing: toBuffer[sharedEnd...]), as: UTF8.self)
                if climbs == 0 { return rest.isEmpty ? "./" : rest }
                return String(repeating: "../", count: climbs) + rest
            } ?? nil
        } ?? nil
    }

    /// Whether a path has an empty part: `//` (a leading `/` is checked by the caller).
    private static func hasEmptyPart(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == UInt8(ascii: "/"), previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// The number of parts of a path with no empty part: its `/`s, plus one when it does not end with `/`.
    private static func depth(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var slashes = 0
        for byte in bytes where byte == UInt8(ascii: "/") { slashes += 1 }
        return bytes.last == UInt8(ascii: "/") || bytes.isEmpty ? slashes : slashes + 1
    }

    /// The `../` prefix that leads from the page at `urlPath` to the site root (`./` at the root).
    public static func rootPrefix(from urlPath: String) -> String {
        let depth = urlPath.split(separator: "/").count
        return depth == 0 ? "./" : String(repeating: "../", count: depth)
    }
}

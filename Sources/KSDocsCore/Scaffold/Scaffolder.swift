public import Foundation

/// `ksdocs new`: writes a new lesson, decision or troubleshooting case with valid front
/// matter and the body sections of its kind, in the right folder. Never overwrites a file.
public struct Scaffolder: Sendable {
    public enum Kind: String, Sendable, CaseIterable {
        case lesson
        case decision
        case `case`
    }

    public var contentRoot: URL
    /// How the content folder is shown in messages (e.g. `Content`).
    public var display: String
    /// The date written into `updated:` and `date:`.
    public var today: Date

    public init(contentRoot: URL, display: String, today: Date = Date()) {
        self.contentRoot = contentRoot
        self.display = display
        self.today = today
    }

    /// Writes the new file and returns its path as shown (the content folder as given, then the file).
    public func create(_ kind: Kind, title: String, track: String? = nil) throws(ScaffoldError) -> String {
        let title = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !title.isEmpty else { throw .emptyTitle }
        let slug = Self.slug(title)
        guard !slug.isEmpty else { throw .noSlug(title) }
        let relative: String
        switch kind {
        case .lesson:
            let folder = try trackFolder(track)
            relative = "\(folder)/\(nextPrefix(in: folder))-\(slug).md"
        case .decision:
            relative = "decisions/\(slug).md"
        case .case:
            relative = "troubleshooting/\(slug).md"
        }
        let url = contentRoot.appendingPathComponent(relative)
        let text = ScaffoldTemplates.text(for: kind, title: title, date: Self.dateString(today))
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw .cannotWrite(join(relative), error.localizedDescription)
        }
        // O_EXCL: fails if the file exists, even when it appeared a moment ago.
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { throw .fileExists(join(relative)) }
            throw .cannotWrite(join(relative), String(cString: strerror(errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        } catch {
            throw .cannotWrite(join(relative), error.localizedDescription)
        }
        return join(relative)
    }

    /// The track's folder: the one named, which must hold `_track.yml`.
    private func trackFolder(_ track: String?) throws(ScaffoldError) -> String {
        let tracks = availableTracks()
        guard let track, !track.isEmpty else { throw .trackRequired(tracks) }
        let name = track.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        guard tracks.contains(name) else { throw .unknownTrack(name, tracks) }
        return name
    }

    /// Folders of the content root holding `_track.yml`.
    func availableTracks() -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: contentRoot.path)) ?? []
        return names.filter {
            FileManager.default.fileExists(atPath: contentRoot.appendingPathComponent("\($0)/_track.yml").path)
        }.sorted()
    }

    /// One more than the largest numeric prefix of the folder's Markdown files, as wide as theirs (at least 2 digits).
    func nextPrefix(in folder: String) -> String {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: contentRoot.appendingPathComponent(folder).path))
            ?? []
        var highest = 0
        var width = 2
        for name in names where name.hasSuffix(".md") {
            let digits = name.prefix { $0.isASCII && $0.isNumber }
            guard let number = Int(digits) else { continue }
            highest = max(highest, number)
            width = max(width, digits.count)
        }
        let number = String(highest + 1)
        return String(repeating: "0", count: max(0, width - number.count)) + number
    }

    /// `Why Cloudflare Tunnel?` → `why-cloudflare-tunnel`.
    static func slug(_ title: String) -> String {
        var result = ""
        for character in title.lowercased().folding(options: .diacriticInsensitive, locale: nil) {
            if character.isLetter || character.isNumber {
                result.append(character)
            } else if !result.isEmpty, result.last != "-" {
                result.append("-")
            }
        }
        while result.hasSuffix("-") { result.removeLast() }
        if result.count > 60 {
            result = String(result.prefix(60))
            if let cut = result.lastIndex(of: "-") { result = String(result[..<cut]) }
        }
        return result
    }

    static func dateString(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone.current
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: date)
    }

    private func join(_ relative: String) -> String {
        ContentInventory.join(display, relative)
    }
}

/// Why `ksdocs new` wrote nothing. All are usage errors (exit 1).
public enum ScaffoldError: Error, Sendable, CustomStringConvertible {
    case emptyTitle
    case noSlug(String)
    case trackRequired([String])
    case unknownTrack(String, [String])
    case fileExists(String)
    case cannotWrite(String, String)

    public var description: String {
        switch self {
        case .emptyTitle:
            return "the title is empty; pass it in quotes, e.g. ksdocs new decision \"Why Forgejo?\""
        case .noSlug(let title):
            return "cannot make a file name from \"\(title)\"; use a title with letters or digits"
        case .trackRequired(let tracks):
            return "a lesson needs --track NAME (\(Self.list(tracks)))"
        case .unknownTrack(let name, let tracks):
            return "no track '\(name)': a track is a folder with _track.yml (\(Self.list(tracks)))"
        case .fileExists(let path):
            return "\(path) already exists; nothing was written (choose another title or edit that file)"
        case .cannotWrite(let path, let reason):
            return "cannot write \(path): \(reason)"
        }
    }

    private static func list(_ tracks: [String]) -> String {
        tracks.isEmpty ? "there are none yet" : "tracks: " + tracks.joined(separator: ", ")
    }
}

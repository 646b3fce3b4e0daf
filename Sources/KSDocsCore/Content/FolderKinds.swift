import Foundation

/// Which folders hold decisions or troubleshooting cases (DESIGN 2).
///
/// A folder is of that kind when its `_section.yml` says `kind: decisions` or `kind: cases`.
/// A folder merely *named* `decisions/` or `troubleshooting/` (at the top) without that key
/// holds that kind only in the pages that use the kind's front matter (`decision:`,
/// `status:`, `options:`, `supersedes:`; `symptom:`, `cause:`, `severity:`, `hosts:`); its other pages are plain pages, so a docs folder of another tool that
/// happens to use the name gets no empty Decision or Symptom boxes. `kind: pages` makes
/// every page of a folder plain.
struct FolderKinds {
    static let names = ["decisions", "cases", "pages"]

    /// Folder → the `kind:` of its `_section.yml`.
    private var declared: [String: String] = [:]
    private let contentRoot: URL

    init(contentRoot: URL, sectionFolders: Set<String>) {
        self.contentRoot = contentRoot
        for folder in sectionFolders {
            let path = contentRoot.appendingPathComponent(folder.isEmpty ? "_section.yml" : folder + "/_section.yml")
            guard let data = FileManager.default.contents(atPath: path.path),
                case .success(let text) = TextDecoding.decode(Array(data))
            else { continue }
            var fields = YAMLFields(yaml: text, file: "", lineOffset: 0, context: "_section.yml")
            if let kind = fields.string("kind"), Self.names.contains(kind.value) { declared[folder] = kind.value }
        }
    }

    /// The kind of a page in `folder` (nil: not decided by its folder).
    func kind(ofPageAt source: String, folder: String) -> PageKind? {
        switch declared[folder] {
        case "decisions": return .decision
        case "cases": return .troubleshootingCase
        case "pages": return .page
        default: break
        }
        let keys: [String]
        let kind: PageKind
        switch folder {
        case SiteLoader.decisionsFolder: (keys, kind) = (["decision", "status", "options", "supersedes"], .decision)
        case SiteLoader.troubleshootingFolder:
            (keys, kind) = (["symptom", "cause", "severity", "hosts"], .troubleshootingCase)
        default: return nil
        }
        return Self.frontMatter(of: source, in: contentRoot, hasAnyOf: keys) ? kind : .page
    }

    /// Whether the front matter of the file at `source` has a top-level line `key:` for one of `keys`.
    static func frontMatter(of source: String, in root: URL, hasAnyOf keys: [String]) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: root.appendingPathComponent(source).path) else { return false }
        defer { try? handle.close() }
        let head = String(decoding: handle.readData(ofLength: 16_384), as: UTF8.self)
        // Line by line, stopping at the front matter's end (most of the head is the page's text).
        var rest = head[...]
        var number = 0
        while !rest.isEmpty {
            let end = rest.firstIndex(of: "\n") ?? rest.endIndex
            let line = rest[..<end]
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[end...]
            let isFence = line.trimmingCharacters(in: .whitespaces) == "---"
            if number == 0, !isFence { return false }
            if number > 0, isFence { return false }
            if number > 0, keys.contains(where: { line.hasPrefix($0 + ":") }) { return true }
            number += 1
        }
        return false
    }
}

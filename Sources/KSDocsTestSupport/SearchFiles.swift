public import Foundation

/// The search files of a built site read back as `js/search.js` sees them: the root
/// script's object, and the parts' `pages` and `shards` laid end to end.
public struct SearchFiles {
    /// The root object (`v`, `stop`, `count`, `parts`).
    public var root: [String: Any]
    /// Every page object, in page-number order.
    public var pages: [[String: Any]]
    /// Every shard of the token table, in order.
    public var shards: [[String: Any]]
    /// The part files' site paths, as the root lists them.
    public var partPaths: [String]

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads `search-index.js` and its parts from the site in `output`.
    public init(output: URL) throws {
        let root = try String(contentsOf: output.appendingPathComponent("search-index.js"), encoding: .utf8)
        let paths = (try Self.object(root, prefix: Self.rootPrefix)["parts"] as? [[String: Any]] ?? []).compactMap {
            $0["f"] as? String
        }
        let parts = try paths.map { try String(contentsOf: output.appendingPathComponent($0), encoding: .utf8) }
        try self.init(root: root, parts: parts)
    }

    /// Reads the texts of a root script and its part scripts.
    public init(root rootText: String, parts: [String]) throws {
        root = try Self.object(rootText, prefix: Self.rootPrefix)
        guard let listed = root["parts"] as? [[String: Any]], listed.count == parts.count else {
            throw Malformed(description: "the root lists other parts than \(parts.count)")
        }
        partPaths = listed.compactMap { $0["f"] as? String }
        pages = []
        shards = []
        for (number, text) in parts.enumerated() {
            let part = try Self.object(text, prefix: Self.partPrefix(number))
            pages += part["pages"] as? [[String: Any]] ?? []
            shards += part["shards"] as? [[String: Any]] ?? []
        }
    }

    static let rootPrefix = "window.ksdocsSearchIndex="

    /// What part `number` starts with.
    public static func partPrefix(_ number: Int) -> String {
        "(window.ksdocsSearchParts=window.ksdocsSearchParts||{})[\(number)]="
    }

    /// The JSON object a script assigns after `prefix`.
    public static func object(_ text: String, prefix: String) throws -> [String: Any] {
        guard text.hasPrefix(prefix), text.hasSuffix(";\n") else {
            throw Malformed(description: "the script does not start with \(prefix) or end with ;")
        }
        let json = text.dropFirst(prefix.count).dropLast(2)
        guard let object = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any] else {
            throw Malformed(description: "the script holds no object")
        }
        return object
    }

    /// Each page's tokens, from the postings of every shard.
    public var tokens: [Set<String>] {
        var tokens = [Set<String>](repeating: [], count: pages.count)
        for shard in shards {
            guard let base = shard["b"] as? Int, let table = shard["t"] as? [String: [Int]] else { continue }
            for (token, numbers) in table {
                var page = base
                for number in numbers {
                    page += number >> 4
                    if tokens.indices.contains(page) { tokens[page].insert(token) }
                }
            }
        }
        return tokens
    }

    /// Each part file's size, modification time and inode, by path: what changes when it is written again.
    public static func signatures(in output: URL) throws -> [String: String] {
        var signatures: [String: String] = [:]
        for path in try SearchFiles(output: output).partPaths {
            let attributes = try FileManager.default.attributesOfItem(atPath: output.appendingPathComponent(path).path)
            let time = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            signatures[path] = "\(attributes[.size] ?? "-") \(time) \(attributes[.systemFileNumber] ?? "-")"
        }
        return signatures
    }
}

extension FixtureSite {
    /// 6 folders of 20 notes (19 in `f04`), one with a flashcard and one (`f05/n19.md`) with ten:
    /// with the folders and the interview page, 138 search entries, a little over one part's
    /// worth (128, just one part, without the ten).
    public static let notes: [String: String] = {
        var files = ["site.yml": "title: Parts\n", "index.md": "---\ntitle: Home\n---\nWelcome.\n"]
        for folder in 0..<6 {
            for note in 0..<(folder == 4 ? 19 : 20) {
                files[String(format: "f%02d/n%02d.md", folder, note)] =
                    "---\ntitle: Note \(folder) \(note)\n---\n## Part \(note)\n\nWidgets \(folder * 20 + note) and `8080:80`.\n"
            }
        }
        files["f00/n00.md"]! += "\n> [!INTERVIEW]\n> Why widgets?\n>\n> They fit.\n"
        files["f05/n19.md"] = cards(10)
        return files
    }()

    /// A note with `count` flashcards.
    public static func cards(_ count: Int) -> String {
        "---\ntitle: Cards\n---\n"
            + (0..<count).map { "\n> [!INTERVIEW]\n> Question \($0)?\n>\n> Answer \($0).\n" }.joined()
    }
}

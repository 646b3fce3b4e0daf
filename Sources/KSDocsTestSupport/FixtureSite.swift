public import Foundation
public import KSDocsCore

/// A small site written into a fresh temporary folder: `Content/` from a
/// `[path: text]` dictionary and the repository's real `themes/`.
public struct FixtureSite: Sendable {
    public let root: URL

    /// The repository's root, found from this file's path.
    public static let repositoryRoot: URL = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A minimal valid site: site.yml, a home page, one track with two lessons.
    public static let basic: [String: String] = [
        "site.yml": "title: Fixture Docs\nbase_url: https://docs.example.org/\n",
        "index.md": "---\ntitle: Welcome\n---\nStart with the [first lesson](beginner/01-first.md).\n",
        "beginner/_track.yml": "title: Beginner\nsummary: Start here.\naudience: with AI\norder: 1\n",
        "beginner/01-first.md":
            "---\ntitle: First lesson\ntime: 10m\n---\n## Step one\n\nRead [the second](02-second.md#set-up).\n",
        "beginner/02-second.md": "---\ntitle: Second lesson\nprerequisites: [01-first]\n---\n## Set up\n\nText.\n",
    ]

    public init(_ files: [String: String], withTheme: Bool = true) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-fixture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
        if withTheme {
            try FileManager.default.copyItem(
                at: Self.repositoryRoot.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
        }
    }

    public var content: URL { root.appendingPathComponent("Content") }
    public var output: URL { root.appendingPathComponent("Output") }

    public func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    public func write(_ path: String, _ data: Data) throws {
        let url = content.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func remove() { try? FileManager.default.removeItem(at: root) }

    public var options: BuildOptions {
        var options = BuildOptions()
        options.content = content.path
        options.output = output.path
        return options
    }

    /// Builds the site; the report, or the failure.
    public func build(_ change: (inout BuildOptions) -> Void = { _ in }) async -> Result<
        SiteBuilder.Report, BuildFailure
    > {
        var options = options
        change(&options)
        do {
            return .success(try await SiteBuilder(options: options).build())
        } catch {
            return .failure(error)
        }
    }

    /// The diagnostics of a failed build, with the temporary folder replaced by `Content`, as text lines.
    public func errors(of result: Result<SiteBuilder.Report, BuildFailure>) -> [String] {
        guard case .failure(.contentErrors(let diagnostics)) = result else { return [] }
        return diagnostics.map { $0.description.replacingOccurrences(of: content.path, with: "Content") }
    }

    public func read(_ outputPath: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(outputPath), encoding: .utf8)
    }

    public func exists(_ outputPath: String) -> Bool {
        FileManager.default.fileExists(atPath: output.appendingPathComponent(outputPath).path)
    }

    /// Every file under Output/ with its bytes, to compare snapshots of the folder.
    public func outputSnapshot() -> [String: Data] {
        var snapshot: [String: Data] = [:]
        let paths = FileManager.default.enumerator(atPath: output.path)?.allObjects as? [String] ?? []
        for path in paths {
            if let data = FileManager.default.contents(atPath: output.appendingPathComponent(path).path) {
                snapshot[path] = data
            }
        }
        return snapshot
    }
}

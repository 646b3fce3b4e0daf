public import Foundation
public import KSDocsCore

/// A build of an existing content folder (the shipped `Content/`, a foreign fixture) with the
/// built-in themes alone, into a temporary output folder removed afterwards with its cache.
public enum TemporaryBuild {
    /// Builds `content` in `theme` with `today` fixed, after `change` adjusts the options
    /// (tests set internal switches there); returns the output's files (`FolderSnapshot`).
    @discardableResult
    public static func files(
        of content: URL, theme: String, _ change: (inout BuildOptions) -> Void = { _ in }
    ) async throws -> [String: Data] {
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-build-\(UUID().uuidString)")
        defer {
            try? FileManager.default.removeItem(at: output)
            try? FileManager.default.removeItem(
                at: output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).ksdocs-cache"))
        }
        var options = BuildOptions()
        options.content = content.path
        options.output = output.path
        options.theme = theme
        options.themesDirectory = output.path + "-no-themes"  // the built-in themes alone
        options.today = "2026-12-04"
        change(&options)
        _ = try await SiteBuilder(options: options).build()
        return FolderSnapshot.of(output)
    }
}

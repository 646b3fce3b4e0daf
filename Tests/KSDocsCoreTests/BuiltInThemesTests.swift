import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// The themes are compiled into ksdocs; a site's themes/ overrides them file by file.
@Suite struct BuiltInThemesTests {
    @Test func theEmbeddedFilesAreTheThemesFolder() throws {
        let themes = FixtureSite.repositoryRoot.appendingPathComponent("themes")
        for name in ["kitestacks", "paper"] {
            var onDisk: [String: Data] = [:]
            let folder = themes.appendingPathComponent(name)
            for case let path as String in FileManager.default.enumerator(atPath: folder.path)?.allObjects ?? [] {
                var isFolder: ObjCBool = false
                let url = folder.appendingPathComponent(path)
                if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue {
                    onDisk[path] = try Data(contentsOf: url)
                }
            }
            #expect(
                BuiltInThemes.files(of: name) == onDisk,
                "the built-in theme '\(name)' differs from themes/\(name): run Scripts/embed-themes")
        }
        #expect(BuiltInThemes.names == ["kitestacks", "paper"])
    }

    @Test(arguments: ["kitestacks", "paper"])
    func aSiteWithoutAThemesFolderBuilds(_ theme: String) async throws {
        let site = try FixtureSite(FixtureSite.basic, withTheme: false)
        defer { site.remove() }
        let report = try await site.build { $0.theme = theme }.get()
        #expect(report.diagnostics.isEmpty)
        #expect(try site.read("beginner/01-first/index.html").contains("<h1>First lesson</h1>"))
        let css =
            FileManager.default.enumerator(atPath: site.output.appendingPathComponent("assets/css").path)?
            .allObjects as? [String] ?? []
        #expect(css.contains { $0.hasPrefix("base.") })
    }

    @Test func oneOverriddenTemplateReplacesOnlyThatFile() async throws {
        let site = try FixtureSite(FixtureSite.basic, withTheme: false)
        defer { site.remove() }
        let page = site.root.appendingPathComponent("themes/kitestacks/templates/partials/footer.mustache")
        try FileManager.default.createDirectory(at: page.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("<footer>My own footer</footer>\n".utf8).write(to: page)
        _ = try await site.build().get()
        let html = try site.read("beginner/01-first/index.html")
        #expect(html.contains("<footer>My own footer</footer>"))
        #expect(html.contains("<h1>First lesson</h1>"), "the other templates are still the built-in ones")
    }

    @Test func aNewThemeCanExtendABuiltInOne() async throws {
        let site = try FixtureSite(FixtureSite.basic, withTheme: false)
        defer { site.remove() }
        let folder = site.root.appendingPathComponent("themes/mine")
        try FileManager.default.createDirectory(
            at: folder.appendingPathComponent("assets/css"), withIntermediateDirectories: true)
        try Data("extends: paper\nstylesheets: [css/base.css, css/mine.css]\n".utf8).write(
            to: folder.appendingPathComponent("theme.yml"))
        try Data("body { letter-spacing: .01em; }\n".utf8).write(
            to: folder.appendingPathComponent("assets/css/mine.css"))
        let report = try await site.build { $0.theme = "mine" }.get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        #expect(try site.read("index.html").contains("assets/css/mine."))
    }

    @Test func anUnknownThemeListsTheBuiltInOnes() async throws {
        let site = try FixtureSite(FixtureSite.basic, withTheme: false)
        defer { site.remove() }
        guard case .failure(.environment(let message)) = await site.build({ $0.theme = "nope" }) else {
            Issue.record("expected an environment error")
            return
        }
        #expect(message.contains("theme 'nope' not found"))
        #expect(message.contains("available: kitestacks, paper"))
    }

    @Test func exportWritesEveryFileAndNeverOverwrites() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try BuiltInThemes.export("paper", to: folder)
        #expect(Set(first) == Set(BuiltInThemes.files(of: "paper").keys))
        try Data("mine\n".utf8).write(to: folder.appendingPathComponent("theme.yml"))
        #expect(try BuiltInThemes.export("paper", to: folder).isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("theme.yml"), encoding: .utf8) == "mine\n")
    }
}

import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

@testable import KSDocsServer

/// After any sequence of edits in `serve` (which keeps its build cache and search entries
/// in memory between rebuilds), the served site is byte for byte what a clean build of
/// the same content writes.
@Suite(.serialized) struct ServeEqualsCleanBuildTests {
    static let files: [String: String] = {
        var files = FixtureSite.basic
        files["beginner/03-third.md"] = "---\ntitle: Third lesson\n---\n## Wrap up\n\nSee [set up](02-second.md#set-up).\n"
        files["guides/index.md"] = "# Guides\n\nAll guides.\n"
        files["guides/backups.md"] = "---\ntitle: Backups\n---\n## Copies\n\nKeep three.\n"
        return files
    }()

    @Test func theServedSiteEqualsACleanBuildAfterEdits() async throws {
        let server = try await RunningServer(Self.files)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")
        /// Makes a change, waits for the reloads it causes (a change to several files may
        /// take more than one rebuild) to settle, and compares with a clean build.
        func step(_ name: String, _ change: () throws -> Void) async throws {
            let before = stream.received.count
            try change()
            _ = try await stream.next("reload", after: before, timeout: 20)
            var seen = stream.received.count
            repeat {
                seen = stream.received.count
                try await Task.sleep(for: .milliseconds(600))
            } while stream.received.count != seen
            #expect(!stream.received.dropFirst(before).contains { $0.name == "build-error" }, "after \(name)")
            try await expectEqualsCleanBuild(server, after: name)
        }

        try await step("a body edit") {
            try server.site.write(
                "beginner/01-first.md",
                "---\ntitle: First lesson\ntime: 10m\n---\n## Step one\n\nRead [the second](02-second.md#set-up). Edited.\n")
        }
        try await step("a title rename") {
            try server.site.write(
                "beginner/02-second.md", "---\ntitle: Second steps\nprerequisites: [01-first]\n---\n## Set up\n\nText.\n")
        }
        try await step("another body edit after the rename") {
            try server.site.write("guides/backups.md", "---\ntitle: Backups\n---\n## Copies\n\nKeep three, one away.\n")
        }
        // Serve updates its last listing of Content/ for files it is told were written, and lists
        // Content/ again for anything else: both kinds of change must give a clean build's site.
        try await step("a save through a temporary file renamed over the page (sed -i, some editors)") {
            let temporary = server.site.content.appendingPathComponent("guides/sedX1b2c3")
            try "---\ntitle: Backups\n---\n## Copies\n\nKeep three, one off site.\n".write(
                to: temporary, atomically: false, encoding: .utf8)
            let page = server.site.content.appendingPathComponent("guides/backups.md")
            #expect(rename(temporary.path, page.path) == 0)
        }
        try await step("a new page") {
            try server.site.write("guides/restores.md", "---\ntitle: Restores\n---\n## Drill\n\nRestore monthly.\n")
        }
        try await step("a new image beside a page") {
            try server.site.write("guides/diagram.png", Data([0x89, 0x50, 0x4E, 0x47]))
            try server.site.write(
                "guides/restores.md", "---\ntitle: Restores\n---\n## Drill\n\nRestore monthly.\n\n![Diagram](diagram.png)\n")
        }
        try await step("a deletion") {
            try FileManager.default.removeItem(at: server.site.content.appendingPathComponent("guides/backups.md"))
        }
        try await step("a template change") {
            let template = server.site.root.appendingPathComponent("themes/kitestacks/templates/lesson.mustache")
            let text = try String(contentsOf: template, encoding: .utf8)
            try text.replacingOccurrences(of: "<h1>{{title}}</h1>", with: "<h1 class=\"edited\">{{title}}</h1>")
                .write(to: template, atomically: true, encoding: .utf8)
        }
        try await step("a heading others link to, renamed with its links") {
            try server.site.write(
                "beginner/02-second.md", "---\ntitle: Second steps\nprerequisites: [01-first]\n---\n## Setting up\n\nText.\n")
            try server.site.write(
                "beginner/03-third.md", "---\ntitle: Third lesson\n---\n## Wrap up\n\nSee [set up](02-second.md#setting-up).\n")
            try server.site.write(
                "beginner/01-first.md",
                "---\ntitle: First lesson\ntime: 10m\n---\n## Step one\n\nRead [the second](02-second.md#setting-up).\n")
        }
        try await server.stop(keepSite: true)
        defer { server.site.remove() }
        // The cache the session wrote in the background is on disk and reads back: a
        // plain build from it reuses every page.
        var options = server.site.options
        options.output = server.site.root.appendingPathComponent("serve/site").path
        let warm = try await SiteBuilder(options: options).build()
        #expect(warm.parsedFileCount == 0, "every file is taken from the cache serve left")
    }

    @Test func aBodyEditRewritesOneSearchPartFile() async throws {
        let server = try await RunningServer(FixtureSite.notes)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")
        let output = server.site.root.appendingPathComponent("serve/site")
        let before = try SearchFiles.signatures(in: output)
        #expect(before.count == 2)
        let received = stream.received.count
        try server.site.write("f03/n07.md", "---\ntitle: Note 3 7\n---\n## Part 7\n\nWidgets, edited.\n")
        _ = try await stream.next("reload", after: received, timeout: 20)
        let after = try SearchFiles.signatures(in: output)
        let rewritten = before.keys.filter { before[$0] != after[$0] }
        #expect(rewritten == ["search-index/0.js"], "only the part holding the edited page is written again")
        try await expectEqualsCleanBuild(server, after: "a body edit")
        try await server.stop()
    }

    /// The serve output folder against a clean build of the same content, file by file.
    func expectEqualsCleanBuild(_ server: RunningServer, after step: String) async throws {
        let clean = server.site.root.appendingPathComponent("clean-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: clean) }
        var options = server.site.options
        options.output = clean.path
        _ = try await SiteBuilder(options: options).build()
        try? FileManager.default.removeItem(
            at: clean.deletingLastPathComponent().appendingPathComponent(".\(clean.lastPathComponent).ksdocs-cache"))
        let served = FolderSnapshot.of(server.site.root.appendingPathComponent("serve/site"))
        let expected = FolderSnapshot.of(clean)
        #expect(served.keys.sorted() == expected.keys.sorted(), "file lists differ after \(step)")
        for (path, data) in expected where served[path] != data {
            Issue.record("\(path) differs from a clean build after \(step)")
        }
    }

}

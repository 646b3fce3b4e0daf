import Foundation
import KSDocsTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A read-only output folder: exit 2, the old site intact, nothing left beside it.
///
/// Permissions do not stop root, so the build runs as `nobody` (through util-linux's
/// `setpriv`) when the tests run as root, as they do in CI.
@Suite struct ReadOnlyOutputTests {
    /// Runs the ksdocs executable as an unprivileged user; (exit code, stderr).
    func runUnprivileged(_ arguments: [String], in folder: URL) throws -> (Int32, String) {
        let executable = try #require(ServeProcessTests.executable, "build the ksdocs product first (swift build)")
        let process = Process()
        if geteuid() == 0 {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=nobody", "--regid=nogroup", "--clear-groups", executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        process.currentDirectoryURL = folder
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, text)
    }

    func chownTree(_ url: URL, to user: uid_t, _ group: gid_t) {
        chown(url.path, user, group)
        for path in FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? [] {
            chown(url.path + "/" + path, user, group)
        }
    }

    func setWritable(_ url: URL, _ writable: Bool) {
        let folders =
            [url.path]
            + (FileManager.default.enumerator(atPath: url.path)?.allObjects as? [String] ?? [])
            .map { url.path + "/" + $0 }
        for path in folders {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            chmod(path, isFolder.boolValue ? (writable ? 0o755 : 0o555) : (writable ? 0o644 : 0o444))
        }
    }

    @Test(arguments: [false, true])
    func aReadOnlyOutputIsExitTwoAndLeavesNothingBehind(withCache: Bool) async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer {
            setWritable(site.output, true)
            site.remove()
        }
        _ = try await site.build().get()
        if !withCache {  // the whole-folder swap, not the in-place update
            try FileManager.default.removeItem(at: site.root.appendingPathComponent(".Output.ksdocs-cache"))
        }
        try site.write("beginner/02-second.md", "---\ntitle: Second lesson\n---\n## Set up\n\nEdited.\n")
        if geteuid() == 0 { chownTree(site.root, to: 65534, 65534) }
        setWritable(site.output, false)
        let before = site.outputSnapshot()
        let siblingsBefore = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()

        let (code, errors) = try runUnprivileged(
            ["build", "--content", site.content.path, "--output", site.output.path], in: site.root)
        #expect(code == 2, "\(errors)")
        #expect(errors.contains("read-only"), "\(errors)")
        #expect(site.outputSnapshot() == before, "the old site changed")
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(siblings == siblingsBefore, "something was left beside the output: \(siblings)")
    }

    @Test(arguments: [false, true])
    func aReadOnlyFolderInsideTheOutputIsFoundBeforeAnythingChanges(withCache: Bool) async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer {
            setWritable(site.output, true)
            site.remove()
        }
        _ = try await site.build().get()
        if !withCache {
            try FileManager.default.removeItem(at: site.root.appendingPathComponent(".Output.ksdocs-cache"))
        }
        try site.write("index.md", "---\ntitle: Welcome back\n---\nHello.\n")
        if geteuid() == 0 { chownTree(site.root, to: 65534, 65534) }
        setWritable(site.output.appendingPathComponent("beginner"), false)
        let before = site.outputSnapshot()

        let (code, errors) = try runUnprivileged(
            ["build", "--content", site.content.path, "--output", site.output.path], in: site.root)
        #expect(code == 2, "\(errors)")
        #expect(errors.contains("beginner' is read-only"), "\(errors)")
        #expect(site.outputSnapshot() == before, "the old site changed")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path).filter {
            $0.contains(".Output.previous-") || $0.contains(".Output.building-")
        }
        #expect(leftovers.isEmpty)
    }
}

import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// The output folder is the user's disk (DESIGN 1): ksdocs replaces only a folder it made,
/// never the content, a themes folder, the home folder or a system folder, and builds of
/// one output run one at a time.
@Suite struct OutputSafetyTests {
    /// The message of a build that must be refused with exit 2.
    func refusal(_ site: FixtureSite, _ change: (inout BuildOptions) -> Void) async -> String? {
        let result = await site.build(change)
        guard case .failure(let failure) = result, case .environment(let message) = failure else {
            Issue.record("expected an environment error (exit 2), got \(result)")
            return nil
        }
        #expect(failure.exitCode == 2)
        return message
    }

    /// Every file under `folder` with its bytes.
    func snapshot(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        for path in FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [] {
            if let data = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path) {
                files[path] = data
            }
        }
        return files
    }

    @Test func aFolderOfTheUsersFilesIsRefusedUnlessForced() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let mine = site.root.appendingPathComponent("my-notes")
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        try Data("do not lose me\n".utf8).write(to: mine.appendingPathComponent("thesis.txt"))
        let before = snapshot(mine)

        let message = await refusal(site) { $0.output = mine.path }
        #expect(
            message
                == "refusing to use '\(mine.path)' as the output folder: it holds files ksdocs did not write (it has no .ksdocs-output marker); pass --force to replace it with the site, or choose an empty or new folder with --output DIR"
        )
        #expect(snapshot(mine) == before, "the user's files changed")
        // check predicts what build does
        let checked = await refusal(site) {
            $0.output = mine.path
            $0.writeOutput = false
        }
        #expect(checked == message)

        _ = try await site.build {
            $0.output = mine.path
            $0.force = true
        }.get()
        #expect(
            FileManager.default.fileExists(atPath: mine.appendingPathComponent("beginner/01-first/index.html").path))
        // Now it is ksdocs' folder: the next build needs no --force.
        _ = try await site.build { $0.output = mine.path }.get()
    }

    @Test func anEmptyOrNewFolderAndAnEarlierOutputAreAccepted() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let empty = site.root.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        _ = try await site.build { $0.output = empty.path }.get()
        _ = try await site.build { $0.output = site.root.appendingPathComponent("new/deeper/site").path }.get()
        // An output of a ksdocs without the marker still has its build cache beside it.
        _ = try await site.build().get()
        try FileManager.default.removeItem(at: site.output.appendingPathComponent(".ksdocs-output"))
        _ = try await site.build().get()
        #expect(site.exists(".ksdocs-output"))
    }

    @Test func theContentFolderAndFoldersInsideOrAroundItAreAlwaysRefused() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let before = snapshot(site.content)
        let content = site.content.path
        #expect(
            await refusal(
                site,
                {
                    $0.output = content; $0.force = true
                })
                == "refusing to use '\(content)' as the output folder: it is the content folder; pass --output DIR with a folder of its own"
        )
        let inside = content + "/beginner"
        #expect(
            await refusal(
                site,
                {
                    $0.output = inside; $0.force = true
                })
                == "refusing to use '\(inside)' as the output folder: it lies inside the content folder; the next build would copy the site into itself; pass --output DIR with a folder of its own"
        )
        let new = content + "/site"
        #expect(await refusal(site, { $0.output = new })?.contains("lies inside the content folder") == true)
        #expect(
            await refusal(
                site,
                {
                    $0.output = site.root.path; $0.force = true
                })?.contains(
                    "it holds the content folder") == true)
        #expect(snapshot(site.content) == before, "the content changed")
        #expect(!FileManager.default.fileExists(atPath: new))
    }

    @Test func themeFoldersAreAlwaysRefused() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let themes = site.root.appendingPathComponent("themes")
        let before = snapshot(themes)
        #expect(
            await refusal(
                site,
                {
                    $0.output = themes.path; $0.force = true
                })?.contains("it is the themes folder")
                == true)
        #expect(
            await refusal(
                site,
                {
                    $0.output = themes.path + "/kitestacks"; $0.force = true
                })?.contains(
                    "it lies inside the themes folder") == true)
        #expect(snapshot(themes) == before, "the themes changed")
    }

    @Test func homeAndSystemFoldersAreAlwaysRefused() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let home = FileManager.default.homeDirectoryForCurrentUser.path
        // root's home, /root, is also a system folder
        let expected = OutputGuard.systemFolders.contains(home) ? "is a system folder" : "it is your home folder"
        #expect(
            await refusal(
                site,
                {
                    $0.output = home; $0.force = true
                })?.contains(expected) == true)
        for folder in ["/", "/etc", "/usr", "/var/lib", "/tmp"] {
            let message = await refusal(site) {
                $0.output = folder
                $0.force = true
                $0.writeOutput = false  // `check --output /etc` too
            }
            #expect(message?.contains("is a system folder") == true, "\(folder): \(message ?? "")")
        }
    }

    @Test func aFileIsNotAnOutputFolder() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let file = site.root.appendingPathComponent("notes.txt")
        try Data("mine\n".utf8).write(to: file)
        #expect(
            await refusal(
                site,
                {
                    $0.output = file.path; $0.force = true
                })?.contains("it is a file, not a folder")
                == true)
        #expect(try String(contentsOf: file, encoding: .utf8) == "mine\n")
    }

    @Test func concurrentBuildsOfOneOutputRunOneAfterTheOther() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try await site.build().get()
        let clean = site.outputSnapshot()
        let options = site.options
        for round in 1...5 {
            try site.write("beginner/02-second.md", "---\ntitle: Second lesson\n---\n## Set up\n\nRound \(round).\n")
            let results = await withTaskGroup(of: Result<Int, BuildFailure>.self) { group in
                for _ in 0..<3 {
                    group.addTask {
                        do throws(BuildFailure) {
                            return .success(try await SiteBuilder(options: options).build().pageCount)
                        } catch {
                            return .failure(error)
                        }
                    }
                }
                var all: [Result<Int, BuildFailure>] = []
                for await result in group { all.append(result) }
                return all
            }
            for result in results {
                if case .failure(let failure) = result { Issue.record("round \(round): \(failure)") }
            }
            #expect(try site.read("beginner/02-second/index.html").contains("Round \(round)."))
            let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
            #expect(siblings == [".Output.ksdocs-cache", "Content", "Output", "themes"], "round \(round)")
        }
        try site.write("beginner/02-second.md", FixtureSite.basic["beginner/02-second.md"]!)
        _ = try await site.build().get()
        #expect(site.outputSnapshot() == clean)
    }

    @Test func aSecondBuildSaysItIsWaiting() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let lockPath = site.root.appendingPathComponent(".Output.ksdocs-lock").path
        let descriptor = open(lockPath, O_RDWR | O_CREAT, 0o644)
        #expect(flock(descriptor, LOCK_EX) == 0)
        let notices = NoticeLog()
        let options = site.options
        let build = Task {
            try await SiteBuilder(options: options) { notices.append($0) }.build()
        }
        try await Task.sleep(for: .milliseconds(300))
        #expect(!site.exists("index.html"), "the build went ahead while another held the lock")
        #expect(notices.lines == ["another ksdocs build of '\(site.output.path)' is running; waiting for it to finish"])
        unlink(lockPath)
        close(descriptor)
        _ = try await build.value
        #expect(site.exists("index.html"))
        #expect(!FileManager.default.fileExists(atPath: lockPath), "the lock file is removed after the build")
    }

    @Test func aKilledBuildsLeftoversAreCleanedUp() async throws {
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try await site.build().get()
        let clean = site.outputSnapshot()
        // Killed between moving Output/ aside and moving the new site in.
        try FileManager.default.moveItem(at: site.output, to: site.root.appendingPathComponent(".Output.previous-999"))
        try FileManager.default.createDirectory(
            at: site.root.appendingPathComponent(".Output.building-998/beginner"), withIntermediateDirectories: true)
        _ = try await site.build().get()
        #expect(site.outputSnapshot() == clean)
        let siblings = try FileManager.default.contentsOfDirectory(atPath: site.root.path).sorted()
        #expect(siblings == [".Output.ksdocs-cache", "Content", "Output", "themes"])
    }
}

final class NoticeLog: @unchecked Sendable {
    private let lock = NSLock()
    private var storage: [String] = []
    func append(_ line: String) { lock.withLock { storage.append(line) } }
    var lines: [String] { lock.withLock { storage } }
}

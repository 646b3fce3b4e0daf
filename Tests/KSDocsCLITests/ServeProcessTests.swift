import Foundation
import KSDocsTestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// `ksdocs serve` as a user runs it: a real process, stopped with SIGINT (Ctrl-C).
@Suite struct ServeProcessTests {
    /// The `ksdocs` executable built next to the test bundle.
    static var executable: URL? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let url = candidate.appendingPathComponent("ksdocs")
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    @Test func ctrlCStopsCleanlyWithATabOpen() async throws {
        let executable = try #require(Self.executable, "build the ksdocs product first (swift build)")
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--port", "0", "--content", site.content.path]
        process.currentDirectoryURL = site.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }

        let reader = output.fileHandleForReading
        var text = ""
        var port: Int?
        let deadline = Date().addingTimeInterval(30)
        while port == nil, Date() < deadline {
            let data = reader.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
            if let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression) {
                port = Int(text[range].dropFirst("http://127.0.0.1:".count).dropLast())
            }
        }
        let listening = try #require(port, "no 'Serving' line: \(text)")
        #expect(text.range(of: #"^Built \d+ pages in \d+\.\d\d s\n"#, options: .regularExpression) != nil, "\(text)")
        #expect(
            text.contains(
                "Serving \(site.content.path)/ at http://127.0.0.1:\(listening)/ (watching Content, themes (inotify)); press Ctrl-C to stop"
            ))

        // An open tab: an event stream that has received its first event.
        let tab = try Self.openEventStream(port: listening)
        defer { close(tab) }

        kill(process.processIdentifier, SIGINT)
        let stopDeadline = Date().addingTimeInterval(10)
        while process.isRunning, Date() < stopDeadline { try await Task.sleep(for: .milliseconds(50)) }
        #expect(!process.isRunning, "serve did not stop within 10 s of SIGINT")
        #expect(process.terminationStatus == 0)
        text += String(decoding: reader.readDataToEndOfFile(), as: UTF8.self)
        #expect(text.hasSuffix("Stopped.\n"))
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent(
            "ksdocs-serve-\(process.processIdentifier)")
        #expect(!FileManager.default.fileExists(atPath: temporary.path), "the build folder is removed")
        #expect(!FileManager.default.fileExists(atPath: site.output.path), "serve never builds into Output/")
    }

    /// Connects to the event stream and waits for its `hello` event.
    static func openEventStream(port: Int) throws -> Int32 {
        let descriptor = try LoopbackSocket.connect(port: port)
        let request = "GET /__ksdocs/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n"
        _ = request.withCString { send(descriptor, $0, strlen($0), Int32(MSG_NOSIGNAL)) }
        var received = ""
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains("event: hello") {
            let count = recv(descriptor, &buffer, buffer.count, 0)
            guard count > 0 else { throw CocoaError(.fileReadUnknown) }
            received += String(decoding: buffer[0..<count], as: UTF8.self)
        }
        return descriptor
    }
}

/// `serve --host` with an address other than loopback warns before it listens.
@Suite struct ServeNetworkWarningTests {
    @Test func anAddressOtherThanLoopbackWarns() async throws {
        let executable = try #require(ServeProcessTests.executable, "build the ksdocs product first (swift build)")
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["serve", "--host", "0.0.0.0", "--port", "0", "--content", site.content.path]
        process.currentDirectoryURL = site.root
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        defer { if process.isRunning { process.terminate() } }
        var text = ""
        let deadline = Date().addingTimeInterval(30)
        while !text.contains("Serving"), Date() < deadline {
            let data = output.fileHandleForReading.availableData
            if data.isEmpty { break }
            text += String(decoding: data, as: UTF8.self)
        }
        #expect(
            text.contains(
                "serve: warning: listening on 0.0.0.0: the site is reachable from the network, by anyone who can reach this machine; use --host 127.0.0.1 to keep it on this machine"
            ), "\(text)")
        kill(process.processIdentifier, SIGINT)
        process.waitUntilExit()
    }
}

/// The binary alone, as a user installs it: copied into an empty `bin/`, run from an
/// unrelated folder on a folder holding only a few Markdown files.
@Suite struct StandaloneBinaryTests {
    @Test func theBinaryCopiedAloneBuildsAPlainFolderOfMarkdown() throws {
        let executable = try #require(ServeProcessTests.executable, "build the ksdocs product first (swift build)")
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ksdocs-alone-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let bin = root.appendingPathComponent("bin")
        let docs = root.appendingPathComponent("my-docs/docs")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: docs.appendingPathComponent("guide"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: executable, to: bin.appendingPathComponent("ksdocs"))
        try Data("# My docs\n\nRead the [guide](guide/setup.md).\n".utf8).write(
            to: docs.appendingPathComponent("index.md"))
        try Data("# Setup\n\nSteps.\n".utf8).write(to: docs.appendingPathComponent("guide/setup.md"))
        let process = Process()
        process.executableURL = bin.appendingPathComponent("ksdocs")
        process.arguments = ["build", "--content", "my-docs/docs", "--output", "site"]
        process.currentDirectoryURL = root
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.isEmpty, "\(text)")
        let home = try String(contentsOf: root.appendingPathComponent("site/index.html"), encoding: .utf8)
        #expect(home.contains("<title>My docs</title>"))
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("site/guide/setup/index.html").path))
    }
}

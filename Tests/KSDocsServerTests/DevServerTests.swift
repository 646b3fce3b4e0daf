import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

@testable import KSDocsServer

#if canImport(Glibc)
    import Glibc
#endif

/// `ksdocs serve` end to end: a real server on 127.0.0.1 and a real event stream.
@Suite(.serialized) struct DevServerTests {
    @Test func servesPrettyURLsWithTheReloadScriptAddedOnlyInResponses() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let page = try server.get("/beginner/01-first/")
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("<h1>First lesson</h1>"))
        #expect(page.body.contains("<script src=\"/__ksdocs/live-reload.js\" data-generation=\"1\"></script>\n</body>"))
        let onDisk = try String(
            contentsOf: server.site.root.appendingPathComponent("serve/site/beginner/01-first/index.html"),
            encoding: .utf8)
        #expect(!onDisk.contains("__ksdocs"), "the build output never holds the reload script")

        let redirect = try server.get("/beginner/01-first")
        #expect(redirect.status == 301)
        #expect(redirect.headers["location"] == "/beginner/01-first/")

        let missing = try server.get("/beginner/no-such-lesson/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Page not found"))
        #expect(missing.body.contains("/__ksdocs/live-reload.js"))

        let script = try server.get("/__ksdocs/live-reload.js")
        #expect(script.status == 200)
        #expect(script.body.contains("new EventSource(\"/__ksdocs/events\")"))

        let css = try #require(
            FileManager.default.enumerator(atPath: server.site.root.appendingPathComponent("serve/site").path)?
                .allObjects.compactMap { $0 as? String }.first { $0.hasSuffix(".css") })
        let asset = try server.get("/" + css)
        #expect(asset.status == 200)
        #expect(asset.headers["content-type"]?.hasPrefix("text/css") == true)
        #expect(!asset.body.contains("__ksdocs"))

        #expect(try server.get("/../etc/passwd").status == 404)
        try await server.stop()
    }

    @Test func anEditRebuildsAndSendsReloadWithinABoundedTime() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        let hello = try await stream.next("hello")
        #expect(hello.data == "1")
        #expect(stream.headers.lowercased().contains("content-type: text/event-stream"))

        let started = Date()
        try server.site.write(
            "beginner/01-first.md", "---\ntitle: First lesson\ntime: 10m\n---\n## Step one\n\nEdited text.\n")
        let reload = try await stream.next("reload", timeout: 5)
        let latency = Date().timeIntervalSince(started)
        #expect(reload.data == "2")
        #expect(latency < 5)
        #expect(try server.get("/beginner/01-first/").body.contains("Edited text."))
        try await server.stop()
    }

    @Test func aBrokenEditKeepsTheLastGoodSiteAndSendsTheErrors() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")

        try server.site.write("beginner/01-first.md", "---\ntitle: First lesson\ntime: soon\n---\n[x](nope.md)\n")
        let failure = try await stream.next("build-error", timeout: 5)
        let path = server.site.content.path
        #expect(
            failure.data
                == "[\"\(path)/beginner/01-first.md:3:7: error: front matter: 'time' must look like 45m, 1h30m or 90 (minutes), got \\\"soon\\\"\",\"\(path)/beginner/01-first.md:5:1: error: link to missing page 'nope.md'\"]"
        )
        let page = try server.get("/beginner/01-first/")
        #expect(page.status == 200)
        #expect(page.body.contains("Read <a href=\"../02-second/#set-up\">the second</a>"), "the last good page")

        // A tab opened now learns about the error when it connects.
        let late = try EventStreamReader(port: server.port)
        defer { late.close() }
        _ = try await late.next("build-error")

        try server.site.write("beginner/01-first.md", "---\ntitle: First lesson\n---\nFixed.\n")
        _ = try await stream.next("reload", timeout: 5)
        #expect(try server.get("/beginner/01-first/").body.contains("Fixed."))
        try await server.stop()
    }

    @Test func aSiteThatNeverBuiltShowsItsErrorsAndRecovers() async throws {
        var files = FixtureSite.basic
        files["index.md"] = "[broken](missing.md)\n"
        let server = try await RunningServer(files)
        let page = try server.get("/")
        #expect(page.status == 503)
        #expect(page.body.contains("link to missing page 'missing.md'"))
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("build-error")
        try server.site.write("index.md", "---\ntitle: Welcome\n---\nHello.\n")
        _ = try await stream.next("reload", timeout: 5)
        #expect(try server.get("/").status == 200)
        try await server.stop()
    }

    @Test func themeEditsRebuildToo() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")
        let themes = server.site.root.appendingPathComponent("themes")
        let css = try #require(
            FileManager.default.enumerator(atPath: themes.path)?.allObjects.compactMap { $0 as? String }
                .first { $0.hasSuffix(".css") })
        let handle = try FileHandle(forWritingTo: themes.appendingPathComponent(css))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\n/* edited */\n".utf8))
        try handle.close()
        _ = try await stream.next("reload", timeout: 5)
        try await server.stop()
    }

    @Test func pollingWatcherWorksAsTheFallback() async throws {
        let server = try await RunningServer(FixtureSite.basic) { $0.forcePolling = true }
        #expect(
            server.events.contains {
                if case .listening(_, _, let watching) = $0 { watching.hasSuffix("(polling)") } else { false }
            })
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")
        try server.site.write("beginner/02-second.md", "---\ntitle: Second lesson\n---\n## Set up\n\nPolled.\n")
        _ = try await stream.next("reload", timeout: 5)
        try await server.stop()
    }

    @Test func newFoldersAreWatched() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")
        try server.site.write("guides/first.md", "# A guide\n")
        let first = try await stream.next("reload", timeout: 5)
        try await Task.sleep(for: .milliseconds(300))
        let count = stream.received.count
        try server.site.write("guides/first.md", "# A guide\n\nMore.\n")
        let second = try await stream.next("reload", after: count, timeout: 5)
        #expect(second.data != first.data)
        #expect(try server.get("/guides/first/").body.contains("More."))
        try await server.stop()
    }

    @Test func stoppingEndsOpenEventStreams() async throws {
        let server = try await RunningServer(FixtureSite.basic)
        let stream = try EventStreamReader(port: server.port)
        defer { stream.close() }
        _ = try await stream.next("hello")
        try await server.stop()
        try await stream.waitForEnd(timeout: 5)
        #expect(server.events.last.map { if case .stopped = $0 { true } else { false } } == true)
    }

    @Test func aPortInUseIsAClearError() async throws {
        let (listener, port) = try LoopbackSocket.listening()
        defer { close(listener) }
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        var build = BuildOptions()
        build.content = site.content.path
        build.output = site.root.appendingPathComponent("serve").path
        var configuration = DevServerConfiguration(build: build)
        configuration.port = port
        configuration.handleSignals = false
        let server = DevServer(configuration: configuration) { _ in }
        await #expect {
            try await server.run()
        } throws: { error in
            (error as? DevServerError)?.description
                == "port \(port) on 127.0.0.1 is already in use (another ksdocs serve?); stop that server or pass --port N"
        }
    }
}

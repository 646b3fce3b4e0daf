import Foundation
import Hummingbird

/// Serves the dev server's own paths (the event stream and the reload script) and the
/// site's HTML with the reload script added: pretty URLs resolve to `index.html`, a folder
/// without its slash is redirected, a missing page gets the site's `404.html`. Anything
/// else falls through to `FileMiddleware`.
struct SiteMiddleware<Context: RequestContext>: RouterMiddleware {
    let siteFolder: URL
    let hub: ReloadHub

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        let rawPath = request.uri.path
        if rawPath == LiveReloadScript.eventsPath { return eventStream() }
        if rawPath == LiveReloadScript.scriptPath {
            return Self.response(.ok, LiveReloadScript.source, type: "text/javascript; charset=utf-8")
        }
        guard let decoded = rawPath.removingPercentEncoding, !decoded.utf8.contains(0) else {
            return Self.response(.badRequest, "Bad request: the path is not valid\n", type: "text/plain; charset=utf-8")
        }
        guard !decoded.split(separator: "/").contains(where: { $0 == ".." || $0 == "." }) else {
            return notFound()
        }
        // `//beginner` or `/%2fbeginner` name the same file as `/beginner`; the path is kept
        // with single slashes so a redirect never says `//host`-style (another server to a browser).
        let parts = decoded.split(separator: "/")
        let path = parts.isEmpty ? "/" : "/" + parts.joined(separator: "/") + (decoded.hasSuffix("/") ? "/" : "")
        if hub.currentGeneration == 0, let failure = hub.currentFailure {
            return errorPage(failure)
        }
        await waitForSwap()
        let file = siteFolder.appendingPathComponent(String(path.drop { $0 == "/" }))
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: file.path, isDirectory: &isDirectory), isDirectory.boolValue {
            guard path.hasSuffix("/"), path == decoded else {
                var location = path.hasSuffix("/") ? path : path + "/"
                if let query = request.uri.query { location += "?" + query }
                return Response(status: .movedPermanently, headers: [.location: location])
            }
            return html(at: file.appendingPathComponent("index.html"), status: .ok) ?? notFound()
        }
        if path.hasSuffix(".html") {
            return html(at: file, status: .ok) ?? notFound()
        }
        do {
            return try await next(request, context)
        } catch let error as any HTTPResponseError where error.status == .notFound {
            return notFound()
        }
    }

    /// A rebuild swaps the new site in with two renames; a request between them waits a moment.
    private func waitForSwap() async {
        for _ in 0..<25 where !FileManager.default.fileExists(atPath: siteFolder.path) {
            try? await Task.sleep(for: .milliseconds(20))
        }
    }

    /// The event stream of one tab: events as the hub sends them, until the tab or the server goes.
    private func eventStream() -> Response {
        let events = hub.subscribe()
        let body = ResponseBody { writer in
            for await event in events {
                try await writer.write(ByteBuffer(string: event))
            }
            try await writer.finish(nil)
        }
        return Response(
            status: .ok,
            headers: [.contentType: "text/event-stream", .cacheControl: "no-store", .connection: "keep-alive"],
            body: body)
    }

    private func html(at file: URL, status: HTTPResponse.Status) -> Response? {
        // The generation is read first: a page read after a swap then at worst reloads once more.
        let generation = hub.currentGeneration
        guard let data = FileManager.default.contents(atPath: file.path) else { return nil }
        let page = LiveReloadScript.inject(into: String(decoding: data, as: UTF8.self), generation: generation)
        return Self.response(status, page, type: "text/html; charset=utf-8")
    }

    private func notFound() -> Response {
        html(at: siteFolder.appendingPathComponent("404.html"), status: .notFound)
            ?? Self.response(.notFound, "Not found\n", type: "text/plain; charset=utf-8")
    }

    /// Shown before the first good build: the diagnostics, and the reload script to wait for a fix.
    private func errorPage(_ lines: [String]) -> Response {
        let escaped = lines.joined(separator: "\n").replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>ksdocs: build failed</title></head>
            <body><h1>The site does not build yet</h1><p>Fix these problems and save; this page reloads by itself.</p>
            <pre>\(escaped)</pre>
            \(LiveReloadScript.tag(generation: 0))
            </body></html>

            """
        return Self.response(.serviceUnavailable, page, type: "text/html; charset=utf-8")
    }

    private static func response(_ status: HTTPResponse.Status, _ text: String, type: String) -> Response {
        Response(
            status: status, headers: [.contentType: type, .cacheControl: "no-store"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// Serves a built site with Debian's nginx on 127.0.0.1, using the server block from README.md.
@Suite struct NginxServingTests {
    static let nginx = "/usr/sbin/nginx"

    @Test func readmeServerBlockServesPagesAssetsAndThe404Page() async throws {
        try #require(
            FileManager.default.isExecutableFile(atPath: Self.nginx),
            "nginx is not installed: apt-get install -y nginx-light")
        let site = try FixtureSite(FixtureSite.basic)
        defer { site.remove() }
        _ = try await site.build().get()
        let port = try LoopbackSocket.freePort()
        let serverBlock = try Self.readmeServerBlock(root: site.output.path, port: port)
        let server = try NginxProcess(root: site.root.appendingPathComponent("nginx"), serverBlock: serverBlock)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(port)"
        try await server.waitUntilReady(url: base + "/")

        let lesson = try await HTTP.get(base + "/beginner/01-first/")
        #expect(lesson.status == 200)
        #expect(lesson.body.contains("<h1>First lesson</h1>"))

        let redirect = try await HTTP.get(base + "/beginner/01-first")
        #expect(redirect.status == 200, "a URL without its slash is redirected to the folder")

        let cssName = try #require(
            try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("assets/css").path)
                .first)
        let asset = try await HTTP.get(base + "/assets/css/" + cssName)
        #expect(asset.status == 200)
        #expect(asset.headers["cache-control"] == "public, max-age=31536000, immutable")
        #expect(asset.headers["content-type"]?.hasPrefix("text/css") == true)

        let missing = try await HTTP.get(base + "/beginner/no-such-lesson/")
        #expect(missing.status == 404)
        #expect(missing.body.contains("Page not found"))
        #expect(missing.body.contains("<base href=\"/\">"))
        #expect(missing.body.contains("href=\"assets/css/\(cssName)\""))
    }

    /// The ```nginx block of README.md, listening on 127.0.0.1:`port` with `root`.
    static func readmeServerBlock(root: String, port: Int) throws -> String {
        let readme = try String(
            contentsOf: FixtureSite.repositoryRoot.appendingPathComponent("README.md"), encoding: .utf8)
        guard let start = readme.range(of: "```nginx\n"),
            let end = readme.range(of: "\n```", range: start.upperBound..<readme.endIndex)
        else { throw TestFailure("README.md has no ```nginx block") }
        let block = String(readme[start.upperBound..<end.lowerBound])
        var lines: [String] = []
        for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("listen ") {
                lines.append("    listen 127.0.0.1:\(port);")
            } else if trimmed.hasPrefix("root ") {
                lines.append("    root \(root);")
            } else {
                lines.append(String(line))
            }
        }
        return lines.joined(separator: "\n")
    }
}

/// nginx in the foreground with a configuration of its own in a temporary folder.
final class NginxProcess: @unchecked Sendable {
    let process = Process()
    let folder: URL

    init(root folder: URL, serverBlock: String) throws {
        self.folder = folder
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.path
        let configuration = """
            worker_processes 1;
            error_log \(path)/error.log;
            pid \(path)/nginx.pid;
            events { worker_connections 64; }
            http {
                include /etc/nginx/mime.types;
                default_type application/octet-stream;
                access_log off;
                client_body_temp_path \(path)/body;
                proxy_temp_path \(path)/proxy;
                fastcgi_temp_path \(path)/fastcgi;
                uwsgi_temp_path \(path)/uwsgi;
                scgi_temp_path \(path)/scgi;
            \(serverBlock)
            }
            """
        try configuration.write(to: folder.appendingPathComponent("nginx.conf"), atomically: true, encoding: .utf8)
        process.executableURL = URL(fileURLWithPath: NginxServingTests.nginx)
        process.arguments = ["-p", path, "-c", path + "/nginx.conf", "-g", "daemon off;"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func waitUntilReady(url: String) async throws {
        for _ in 0..<100 {
            if !process.isRunning {
                let log = (try? String(contentsOf: folder.appendingPathComponent("error.log"), encoding: .utf8)) ?? ""
                throw TestFailure("nginx exited: \(log)")
            }
            if (try? await HTTP.get(url)) != nil { return }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
        throw TestFailure("nginx did not answer on \(url)")
    }

    func stop() {
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
        }
    }
}

/// A GET over URLSession to loopback, following redirects.
enum HTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func get(_ url: String) async throws -> Response {
        guard let address = URL(string: url) else { throw TestFailure("bad URL \(url)") }
        var request = URLRequest(url: address)
        request.timeoutInterval = 5
        let (data, response) = try await URLSession.shared.data(for: request)
        guard let http = response as? HTTPURLResponse else { throw TestFailure("not an HTTP response") }
        var headers: [String: String] = [:]
        for (key, value) in http.allHeaderFields {
            if let key = key as? String, let value = value as? String { headers[key.lowercased()] = value }
        }
        return Response(status: http.statusCode, headers: headers, body: String(decoding: data, as: UTF8.self))
    }
}

import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// Stylesheets and scripts lose comments, indentation and blank lines in the site, never code or strings.
@Suite struct AssetCompactionTests {
    @Test func cssLosesCommentsButKeepsStrings() {
        let css = "/* Base */\n.a {\n  color: red; /* why */\n\n  content: \"/* not a comment */\";\n}\n"
        #expect(AssetCompaction.css(css) == ".a {\ncolor: red;\ncontent: \"/* not a comment */\";\n}\n")
    }

    @Test func javaScriptLosesWholeLineCommentsOnly() {
        let js = """
            /* The script,
               in two lines. */
            (function () {
              // A note.
              var url = "http://example.org"; // kept: not a whole line
              try { x(); } catch (e) { /* off */ }
              return 1
            })();
            """
        #expect(
            AssetCompaction.javaScript(js) == """
                (function () {
                var url = "http://example.org"; // kept: not a whole line
                try { x(); } catch (e) { /* off */ }
                return 1
                })();

                """)
    }

    @Test(arguments: ["kitestacks", "paper"])
    func aSiteShipsUnder50KBOfCSSAndJavaScript(theme: String) async throws {
        let site = try FixtureSite(FixtureSite.basic, withTheme: false)
        defer { site.remove() }
        _ = try await site.build { $0.theme = theme }.get()
        let assets = site.output.appendingPathComponent("assets")
        var shipped = 0
        for case let path as String in FileManager.default.enumerator(atPath: assets.path)?.allObjects ?? []
        where path.hasSuffix(".css") || path.hasSuffix(".js") {
            shipped += try Data(contentsOf: assets.appendingPathComponent(path)).count
        }
        #expect(shipped > 20_000, "the theme's stylesheets and scripts are there")
        #expect(shipped < 50_000, "\(theme): \(shipped) bytes")
    }
}

import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// What authors of MkDocs and Hugo sites expect beyond blocks and links: one heading when the
/// title is in both places, switchable tabs, keys and abbreviations, date order, aliases,
/// and no study pages a site has nothing for.
@Suite struct ForeignConventionsTests {
    @Test func aFrontMatterTitleAndTheSameFirstHeadingShowOneHeading() async throws {
        let site = try FixtureSite([
            "index.md": "# Notes\n",
            "guide/setup.md": "---\ntitle: Setup\n---\n# Setup\n\nIntro.\n\n# Appendix\n\nMore.\n",
            "guide/other.md": "---\ntitle: Other\n---\nIntro first.\n\n# A later heading\n",
        ])
        defer { site.remove() }
        _ = try await site.build().get()
        let setup = try site.read("guide/setup/index.html")
        #expect(setup.components(separatedBy: "<h1").count - 1 == 2, "the title once, and the later '# Appendix'")
        #expect(setup.contains("Appendix"))
        let other = try site.read("guide/other/index.html")
        #expect(other.contains("A later heading"), "a level-1 heading that is not the first block stays")
    }

    @Test func aSiteWithoutCardsOrCommandsGetsNoInterviewOrCommandPages() async throws {
        let site = try FixtureSite(["index.md": "# Notes\n\nJust prose.\n", "a.md": "# A\n\nMore prose.\n"])
        defer { site.remove() }
        _ = try await site.build().get()
        #expect(!site.exists("interview/index.html"))
        #expect(!site.exists("commands/index.html"))
        let home = try site.read("index.html")
        #expect(!home.contains("Interview prep"))
        #expect(!home.contains("Command reference"))

        let withCommands = try FixtureSite([
            "index.md": "# Notes\n", "a.md": "# A\n\n```sh explain\nls -la\n```\n",
        ])
        defer { withCommands.remove() }
        _ = try await withCommands.build().get()
        #expect(withCommands.exists("commands/index.html"))
        #expect(!withCommands.exists("interview/index.html"))
        #expect(try withCommands.read("index.html").contains("Command reference"))
    }

    @Test func consecutiveTabsFormOneGroupAndStayReadableWithoutScript() async throws {
        let site = try FixtureSite([
            "index.md": "# Notes\n",
            "install.md":
                "# Install\n\n=== \"Debian\"\n\n    Use apt.\n\n=== \"Fedora\"\n\n    Use dnf.\n\nBetween.\n\n=== \"Only\"\n\n    Alone.\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty)
        let page = try site.read("install/index.html")
        #expect(page.components(separatedBy: "class=\"content-tabs\"").count - 1 == 2)
        let first = try #require(page.range(of: "class=\"content-tabs\""))
        let between = try #require(page.range(of: "Between."))
        let group = page[first.lowerBound..<between.lowerBound]
        #expect(group.contains("Use apt.") && group.contains("Use dnf."), "both tabs in the first group")
        #expect(group.contains(">Debian<") && group.contains(">Fedora<"), "each tab keeps its label")
    }

    @Test func keysAndAbbreviationsOutsideCode() async throws {
        let site = try FixtureSite([
            "index.md": "# Notes\n",
            "keys.md": """
            # Keys

            Press ++ctrl+alt+del++ to restart; C++ stays as it is.

            The HTML page links to [HTML docs](html/HTML.md) and `HTML` in code stays.

            ```text
            HTML in a fence
            ```

            *[HTML]: Hyper Text Markup Language

            """,
            "html/HTML.md": "# About HTML\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let page = try site.read("keys/index.html")
        #expect(page.contains("<kbd>Ctrl</kbd>+<kbd>Alt</kbd>+<kbd>Del</kbd>"))
        #expect(page.contains("C++ stays"))
        #expect(page.contains("The <abbr title=\"Hyper Text Markup Language\">HTML</abbr> page"))
        #expect(page.contains("<code>HTML</code>"))
        #expect(page.contains("HTML in a fence"))
        #expect(!page.contains("*[HTML]"))
        #expect(!page.contains("<abbr title=\"Hyper Text Markup Language\">HTML</abbr> in a fence"))
    }

    @Test func hugoDatesOrderNewestFirstAfterWeight() async throws {
        let site = try FixtureSite([
            "index.md": "# Blog\n",
            "posts/old.md": "---\ntitle: Old\ndate: 2023-03-01\n---\nOld.\n",
            "posts/new.md": "---\ntitle: New\ndate: 2024-05-01T10:30:00Z\n---\nNew.\n",
            "posts/pinned.md": "---\ntitle: Pinned\nweight: 1\ndate: 2020-01-01\n---\nPinned.\n",
            "posts/undated.md": "---\ntitle: Undated\n---\nUndated.\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let index = try site.read("posts/index.html")
        let order = ["Pinned", "New", "Old", "Undated"].compactMap { index.range(of: ">\($0)<")?.lowerBound }
        #expect(order.count == 4)
        #expect(order == order.sorted(), "weight first, then newest date, then pages without one")
    }

    @Test func aliasesBecomeRedirectsToThePage() async throws {
        let site = try FixtureSite([
            "index.md": "# Blog\n",
            "posts/post.md":
                "---\ntitle: A post\naliases: [/2019/old-post/, legacy.html, ../../../outside/, /posts/other/]\n---\nText.\n",
            "posts/other.md": "# Other\n",
        ])
        defer { site.remove() }
        let report = try await site.build().get()
        let shown = report.diagnostics.map {
            $0.description.replacingOccurrences(of: site.content.path, with: "Content")
        }
        #expect(
            shown == [
                "Content/posts/post.md:3:41: warning: alias '../../../outside/' leaves the site; write it as a path inside the site such as /old/page/",
                "Content/posts/post.md:3:60: warning: alias '/posts/other/' is already the address of a page or another alias; left out",
            ])
        let redirect = try site.read("2019/old-post/index.html")
        #expect(redirect.contains("<meta http-equiv=\"refresh\" content=\"0; url=../../posts/post/index.html\">"))
        #expect(redirect.contains("<a href=\"../../posts/post/index.html\">A post</a>"))
        let relative = try site.read("posts/legacy.html")
        #expect(relative.contains("url=post/index.html"))
        #expect(try site.read("posts/other/index.html").contains("Other"), "a page is never replaced by an alias")
    }
}

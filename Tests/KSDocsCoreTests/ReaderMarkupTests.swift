import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// The markup the reader features build on (issue 14): the header's "More" menu, progress on
/// the home page, practice mode on the interview page and the collapsible command reference.
/// Their behaviour in a browser is checked by KSDocsBrowserTests.
@Suite struct ReaderMarkupTests {
    func build() async throws -> FixtureSite {
        try await PageKindsTests().build()
    }

    @Test func theHeaderHasAMoreMenuWithTheStudyPagesAsADisclosure() async throws {
        let site = try await build()
        defer { site.remove() }
        let home = try site.read("index.html")
        #expect(
            home.contains(
                """
                <details class="nav-more">
                <summary>More</summary>
                <ul>
                <li><a href="roadmap/">Roadmap</a></li>
                <li><a href="services/">Services</a></li>
                <li><a href="interview/">Interview prep</a></li>
                <li><a href="commands/">Command reference</a></li>
                </ul>
                </details>
                """))
        let service = try site.read("services/forgejo/index.html")
        #expect(service.contains("<li><a href=\"../\" aria-current=\"true\">Services</a></li>"))
    }

    @Test func theHomePageCarriesEachTracksLessonTimesAndAHiddenContinueLink() async throws {
        let site = try await build()
        defer { site.remove() }
        let home = try site.read("index.html")
        #expect(home.contains("<p class=\"continue\" hidden>Continue where you left off: <a href=\"./\"></a></p>"))
        #expect(home.contains("<span class=\"track-left\" data-lessons=\"beginner/01-git.md=10\" hidden></span>"))
        let track = try site.read("beginner/index.html")
        #expect(track.contains("class=\"track-remaining track-left\" data-lessons=\"beginner/01-git.md=10\" hidden>"))
    }

    @Test func theInterviewPageHasAHiddenPracticeBoxAndEveryCardReadableWithoutScript() async throws {
        let site = try await build()
        defer { site.remove() }
        let page = try site.read("interview/index.html")
        #expect(page.contains("<section class=\"practice\" aria-labelledby=\"practice-title\" hidden>"))
        #expect(page.contains("<button type=\"button\" class=\"filter-button practice-good\" hidden>Good</button>"))
        #expect(page.components(separatedBy: "<details>\n<summary>").count > 1, "cards stay open-able without script")
    }

    @Test func theCommandReferenceIsCollapsibleHighlightedAndCopyable() async throws {
        let site = try await build()
        defer { site.remove() }
        let page = try site.read("commands/index.html")
        #expect(page.contains("<details class=\"tool\">\n<summary><h2 id=\"tool-docker\">"))
        #expect(page.contains("<nav class=\"tool-index\" aria-label=\"Tools\">"))
        #expect(page.contains("<dt class=\"explain-command\"><pre><code class=\"language-sh\"><span class=\"hl-"))
        #expect(
            page.contains(
                "<button type=\"button\" class=\"copy-button\" data-copy=\"docker compose up -d\" hidden>Copy</button>")
        )
    }
}

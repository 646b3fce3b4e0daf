import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// What the built search index finds: generated pages, cases by their error text, code,
/// and `:`-separated parts of a token; decisions and cases once each.
@Suite struct SearchCoverageTests {
    static let files: [String: String] = [
        "site.yml": "title: Found\n",
        "index.md": "# Home\n",
        "services.yml": """
        - id: authentik
          name: Authentik
          hosts: [monk, kscloud1]
          sso: oidc
          notes: The identity provider.
        """,
        "beginner/_track.yml": "title: Beginner\n",
        "beginner/01-compose.md": """
        ---
        title: Compose
        ---
        ## Ports

        ```yaml
        ports:
          - "127.0.0.1:8080:80"
        ```

        ```sh explain
        # Start it
        docker compose up -d
        ```
        """,
        "decisions/_section.yml": "title: Decisions\n",
        "decisions/why-docker.md": """
        ---
        title: Why Docker?
        decision: Docker
        status: accepted
        date: 2026-01-15
        ---
        > [!INTERVIEW]
        > One way to run everything.
        """,
        "troubleshooting/_section.yml": "title: Cases\n",
        "troubleshooting/sso.md": """
        ---
        title: Sign-in fails half the time
        symptom: "OAuth callback failed: invalid_grant"
        cause: Each host had its own Authentik database
        severity: high
        ---
        ## Fix

        One shared database.
        """,
    ]

    /// Each page of the built index as (url, kind), and the tokens of each page.
    struct Built {
        var pages: [(url: String, kind: String)]
        var tokens: [Set<String>]

        /// Pages holding every query token (stop words dropped), as the script's AND does for exact tokens.
        func find(_ query: String) -> [String] {
            let terms = SearchTokenizer.tokens(query).filter { !SearchIndex.stopWords.contains($0) }
            return pages.indices.filter { page in terms.allSatisfy { tokens[page].contains($0) } }.map { pages[$0].url }
        }
    }

    func build() async throws -> Built {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let files = try SearchFiles(output: site.output)
        let pages = files.pages.map { (url: $0["u"] as? String ?? "", kind: $0["k"] as? String ?? "") }
        let tokens = files.tokens
        return Built(pages: pages, tokens: tokens)
    }

    @Test func generatedPagesAreIndexedWithTheirKind() async throws {
        let built = try await build()
        let kinds = Dictionary(built.pages.map { ($0.url, $0.kind) }, uniquingKeysWith: { first, _ in first })
        #expect(kinds["services/"] == "services")
        #expect(kinds["services/authentik/"] == "service")
        #expect(kinds["commands/"] == "commands")
        #expect(built.find("Authentik") == ["troubleshooting/sso/", "services/", "services/authentik/"])
        #expect(built.find("docker compose up") == ["beginner/01-compose/", "commands/"])
    }

    @Test func aCaseIsFoundByItsErrorTextAndCause() async throws {
        let built = try await build()
        #expect(built.find("OAuth callback failed") == ["troubleshooting/sso/"])
        #expect(built.find("invalid_grant") == ["troubleshooting/sso/"])
        #expect(built.find("own Authentik database") == ["troubleshooting/sso/"])
    }

    @Test func decisionsAndCasesAreNotRepeatedAsFlashcards() async throws {
        let built = try await build()
        #expect(built.pages.filter { $0.kind == "flashcard" }.isEmpty)
        #expect(built.find("Why Docker") == ["decisions/why-docker/"])
    }

    @Test func codeAndThePartsAfterAColonAreFound() async throws {
        let built = try await build()
        for query in ["127.0.0.1:8080:80", "8080:80", "ports"] {
            #expect(built.find(query) == ["beginner/01-compose/"], "\(query)")
        }
    }

    @Test func suffixesAfterColons() {
        #expect(SearchIndex.withSuffixes("127.0.0.1:8080:80") == ["127.0.0.1:8080:80", "8080:80", "80"])
        #expect(SearchIndex.withSuffixes("https://git.example.org") == ["https://git.example.org", "git.example.org"])
        #expect(SearchIndex.withSuffixes("--net=host") == ["--net=host"])
    }
}

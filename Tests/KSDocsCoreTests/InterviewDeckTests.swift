import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Flashcard fronts are questions or explicit prompts, never repeated on the back;
/// case cards answer with the cause and the Fix section's first paragraph.
@Suite struct InterviewDeckTests {
    static let files: [String: String] = [
        "site.yml": "title: Deck\n",
        "index.md": "# Home\n",
        "beginner/_track.yml": "title: Beginner\n",
        "beginner/01-ports.md": """
        ---
        title: Ports
        ---
        ## Publishing

        > [!INTERVIEW]
        > **Why do you publish ports on 127.0.0.1 only?**
        >
        > Only the tunnel may reach them.

        ## Recap

        > [!INTERVIEW]
        > Explain the tunnel in one sentence.
        >
        > It dials out.

        > [!INTERVIEW]
        > Ports stay closed.
        """,
        "decisions/_section.yml": "title: Decisions\n",
        "decisions/docker.md": """
        ---
        title: Docker
        decision: Docker Compose for every service
        status: accepted
        date: 2026-01-15
        ---
        > [!INTERVIEW]
        > **Why Docker?**
        >
        > One way to run everything.
        """,
        "troubleshooting/_section.yml": "title: Cases\n",
        "troubleshooting/sql.md": """
        ---
        title: SQL error
        symptom: operator does not exist
        cause: pgloader made the wrong column types
        severity: high
        ---
        ## Fix

        Drop what pgloader created and load **the schema Forgejo makes**.

        ```sh explain
        # Look at the column types
        psql -c '\\d repository'
        ```
        """,
    ]

    func notes() async throws -> [[String]] {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let tsv = try site.read("interview/flashcards.tsv")
        return tsv.split(separator: "\n").filter { !$0.hasPrefix("#") }.map {
            $0.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().map(String.init)
        }
    }

    @Test func calloutQuestionsAreFrontsAndLeaveTheBack() async throws {
        let cards = try await notes()
        #expect(
            cards.prefix(3) == [
                [
                    "Why do you publish ports on 127.0.0.1 only?", "<p>Only the tunnel may reach them.</p>",
                    "ksdocs beginner",
                ],
                ["Explain the tunnel in one sentence.", "<p>It dials out.</p>", "ksdocs beginner"],
                [
                    "Explain Ports (Recap) as you would in an interview.", "<p>Ports stay closed.</p>",
                    "ksdocs beginner",
                ],
            ])
    }

    @Test func decisionsAskTheirTitleAndCasesTheirSymptom() async throws {
        let cards = try await notes()
        #expect(
            cards.dropFirst(3) == [
                [
                    "What causes “operator does not exist” and how do you fix it?",
                    "<p><strong>Cause:</strong> pgloader made the wrong column types</p> <p><strong>Fix:</strong> Drop what pgloader created and load <strong>the schema Forgejo makes</strong>.</p>",
                    "ksdocs troubleshooting",
                ],
                [
                    "What was decided about “Docker”, and why?",
                    "<p><strong>Decision:</strong> Docker Compose for every service</p> <p>One way to run everything.</p>",
                    "ksdocs decisions",
                ],
            ])
    }

    @Test func ankiHeadersNameTheNoteTypeAndDeck() async throws {
        let site = try FixtureSite(Self.files)
        defer { site.remove() }
        _ = try await site.build().get()
        let tsv = try site.read("interview/flashcards.tsv")
        #expect(
            tsv.hasPrefix(
                "#separator:tab\n#html:true\n#notetype:Basic\n#deck:Deck interview prep\n#guid column:1\n#tags column:4\n"
            ))
    }

    @Test(arguments: [
        ("Why Docker?", true), ("**Explain** SSO.", true), ("Describe the backup.", true),
        ("Docker and Docker Compose: Ask your assistant", false), ("Failure drills and recovery: Exercises", false),
    ])
    func questionOrPrompt(front: String, expected: Bool) {
        #expect(InterviewDeck.isQuestionOrPrompt(InterviewDeckTests.plain(front)) == expected)
    }

    static func plain(_ text: String) -> String { text.replacingOccurrences(of: "**", with: "") }
}

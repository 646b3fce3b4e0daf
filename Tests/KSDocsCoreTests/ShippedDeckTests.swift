import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// The shipped deck: every flashcard front is a question or an explicit prompt (issue 14).
@Suite struct ShippedDeckTests {
    @Test func everyFrontIsAQuestionOrAPrompt() async throws {
        var loader = SiteLoader(
            contentRoot: FixtureSite.repositoryRoot.appendingPathComponent("Content"), display: "Content")
        let (site, _) = try await loader.load()
        let cards = site.flashcards
        #expect(!cards.isEmpty)
        let bad = cards.filter { !InterviewDeck.isQuestionOrPrompt($0.front) }.map { "\($0.source): \($0.front)" }
        #expect(bad.isEmpty, "fronts that are neither questions nor prompts:\n\(bad.joined(separator: "\n"))")
    }

    @Test func calloutFrontsAreTheAuthorsQuestions() async throws {
        var loader = SiteLoader(
            contentRoot: FixtureSite.repositoryRoot.appendingPathComponent("Content"), display: "Content")
        let (site, _) = try await loader.load()
        // A made-up prompt means the callout does not start with a question (BRIEF convention).
        let generated = site.flashcards.filter { $0.front.hasSuffix(" as you would in an interview.") }
            .map { "\($0.source): \($0.front)" }
        #expect(generated.isEmpty, "callouts without a question:\n\(generated.joined(separator: "\n"))")
    }
}

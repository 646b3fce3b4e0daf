import Foundation
import KSDocsTestSupport
import Testing

@testable import KSDocsCore

/// The template contexts are checked against the built-in templates: building the shipped
/// site and two foreign ones (every page kind) in both themes, every name a template asks
/// for is given by some context (a misspelt `{{titel}}` would render as nothing), and every
/// key a context gives is asked for by some template (a misspelt key in Swift would leave
/// the template's name empty).
@Suite struct CheckedContextTests {
    /// Names the templates ask for that no page of these sites has: a decision that supersedes
    /// another, a certification still to come (days to go).
    static let optional: Set<String> = ["supersedes", "superseded_by", "days_label"]
    /// Keys given for people writing their own templates (the time's parts, a page's tags, a
    /// ToC entry's level, the sidebar's items as values, the roadmap's date, whether a service
    /// shares its data), and `path`, which the header's code reads to mark the current page.
    static let forCustomThemes: Set<String> = [
        "reading", "reading_label", "hands_on", "hands_on_label", "is_authored", "tags", "level", "items",
        "is_track", "today", "is_shared", "path",
    ]

    @Test func everyTemplateNameIsGivenAndEveryGivenKeyIsUsed() async throws {
        let recorder = TemplateKeyRecorder()
        let root = FixtureSite.repositoryRoot
        let contents = [
            root.appendingPathComponent("Content"),
            root.appendingPathComponent("Tests/Fixtures/mkdocs-project/docs"),
            root.appendingPathComponent("Tests/Fixtures/hugo-site/content"),
        ]
        for content in contents {
            for theme in ["kitestacks", "paper"] {
                try await TemporaryBuild.files(of: content, theme: theme) { $0.templateKeyRecorder = recorder }
            }
        }
        let neverGiven = recorder.asked.subtracting(recorder.found).subtracting(Self.optional)
        #expect(neverGiven.isEmpty, "templates ask for names no context gives: \(neverGiven.sorted())")
        let neverAsked = recorder.given.subtracting(recorder.asked).subtracting(Self.forCustomThemes)
        #expect(neverAsked.isEmpty, "contexts give keys no template asks for: \(neverAsked.sorted())")
    }
}

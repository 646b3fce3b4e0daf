import Foundation
import KSDocsMarkdown

/// A flashcard for interview prep (DESIGN 5.7).
public struct Flashcard: Sendable, Equatable {
    /// Stable id derived from where the card comes from (file and callout position,
    /// or the decision/case file), not its text, so Anki updates a card after an edit.
    public var guid: String
    /// The section the card belongs to, e.g. "Beginner" or "Architecture decisions".
    public var topic: String
    /// The question, plain text.
    public var front: String
    /// The answer as HTML; local links and the blocks of the page model are still placeholders
    /// of `source`'s page (`LinkPlaceholders`, `BlockPlaceholders`).
    public var backHTML: String
    /// The page the card comes from.
    public var source: String
    /// The heading id nearest above the card's callout, if any.
    public var anchor: String?
    public var tags: [String]
}

/// Collects every flashcard of the site: `[!INTERVIEW]` callouts, each decision
/// (question → decision and answer) and each troubleshooting case (symptom → cause and fix).
public enum InterviewDeck {
    /// The cards of `site`, their answers taken from each page's model (`SourcePage.markdown`):
    /// HTML with the placeholders of the page's blocks and links, which each backend renders.
    static func build(_ site: Site) -> [Flashcard] {
        var cards: [Flashcard] = []
        for page in pagesInReadingOrder(site) {
            // Most pages have no card: they are passed over before anything is made for one.
            guard page.kind == .decision || page.kind == .troubleshootingCase
                || page.markdown.alerts.contains(where: { $0.type == "INTERVIEW" })
            else { continue }
            let markdown = page.markdown
            let topic = site.section(of: page)?.title ?? "General"
            let topicTag =
                page.folder.isEmpty ? "general" : Slug.make(page.folder.replacingOccurrences(of: "/", with: "-"))
            let tags = ["ksdocs", topicTag]
            let interviews = markdown.alerts.filter { $0.type == "INTERVIEW" }
            // A decision's or case's own card has its front; a callout's question is not repeated.
            let answers = interviews.map { leadingQuestion($0.contentHTML)?.rest ?? $0.contentHTML }.joined()
            switch page.kind {
            case .decision:
                var back = ""
                if let decision = page.metadata.decision {
                    back += "<p><strong>Decision:</strong> \(HTMLEscaping.escape(decision))</p>\n"
                }
                back += answers
                let front =
                    isQuestionOrPrompt(page.title) ? page.title : "What was decided about “\(page.title)”, and why?"
                cards.append(
                    Flashcard(
                        guid: guid("decision:" + page.source), topic: topic, front: front, backHTML: back,
                        source: page.source, anchor: nil, tags: tags))
            case .troubleshootingCase:
                cards.append(caseCard(page, topic: topic, tags: tags, answers: answers))
            default:
                for (position, alert) in interviews.enumerated() {
                    let heading = markdown.headings.last { $0.line < alert.line }
                    let front: String
                    let back: String
                    if let question = leadingQuestion(alert.contentHTML) {
                        (front, back) = (question.front, question.rest)
                    } else {
                        let title = page.title.hasPrefix("The ") ? "t" + page.title.dropFirst() : page.title
                        let subject = interviews.count > 1 ? heading.map { "\(title) (\($0.text))" } : nil
                        (front, back) = ("Explain \(subject ?? title) as you would in an interview.", alert.contentHTML)
                    }
                    cards.append(
                        Flashcard(
                            guid: guid("interview:\(page.source)#\(position + 1)"), topic: topic, front: front,
                            backHTML: back, source: page.source, anchor: heading?.id, tags: tags))
                }
            }
        }
        return cards
    }

    /// A case as "What causes “symptom” and how do you fix it?" → the cause and the first
    /// paragraph of its Fix section (the explained commands when that section starts otherwise).
    static func caseCard(_ page: SourcePage, topic: String, tags: [String], answers: String) -> Flashcard {
        let markdown = page.markdown
        var back = ""
        if let cause = page.metadata.cause {
            back += "<p><strong>Cause:</strong> \(HTMLEscaping.escape(cause))</p>\n"
        }
        if let id = fixHeadingID(markdown), let fix = firstParagraph(after: id, in: markdown.html) {
            back += "<p><strong>Fix:</strong> \(fix)</p>\n"
        } else {
            let fixes = page.commands.filter { $0.explanation != nil }
            if !fixes.isEmpty {
                back += "<p><strong>Fix:</strong></p>\n<ol>\n"
                for fix in fixes {
                    back +=
                        "<li><code>\(HTMLEscaping.escape(fix.command))</code> — \(HTMLEscaping.escape(fix.explanation ?? ""))</li>\n"
                }
                back += "</ol>\n"
            }
        }
        back += answers
        let symptom = (page.metadata.symptom ?? page.title).trimmingCharacters(in: .whitespacesAndNewlines)
        let quoted = symptom.hasSuffix(".") ? String(symptom.dropLast()) : symptom
        return Flashcard(
            guid: guid("case:" + page.source), topic: topic,
            front: "What causes “\(quoted)” and how do you fix it?", backHTML: back, source: page.source,
            anchor: nil, tags: tags)
    }

    /// Pages in navigation order: each top-level folder's pages in order, then top-level pages.
    static func pagesInReadingOrder(_ site: Site) -> [SourcePage] {
        var ordered: [SourcePage] = []
        func visit(_ folder: String) {
            guard let section = site.sections[folder] else { return }
            ordered += section.pages.map { site.pages[$0] }
            for sub in section.subsections { visit(sub) }
        }
        for section in site.topLevelSections { visit(section.folder) }
        ordered += site.sections[""]?.pages.map { site.pages[$0] } ?? []
        return ordered
    }

    static func guid(_ source: String) -> String {
        "ks-" + ContentHash.hex(text: source)
    }
}

extension Site {
    /// Every flashcard of the site, in reading order.
    public var flashcards: [Flashcard] { InterviewDeck.build(self) }
}

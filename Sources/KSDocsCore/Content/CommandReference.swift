import KSDocsCommands

/// Every command of the site's explain blocks, grouped by tool (DESIGN 5.8).
struct CommandReference {
    struct Use {
        var command: String
        var explanation: String?
        /// Sources of the pages using it, in reading order, without repeats.
        var pages: [String]
    }

    struct Group {
        /// The program, e.g. `docker`.
        var tool: String
        var summary: String?
        var uses: [Use]
    }

    var groups: [Group]

    static func build(_ site: Site) -> CommandReference {
        var byTool: [String: [Use]] = [:]
        var positions: [String: (String, Int)] = [:]
        for page in InterviewDeck.pagesInReadingOrder(site)
            + site.pages.filter({ $0.kind == .home || $0.kind == .roadmap })
        {
            for command in page.commands {
                // A loop (`for h in …; do ssh …`) is filed under the first program it runs.
                guard let program = command.simpleCommands.first(where: { $0.program != "for" })?.program,
                    !program.isEmpty
                else { continue }
                let tool = program.split(separator: "/").last.map(String.init) ?? program
                if let (key, index) = positions[command.command] {
                    // Pages come in reading order, so a repeat within one page is always the last entry.
                    if byTool[key, default: []][index].pages.last != page.source {
                        byTool[key]?[index].pages.append(page.source)
                    }
                    if byTool[key]?[index].explanation == nil { byTool[key]?[index].explanation = command.explanation }
                } else {
                    positions[command.command] = (tool, byTool[tool, default: []].count)
                    byTool[tool, default: []].append(
                        Use(command: command.command, explanation: command.explanation, pages: [page.source]))
                }
            }
        }
        let groups = byTool.keys.sorted().map { tool in
            Group(tool: tool, summary: site.glossary.entries[tool]?.summary, uses: byTool[tool] ?? [])
        }
        return CommandReference(groups: groups)
    }
}

extension Site {
    /// Whether the site gets a command reference page (its pages have explained commands).
    var hasCommandReference: Bool { studyPages?.commands ?? !CommandReference.build(self).groups.isEmpty }

    /// Whether the site gets an interview prep page (its pages give flashcards).
    var hasFlashcards: Bool { studyPages?.flashcards ?? !InterviewDeck.build(self).isEmpty }

    /// Notes which study pages the site has, from the flashcards the build made: every
    /// page's header links to them, and working them out per header was slow.
    mutating func noteStudyPages(cards: [Flashcard]) {
        studyPages = nil
        studyPages = StudyPages(flashcards: !cards.isEmpty, commands: hasCommandReference)
    }
}

/// Which generated study pages a site has (see `Site.noteStudyPages()`).
struct StudyPages: Sendable {
    var flashcards: Bool
    var commands: Bool
}

import KSDocsHighlight

/// Template values of the generated pages: the services catalog and service pages,
/// interview prep and the command reference (DESIGN 5.6–5.8).
extension ContextBuilder {
    static let servicesPath = "services/"
    static let interviewPath = "interview/"
    static let commandsPath = "commands/"

    func servicesValues() -> [String: TemplateValue] {
        var values = context.base(
            title: "Services", kind: "services", description: "The services of \(site.configuration.title)")
        values["services"] = .list(site.services.services.map { serviceSummary($0) })
        values["has_services"] = .bool(!site.services.services.isEmpty)
        values["page"] = ["content": "", "has_toc": false]
        return values
    }

    func serviceValues(_ service: Service) -> [String: TemplateValue] {
        var values = context.base(title: service.name, kind: "service", description: service.notes)
        values["service"] = serviceSummary(service)
        let naming = site.pages.filter { page in page.metadata.services.contains { $0.value == service.id } }
        let groups: [(String, [SourcePage])] = [
            ("Lessons", naming.filter { $0.kind == .lesson }),
            ("Decisions", naming.filter { $0.kind == .decision }),
            ("Troubleshooting cases", naming.filter { $0.kind == .troubleshootingCase }),
            ("Other pages", naming.filter { ![.lesson, .decision, .troubleshootingCase].contains($0.kind) }),
        ]
        values["backlinks"] = .list(
            groups.filter { !$0.1.isEmpty }.map { title, pages in
                ["title": .text(title), "pages": .objects(pages.map { context.entry($0) })]
            })
        values["has_backlinks"] = .bool(!naming.isEmpty)
        values["page"] = ["content": "", "has_toc": false]
        return values
    }

    private func serviceSummary(_ service: Service) -> TemplateValue {
        var values: [String: TemplateValue] = [
            "id": .text(service.id), "name": .text(service.name), "page_url": .text(context.url(to: service.urlPath)),
            "hosts": .text(service.hosts.joined(separator: ", ")), "sso": .text(service.sso),
            "data_shared": service.dataShared ? "yes" : "no", "is_shared": .bool(service.dataShared),
        ]
        if let url = service.url { values["url"] = .text(url) }
        if let database = service.database { values["database"] = .text(database) }
        if let notes = service.notes { values["notes"] = .text(notes) }
        return .object(values)
    }

    /// Interview prep: the flashcards grouped by topic; `backs` holds each card's answer with links resolved.
    func interviewValues(_ cards: [Flashcard], backs: [String]) -> [String: TemplateValue] {
        var values = context.base(
            title: "Interview prep", kind: "interview", description: "Flashcards for interview practice")
        var topics: [String] = []
        var cardsByTopic: [String: [[String: TemplateValue]]] = [:]
        for (card, back) in zip(cards, backs) {
            if cardsByTopic[card.topic] == nil { topics.append(card.topic) }
            var entry: [String: TemplateValue] = [
                "front": .text(card.front), "back": .text(back), "guid": .text(card.guid),
            ]
            if let page = site.page(source: card.source) {
                entry["source_title"] = .text(page.title)
                entry["source_url"] = .text(context.url(to: page.urlPath) + (card.anchor.map { "#" + $0 } ?? ""))
            }
            cardsByTopic[card.topic, default: []].append(entry)
        }
        values["topics"] = .list(
            topics.map { topic in
                [
                    "title": .text(topic), "id": .text("topic-" + Slug.make(topic)),
                    "cards": .objects(cardsByTopic[topic] ?? []), "count": .int(cardsByTopic[topic]?.count ?? 0),
                ]
            })
        values["card_count"] = .int(cards.count)
        values["has_cards"] = .bool(!cards.isEmpty)
        values["tsv_url"] = "flashcards.tsv"
        values["page"] = ["content": "", "has_toc": false]
        return values
    }

    func commandsValues(_ reference: CommandReference) -> [String: TemplateValue] {
        var values = context.base(
            title: "Command reference", kind: "commands", description: "Every command used in the lessons")
        values["groups"] = .objects(
            reference.groups.map { group in
                var entry: [String: TemplateValue] = [
                    "tool": .text(group.tool), "id": .text("tool-" + Slug.make(group.tool)),
                    "count": .int(group.uses.count),
                    "uses": .objects(
                        group.uses.map { use in
                            var values: [String: TemplateValue] = [
                                "command": .text(use.command),
                                // Highlighted at build time, like a ```sh block.
                                "command_html": .text(SyntaxHighlighter.html(for: use.command, language: "sh")),
                                "pages": .objects(
                                    Self.markingLast(
                                        use.pages.compactMap { site.page(source: $0) }.map { context.entry($0) })),
                            ]
                            if let explanation = use.explanation { values["explanation"] = .text(explanation) }
                            return values
                        }),
                ]
                if let summary = group.summary { entry["summary"] = .text(summary) }
                return entry
            })
        values["has_groups"] = .bool(!reference.groups.isEmpty)
        values["page"] = ["content": "", "has_toc": false]
        return values
    }

    /// Links to the study pages, for the home page and the header's "More" (which marks the
    /// current one by `path`).
    func studyLinks() -> [[String: TemplateValue]] {
        var links: [[String: TemplateValue]] = []
        if let roadmap = site.pages.first(where: { $0.kind == .roadmap }) {
            links.append([
                "title": .text(roadmap.title), "url": .text(context.url(to: roadmap.urlPath)),
                "path": .text(roadmap.urlPath), "summary": .text(roadmap.metadata.summary ?? ""),
            ])
        }
        if !site.services.services.isEmpty {
            links.append([
                "title": "Services", "url": .text(context.url(to: Self.servicesPath)), "path": .text(Self.servicesPath),
                "summary": .text("The \(site.services.services.count) services, their hosts, sign-in and data."),
            ])
        }
        if site.hasFlashcards {
            links.append([
                "title": "Interview prep", "url": .text(context.url(to: Self.interviewPath)),
                "path": .text(Self.interviewPath),
                "summary": "Flashcards from every decision, case and interview answer.",
            ])
        }
        if site.hasCommandReference {
            links.append([
                "title": "Command reference", "url": .text(context.url(to: Self.commandsPath)),
                "path": .text(Self.commandsPath), "summary": "Every command in the lessons, explained, by tool.",
            ])
        }
        return links
    }
}

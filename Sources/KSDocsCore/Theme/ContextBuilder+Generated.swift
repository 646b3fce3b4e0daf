import KSDocsHighlight

/// Template values of the generated pages: the services catalog and service pages,
/// interview prep and the command reference (DESIGN 5.6–5.8).
extension ContextBuilder {
    static let servicesPath = "services/"
    static let interviewPath = "interview/"
    static let commandsPath = "commands/"

    func servicesValues() -> [String: Any] {
        var values = context.base(
            title: "Services", kind: "services", description: "The services of \(site.configuration.title)")
        values["services"] = site.services.services.map { serviceSummary($0) }
        values["has_services"] = !site.services.services.isEmpty
        values["page"] = ["content": "", "has_toc": false] as [String: Any]
        return values
    }

    func serviceValues(_ service: Service) -> [String: Any] {
        var values = context.base(title: service.name, kind: "service", description: service.notes)
        values["service"] = serviceSummary(service)
        let naming = site.pages.filter { page in page.metadata.services.contains { $0.value == service.id } }
        let groups: [(String, [SourcePage])] = [
            ("Lessons", naming.filter { $0.kind == .lesson }),
            ("Decisions", naming.filter { $0.kind == .decision }),
            ("Troubleshooting cases", naming.filter { $0.kind == .troubleshootingCase }),
            ("Other pages", naming.filter { ![.lesson, .decision, .troubleshootingCase].contains($0.kind) }),
        ]
        values["backlinks"] = groups.filter { !$0.1.isEmpty }.map { title, pages in
            ["title": title, "pages": pages.map { context.entry($0) }] as [String: Any]
        }
        values["has_backlinks"] = !naming.isEmpty
        values["page"] = ["content": "", "has_toc": false] as [String: Any]
        return values
    }

    private func serviceSummary(_ service: Service) -> [String: Any] {
        var values: [String: Any] = [
            "id": service.id, "name": service.name, "page_url": context.url(to: service.urlPath),
            "hosts": service.hosts.joined(separator: ", "), "sso": service.sso,
            "data_shared": service.dataShared ? "yes" : "no", "is_shared": service.dataShared,
        ]
        if let url = service.url { values["url"] = url }
        if let database = service.database { values["database"] = database }
        if let notes = service.notes { values["notes"] = notes }
        return values
    }

    /// Interview prep: the flashcards grouped by topic; `backs` holds each card's answer with links resolved.
    func interviewValues(_ cards: [Flashcard], backs: [String]) -> [String: Any] {
        var values = context.base(
            title: "Interview prep", kind: "interview", description: "Flashcards for interview practice")
        var topics: [String] = []
        var cardsByTopic: [String: [[String: Any]]] = [:]
        for (card, back) in zip(cards, backs) {
            if cardsByTopic[card.topic] == nil { topics.append(card.topic) }
            var entry: [String: Any] = ["front": card.front, "back": back, "guid": card.guid]
            if let page = site.page(source: card.source) {
                entry["source_title"] = page.title
                entry["source_url"] = context.url(to: page.urlPath) + (card.anchor.map { "#" + $0 } ?? "")
            }
            cardsByTopic[card.topic, default: []].append(entry)
        }
        values["topics"] = topics.map { topic in
            [
                "title": topic, "id": "topic-" + Slug.make(topic), "cards": cardsByTopic[topic] ?? [],
                "count": cardsByTopic[topic]?.count ?? 0,
            ] as [String: Any]
        }
        values["card_count"] = cards.count
        values["has_cards"] = !cards.isEmpty
        values["tsv_url"] = "flashcards.tsv"
        values["page"] = ["content": "", "has_toc": false] as [String: Any]
        return values
    }

    func commandsValues(_ reference: CommandReference) -> [String: Any] {
        var values = context.base(
            title: "Command reference", kind: "commands", description: "Every command used in the lessons")
        values["groups"] = reference.groups.map { group in
            var entry: [String: Any] = [
                "tool": group.tool, "id": "tool-" + Slug.make(group.tool), "count": group.uses.count,
                "uses": group.uses.map { use -> [String: Any] in
                    var values: [String: Any] = [
                        "command": use.command,
                        // Highlighted at build time, like a ```sh block.
                        "command_html": SyntaxHighlighter.html(for: use.command, language: "sh"),
                        "pages": Self.markingLast(
                            use.pages.compactMap { site.page(source: $0) }.map { context.entry($0) }),
                    ]
                    if let explanation = use.explanation { values["explanation"] = explanation }
                    return values
                },
            ]
            if let summary = group.summary { entry["summary"] = summary }
            return entry
        }
        values["has_groups"] = !reference.groups.isEmpty
        values["page"] = ["content": "", "has_toc": false] as [String: Any]
        return values
    }

    /// Links to the study pages, for the home page.
    func studyLinks() -> [[String: Any]] {
        var links: [[String: Any]] = []
        if let roadmap = site.pages.first(where: { $0.kind == .roadmap }) {
            links.append([
                "title": roadmap.title, "url": context.url(to: roadmap.urlPath), "path": roadmap.urlPath,
                "summary": roadmap.metadata.summary ?? "",
            ])
        }
        if !site.services.services.isEmpty {
            links.append([
                "title": "Services", "url": context.url(to: Self.servicesPath), "path": Self.servicesPath,
                "summary": "The \(site.services.services.count) services, their hosts, sign-in and data.",
            ])
        }
        if site.hasFlashcards {
            links.append([
                "title": "Interview prep", "url": context.url(to: Self.interviewPath), "path": Self.interviewPath,
                "summary": "Flashcards from every decision, case and interview answer.",
            ])
        }
        if site.hasCommandReference {
            links.append([
                "title": "Command reference", "url": context.url(to: Self.commandsPath), "path": Self.commandsPath,
                "summary": "Every command in the lessons, explained, by tool.",
            ])
        }
        return links
    }
}

import KSDocsCore
import KSDocsMarkdown

/// The generated pages of the BookStack book: services catalog and interview prep, in
/// BookStack's own HTML (tables, `<details>` blocks), with nothing of the site's theme.
enum GeneratedPages {
    /// The `ksdocs-source` of the services page, which other pages link to.
    static let servicesSource = "generated:services"
    static let interviewSource = "generated:interview"

    /// The id of a service's row in the services table (the publisher makes it `bkmrk-service-x`).
    static func rowID(of service: Service) -> String {
        "service-" + Slug.make(service.id)
    }

    static func services(_ site: Site) -> String {
        var html =
            "<table>\n<thead><tr><th>Service</th><th>Hosts</th><th>Sign-in</th><th>Database</th><th>Data shared</th><th>Notes</th></tr></thead>\n<tbody>\n"
        for service in site.services.services {
            let name =
                service.url.map { "<a href=\"\(HTMLEscaping.escape($0))\">\(HTMLEscaping.escape(service.name))</a>" }
                ?? HTMLEscaping.escape(service.name)
            let cells = [
                name, HTMLEscaping.escape(service.hosts.joined(separator: ", ")), HTMLEscaping.escape(service.sso),
                HTMLEscaping.escape(service.database ?? ""), service.dataShared ? "yes" : "no",
                HTMLEscaping.escape(service.notes ?? ""),
            ]
            html += "<tr id=\"\(rowID(of: service))\">" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Every flashcard under its topic's heading as a `<details>` block: the question as its
    /// summary, the answer (its blocks rendered by `renderer` for BookStack) and a link to the
    /// page the card comes from.
    static func interview(_ site: Site, renderer: BookStackPageRenderer) -> String {
        let cards = site.flashcards
        guard !cards.isEmpty else { return "" }
        var html =
            "<p>\(cards.count) flashcards from the decisions, the troubleshooting cases and every interview answer in the lessons. Open a card to see the answer.</p>\n"
        var topic: String?
        for card in cards {
            if card.topic != topic {
                topic = card.topic
                html += "<h2>\(HTMLEscaping.escape(card.topic))</h2>\n"
            }
            html += "<details>\n<summary>\(HTMLEscaping.escape(card.front))</summary>\n"
            if let page = site.page(source: card.source) {
                html += renderer.resolvePlaceholders(in: card.backHTML, of: page)
                let target = card.source + (card.anchor.map { "#" + $0 } ?? "")
                html +=
                    "<p>From <a href=\"\(HTMLEscaping.escape("ksdocs-page:" + target))\">\(HTMLEscaping.escape(page.title))</a></p>\n"
            }
            html += "</details>\n"
        }
        return html
    }
}

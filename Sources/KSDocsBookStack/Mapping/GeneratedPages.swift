import KSDocsCore
import KSDocsMarkdown

/// The generated pages of the BookStack book: services catalog and interview prep.
enum GeneratedPages {
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
            html += "<tr>" + cells.map { "<td>\($0)</td>" }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>\n"
    }

    /// Every flashcard as a question heading and its answer; links point at the source pages.
    static func interview(_ site: Site, renderer: BookStackPageRenderer) -> String {
        var html = ""
        var topic = ""
        for card in site.flashcards {
            if card.topic != topic {
                topic = card.topic
                html += "<h2>\(HTMLEscaping.escape(topic))</h2>\n"
            }
            html += "<h3>\(HTMLEscaping.escape(card.front))</h3>\n"
            if let page = site.page(source: card.source) {
                html += renderer.resolvePlaceholders(in: card.backHTML, of: page)
            }
            html += "<p><a href=\"ksdocs-page:\(HTMLEscaping.escape(card.source))\">Source page</a></p>\n"
        }
        return html
    }
}

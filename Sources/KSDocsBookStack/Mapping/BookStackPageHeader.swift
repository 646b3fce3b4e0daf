import KSDocsCore
import KSDocsMarkdown

/// What a web page shows around its Markdown, from the page's front matter, in HTML
/// that BookStack's editor keeps: a lesson's time, prerequisites and objectives; a
/// decision's status, date and decision; a case's summary. Links to other pages are
/// `ksdocs-page:` links, which the publisher points at BookStack's own page addresses.
struct BookStackPageHeader {
    let site: Site

    /// The HTML before the page's Markdown (empty for kinds that show nothing there);
    /// `headings` are the Markdown's own headings.
    func top(of page: SourcePage, headings: [MarkdownHeading] = []) -> String {
        switch page.kind {
        case .lesson: return lesson(page)
        case .decision: return decision(page, headings: headings)
        case .troubleshootingCase: return troubleshootingCase(page)
        default: return ""
        }
    }

    /// The HTML after the page's Markdown: a decision's services, as on the web page.
    func bottom(of page: SourcePage) -> String {
        guard page.kind == .decision else { return "" }
        let links = serviceLinks(page)
        return links.isEmpty ? "" : "<p><strong>Services:</strong> \(links)</p>\n"
    }

    /// Time estimate (the web page's label), prerequisites as links, objectives.
    func lesson(_ page: SourcePage) -> String {
        var html = "<p><strong>Time:</strong> \(escape(page.time.label))</p>\n"
        let prerequisites = (site.prerequisites[page.source] ?? []).compactMap { site.page(source: $0) }
        if !prerequisites.isEmpty {
            html += "<h4>Before you start</h4>\n<ul>\n"
            for prerequisite in prerequisites {
                html += "<li>\(link(to: prerequisite.source, prerequisite.title))</li>\n"
            }
            html += "</ul>\n"
        }
        if !page.metadata.objectives.isEmpty {
            html += "<h4>You will learn</h4>\n<ul>\n"
            for objective in page.metadata.objectives { html += "<li>\(escape(objective))</li>\n" }
            html += "</ul>\n"
        }
        return html
    }

    /// Status and date, the decision, what it supersedes or is superseded by, and the options
    /// of the front matter unless the Markdown has an "Options ..." section of its own.
    func decision(_ page: SourcePage, headings: [MarkdownHeading] = []) -> String {
        let status = page.metadata.status?.value ?? "accepted"
        var summary = "<strong>Status:</strong> \(escape(status))"
        if let date = page.metadata.date?.value ?? page.metadata.updated { summary += " · \(escape(date))" }
        if let decision = page.metadata.decision { summary += "<br><strong>Decision:</strong> \(escape(decision))" }
        var html = "<p class=\"callout \(Self.calloutClass(status: status))\">\(summary)</p>\n"
        if let newer = site.pages.first(where: { other in
            other.kind == .decision
                && other.metadata.supersedes.flatMap { site.decision(named: $0.value, from: other)?.source }
                    == page.source
        }) {
            html += "<p class=\"callout warning\">Superseded by \(link(to: newer.source, newer.title)).</p>\n"
        }
        if let supersedes = page.metadata.supersedes, let older = site.decision(named: supersedes.value, from: page) {
            html += "<p>Supersedes \(link(to: older.source, older.title)).</p>\n"
        }
        let hasOptionsSection = headings.contains { $0.text.lowercased().hasPrefix("options") }
        if !page.metadata.options.isEmpty, !hasOptionsSection {
            html += "<h4>Options considered</h4>\n<ul>\n"
            for option in page.metadata.options { html += "<li>\(escape(option))</li>\n" }
            html += "</ul>\n"
        }
        return html
    }

    /// Symptom, cause, severity, hosts and services in one callout coloured by severity.
    func troubleshootingCase(_ page: SourcePage) -> String {
        var lines: [String] = []
        if let symptom = page.metadata.symptom { lines.append("<strong>Symptom:</strong> \(escape(symptom))") }
        if let cause = page.metadata.cause { lines.append("<strong>Cause:</strong> \(escape(cause))") }
        let severity = page.metadata.severity?.value ?? ""
        if !severity.isEmpty { lines.append("<strong>Severity:</strong> \(escape(severity))") }
        let hosts = page.metadata.hosts.map(\.value)
        if !hosts.isEmpty { lines.append("<strong>Hosts:</strong> \(escape(hosts.joined(separator: ", ")))") }
        let services = serviceLinks(page)
        if !services.isEmpty { lines.append("<strong>Services:</strong> \(services)") }
        guard !lines.isEmpty else { return "" }
        return "<p class=\"callout \(Self.calloutClass(severity: severity))\">\(lines.joined(separator: "<br>"))</p>\n"
    }

    /// The services the page names, each linked to its row of the generated Services page.
    func serviceLinks(_ page: SourcePage) -> String {
        page.metadata.services.compactMap { site.services.service(id: $0.value) }.map { service in
            link(to: GeneratedPages.servicesSource + "#" + GeneratedPages.rowID(of: service), service.name)
        }.joined(separator: ", ")
    }

    /// BookStack's callout colour for a decision's status.
    static func calloutClass(status: String) -> String {
        switch status.lowercased() {
        case "accepted": return "success"
        case "superseded", "deprecated": return "warning"
        case "rejected": return "danger"
        default: return "info"
        }
    }

    /// BookStack's callout colour for a case's severity.
    static func calloutClass(severity: String) -> String {
        switch severity.lowercased() {
        case "critical", "high": return "danger"
        case "medium": return "warning"
        default: return "info"
        }
    }

    private func link(to target: String, _ text: String) -> String {
        "<a href=\"\(escape("ksdocs-page:" + target))\">\(escape(text))</a>"
    }

    private func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}

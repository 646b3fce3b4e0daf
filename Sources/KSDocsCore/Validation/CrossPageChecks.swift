/// Checks that span pages: service ids, decision and case values, the roadmap's
/// lessons and objectives (DESIGN 5.3–5.6).
struct CrossPageChecks {
    let site: Site
    var diagnostics: [Diagnostic] = []

    static let decisionStatuses = ["proposed", "accepted", "superseded"]
    static let severities = ["low", "medium", "high", "critical"]

    init(site: Site) {
        self.site = site
    }

    mutating func validate() {
        let serviceIDs = site.services.services.map(\.id)
        let hosts = site.services.hosts
        let objectiveKeys = Set(
            site.certifications.flatMap { certification in
                certification.objectives.map(certification.objectiveKey)
            })
        for page in site.pages {
            for service in page.metadata.services where !serviceIDs.contains(service.value) {
                error(
                    page, service,
                    "front matter: unknown service '\(service.value)'; services.yml defines \(serviceIDs.isEmpty ? "none" : serviceIDs.joined(separator: ", "))\(Suggestion.didYouMean(service.value, in: serviceIDs))"
                )
            }
            for objective in page.metadata.examObjectives where !objectiveKeys.contains(objective.value) {
                error(
                    page, objective,
                    "front matter: exam objective '\(objective.value)' is not defined in roadmap.md's certifications\(Suggestion.didYouMean(objective.value, in: objectiveKeys.sorted()))"
                )
            }
            switch page.kind {
            case .decision: validateDecision(page)
            case .troubleshootingCase: validateCase(page, hosts: hosts)
            case .roadmap: validateRoadmap(page)
            default: break
            }
        }
    }

    private mutating func validateDecision(_ page: SourcePage) {
        if let status = page.metadata.status, !Self.decisionStatuses.contains(status.value) {
            error(
                page, status,
                "front matter: 'status' must be one of \(Self.decisionStatuses.joined(separator: ", ")), got \"\(status.value)\""
            )
        }
        if let supersedes = page.metadata.supersedes, site.decision(named: supersedes.value, from: page) == nil {
            error(
                page, supersedes, "front matter: 'supersedes' names '\(supersedes.value)', which is not a decision page"
            )
        }
        if !page.markdown.alerts.contains(where: { $0.type == "INTERVIEW" }) {
            diagnostics.append(
                .warning(
                    page.displayPath, line: 1, column: 1,
                    "decision has no '> [!INTERVIEW]' callout; add what you would say about it in an interview"))
        }
    }

    private mutating func validateCase(_ page: SourcePage, hosts: [String]) {
        if let severity = page.metadata.severity, !Self.severities.contains(severity.value) {
            error(
                page, severity,
                "front matter: 'severity' must be one of \(Self.severities.joined(separator: ", ")), got \"\(severity.value)\""
            )
        }
        if !hosts.isEmpty {
            for host in page.metadata.hosts where !hosts.contains(host.value) {
                error(
                    page, host,
                    "front matter: unknown host '\(host.value)'; services.yml names \(hosts.joined(separator: ", "))")
            }
        }
    }

    private mutating func validateRoadmap(_ page: SourcePage) {
        for certification in page.metadata.certifications {
            for lesson in certification.prepares where site.lesson(named: lesson.value) == nil {
                error(
                    page, lesson,
                    "front matter: '\(certification.name)' prepares '\(lesson.value)', which is not a lesson\(Suggestion.didYouMean(lesson.value, in: site.pages.filter { $0.kind == .lesson }.map { String($0.source.dropLast(3)) }))"
                )
            }
        }
    }

    private mutating func error(_ page: SourcePage, _ value: Located<String>, _ message: String) {
        diagnostics.append(.error(page.displayPath, line: value.line, column: value.column, message))
    }
}

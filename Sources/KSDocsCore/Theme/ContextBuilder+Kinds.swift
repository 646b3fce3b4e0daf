import Foundation

/// Template values of the page kinds of DESIGN 5.3–5.6: decisions, troubleshooting
/// cases, the roadmap, and the services a page names.
extension ContextBuilder {
    /// `[{name, url}]` for the services a page's front matter names.
    func serviceLinks(_ page: SourcePage) -> [[String: Any]] {
        page.metadata.services.compactMap { site.services.service(id: $0.value) }.map {
            ["name": $0.name, "id": $0.id, "url": context.url(to: $0.urlPath)]
        }
    }

    func decisionValues(_ page: SourcePage) -> [String: Any] {
        var values: [String: Any] = [
            "status": page.metadata.status?.value ?? "accepted", "options": page.metadata.options,
            "has_options": !page.metadata.options.isEmpty,
        ]
        if let decision = page.metadata.decision { values["decision"] = decision }
        if let date = page.metadata.date?.value ?? page.metadata.updated { values["date"] = date }
        if let supersedes = page.metadata.supersedes,
            let target = site.decision(named: supersedes.value, from: page)
        {
            values["supersedes"] = context.entry(target)
        }
        if let newer = site.pages.first(where: { other in
            other.kind == .decision
                && other.metadata.supersedes.flatMap { site.decision(named: $0.value, from: other)?.source }
                    == page.source
        }) {
            values["superseded_by"] = context.entry(newer)
        }
        return values
    }

    func caseValues(_ page: SourcePage) -> [String: Any] {
        var values: [String: Any] = [
            "severity": page.metadata.severity?.value ?? "", "hosts": page.metadata.hosts.map(\.value),
            "hosts_label": page.metadata.hosts.map(\.value).joined(separator: ", "),
        ]
        if let symptom = page.metadata.symptom { values["symptom"] = symptom }
        if let cause = page.metadata.cause { values["cause"] = cause }
        return values
    }

    /// The decisions folder's index: each decision as "question → decision".
    func decisionsIndexValues(_ section: SiteSection) -> [String: Any] {
        let decisions = section.pages.map { site.pages[$0] }.filter { $0.kind == .decision }
        return [
            "decisions": decisions.map { page -> [String: Any] in
                var entry = context.entry(page)
                entry["decision"] = page.metadata.decision ?? ""
                entry["status"] = page.metadata.status?.value ?? "accepted"
                return entry
            },
            "has_decisions": !decisions.isEmpty,
        ]
    }

    /// The troubleshooting folder's index: cases with the services they concern, for filtering.
    func casesIndexValues(_ section: SiteSection) -> [String: Any] {
        let cases = section.pages.map { site.pages[$0] }.filter { $0.kind == .troubleshootingCase }
        let usedIDs = Set(cases.flatMap { $0.metadata.services.map(\.value) })
        let filters = site.services.services.filter { usedIDs.contains($0.id) }.map {
            ["id": $0.id, "name": $0.name] as [String: Any]
        }
        return [
            "cases": cases.map { page -> [String: Any] in
                var entry = context.entry(page)
                entry["symptom"] = page.metadata.symptom ?? ""
                entry["cause"] = page.metadata.cause ?? ""
                entry["severity"] = page.metadata.severity?.value ?? ""
                entry["services"] = serviceLinks(page)
                entry["service_ids"] = page.metadata.services.map(\.value).joined(separator: " ")
                return entry
            },
            "has_cases": !cases.isEmpty,
            "service_filters": filters,
            "has_service_filters": !filters.isEmpty,
        ]
    }

    /// The roadmap: a timeline of certifications with days to go, and coverage tables.
    func roadmapValues(_ page: SourcePage, today: String) -> [String: Any] {
        var lessonsByObjective: [String: [SourcePage]] = [:]
        for lesson in site.pages where lesson.kind == .lesson {
            for objective in lesson.metadata.examObjectives {
                lessonsByObjective[objective.value, default: []].append(lesson)
            }
        }
        let certifications: [[String: Any]] = site.certifications.map { certification in
            var values: [String: Any] = [
                "name": certification.name, "code": certification.code, "status": certification.status,
                "prepares": Self.markingLast(
                    certification.prepares.compactMap { site.lesson(named: $0.value) }.map { context.entry($0) }),
            ]
            values["has_prepares"] = !certification.prepares.isEmpty
            if let date = certification.date {
                values["date"] = date
                if let days = DayCount.days(from: today, to: date) {
                    values["days"] = days
                    values["days_label"] = DayCount.label(days)
                }
            }
            let rows: [[String: Any]] = certification.objectives.map { objective in
                let lessons = lessonsByObjective[certification.objectiveKey(objective)] ?? []
                return [
                    "id": objective.id, "title": objective.title, "lessons": lessons.map { context.entry($0) },
                    "covered": !lessons.isEmpty,
                ]
            }
            values["objectives"] = rows
            values["has_objectives"] = !rows.isEmpty
            values["covered_count"] = rows.filter { $0["covered"] as? Bool == true }.count
            values["objective_count"] = rows.count
            return values
        }
        return ["certifications": certifications, "has_certifications": !certifications.isEmpty, "today": today]
    }

    /// The roadmap's table of contents: its own headings, then one entry per certification
    /// (the template writes their `cert-CODE` headings).
    func roadmapTOC(_ body: [String: Any]) -> [String: Any] {
        var body = body
        let toc =
            (body["toc"] as? [[String: Any]] ?? [])
            + site.certifications.map { ["id": "cert-\($0.code)", "text": $0.name, "level": 2, "sub": false] }
        body["toc"] = toc
        body["has_toc"] = toc.count > 1
        return body
    }
}

/// Whole days between `YYYY-MM-DD` dates, for "days to go".
enum DayCount {
    static func days(from start: String, to end: String) -> Int? {
        guard let first = date(start), let second = date(end) else { return nil }
        return Int((second.timeIntervalSince(first) / 86_400).rounded())
    }

    static func label(_ days: Int) -> String {
        switch days {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case let days where days > 0: return "in \(days) days"
        default: return "\(-days) days ago"
        }
    }

    /// Today as `YYYY-MM-DD` (UTC), or the day of `SOURCE_DATE_EPOCH` when set, for reproducible builds.
    static func today(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        let now =
            environment["SOURCE_DATE_EPOCH"].flatMap(Double.init).map { Date(timeIntervalSince1970: $0) } ?? Date()
        let components = utcCalendar.dateComponents([.year, .month, .day], from: now)
        return String(format: "%04d-%02d-%02d", components.year ?? 1970, components.month ?? 1, components.day ?? 1)
    }

    private static let utcCalendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        return calendar
    }()

    private static func date(_ text: String) -> Date? {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return utcCalendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2]))
    }
}

extension ContextBuilder {
    /// `entries` with `last` set (true on the final one), so a template can separate them with commas.
    static func markingLast(_ entries: [[String: Any]]) -> [[String: Any]] {
        entries.enumerated().map { number, entry in
            var entry = entry
            entry["last"] = number == entries.count - 1
            return entry
        }
    }
}

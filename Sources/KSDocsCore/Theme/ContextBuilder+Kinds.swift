import Foundation

/// Template values of the page kinds of DESIGN 5.3–5.6: decisions, troubleshooting
/// cases, the roadmap, and the services a page names.
extension ContextBuilder {
    /// `[{name, url}]` for the services a page's front matter names.
    func serviceLinks(_ page: SourcePage) -> [[String: TemplateValue]] {
        page.metadata.services.compactMap { site.services.service(id: $0.value) }.map {
            ["name": .text($0.name), "id": .text($0.id), "url": .text(context.url(to: $0.urlPath))]
        }
    }

    func decisionValues(_ page: SourcePage) -> [String: TemplateValue] {
        var values: [String: TemplateValue] = [
            "status": .text(page.metadata.status?.value ?? "accepted"), "options": .texts(page.metadata.options),
            "has_options": .bool(!page.metadata.options.isEmpty),
        ]
        if let decision = page.metadata.decision { values["decision"] = .text(decision) }
        if let date = page.metadata.date?.value ?? page.metadata.updated { values["date"] = .text(date) }
        if let supersedes = page.metadata.supersedes,
            let target = site.decision(named: supersedes.value, from: page)
        {
            values["supersedes"] = .object(context.entry(target))
        }
        if let newer = site.pages.first(where: { other in
            other.kind == .decision
                && other.metadata.supersedes.flatMap { site.decision(named: $0.value, from: other)?.source }
                    == page.source
        }) {
            values["superseded_by"] = .object(context.entry(newer))
        }
        return values
    }

    func caseValues(_ page: SourcePage) -> [String: TemplateValue] {
        let hosts = page.metadata.hosts.map(\.value)
        var values: [String: TemplateValue] = [
            "severity": .text(page.metadata.severity?.value ?? ""), "hosts": .texts(hosts),
            "hosts_label": .text(hosts.joined(separator: ", ")),
        ]
        if let symptom = page.metadata.symptom { values["symptom"] = .text(symptom) }
        if let cause = page.metadata.cause { values["cause"] = .text(cause) }
        return values
    }

    /// The decisions folder's index: each decision as "question → decision".
    func decisionsIndexValues(_ section: SiteSection) -> [String: TemplateValue] {
        let decisions = section.pages.map { site.pages[$0] }.filter { $0.kind == .decision }
        return [
            "decisions": .objects(
                decisions.map { page in
                    var entry = context.entry(page)
                    entry["decision"] = .text(page.metadata.decision ?? "")
                    entry["status"] = .text(page.metadata.status?.value ?? "accepted")
                    return entry
                }),
            "has_decisions": .bool(!decisions.isEmpty),
        ]
    }

    /// The troubleshooting folder's index: cases with the services they concern, for filtering.
    func casesIndexValues(_ section: SiteSection) -> [String: TemplateValue] {
        let cases = section.pages.map { site.pages[$0] }.filter { $0.kind == .troubleshootingCase }
        let usedIDs = Set(cases.flatMap { $0.metadata.services.map(\.value) })
        let filters: [TemplateValue] = site.services.services.filter { usedIDs.contains($0.id) }.map {
            ["id": .text($0.id), "name": .text($0.name)]
        }
        return [
            "cases": .objects(
                cases.map { page in
                    var entry = context.entry(page)
                    entry["symptom"] = .text(page.metadata.symptom ?? "")
                    entry["cause"] = .text(page.metadata.cause ?? "")
                    entry["severity"] = .text(page.metadata.severity?.value ?? "")
                    entry["services"] = .objects(serviceLinks(page))
                    entry["service_ids"] = .text(page.metadata.services.map(\.value).joined(separator: " "))
                    return entry
                }),
            "has_cases": .bool(!cases.isEmpty),
            "service_filters": .list(filters),
            "has_service_filters": .bool(!filters.isEmpty),
        ]
    }

    /// The roadmap: a timeline of certifications with days to go, and coverage tables.
    func roadmapValues(_ page: SourcePage, today: String) -> [String: TemplateValue] {
        var lessonsByObjective: [String: [SourcePage]] = [:]
        for lesson in site.pages where lesson.kind == .lesson {
            for objective in lesson.metadata.examObjectives {
                lessonsByObjective[objective.value, default: []].append(lesson)
            }
        }
        let certifications: [TemplateValue] = site.certifications.map { certification in
            var values: [String: TemplateValue] = [
                "name": .text(certification.name), "code": .text(certification.code),
                "status": .text(certification.status),
                "prepares": .objects(
                    Self.markingLast(
                        certification.prepares.compactMap { site.lesson(named: $0.value) }.map { context.entry($0) })),
            ]
            values["has_prepares"] = .bool(!certification.prepares.isEmpty)
            if let date = certification.date {
                values["date"] = .text(date)
                if let days = DayCount.days(from: today, to: date) {
                    values["days"] = .int(days)
                    values["days_label"] = .text(DayCount.label(days))
                }
            }
            let lessonsPerObjective = certification.objectives.map { objective in
                (objective: objective, lessons: lessonsByObjective[certification.objectiveKey(objective)] ?? [])
            }
            let rows: [TemplateValue] = lessonsPerObjective.map { objective, lessons in
                [
                    "id": .text(objective.id), "title": .text(objective.title),
                    "lessons": .objects(lessons.map { context.entry($0) }), "covered": .bool(!lessons.isEmpty),
                ]
            }
            values["objectives"] = .list(rows)
            values["has_objectives"] = .bool(!rows.isEmpty)
            values["covered_count"] = .int(lessonsPerObjective.filter { !$0.lessons.isEmpty }.count)
            values["objective_count"] = .int(rows.count)
            return .object(values)
        }
        return [
            "certifications": .list(certifications), "has_certifications": .bool(!certifications.isEmpty),
            "today": .text(today),
        ]
    }

    /// The roadmap's table of contents after its own headings: one entry per certification
    /// (the template writes their `cert-CODE` headings).
    func roadmapTOC() -> [TemplateValue] {
        site.certifications.map { ["id": .text("cert-\($0.code)"), "text": .text($0.name), "level": 2, "sub": false] }
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
    static func markingLast(_ entries: [[String: TemplateValue]]) -> [[String: TemplateValue]] {
        entries.enumerated().map { number, entry in
            var entry = entry
            entry["last"] = .bool(number == entries.count - 1)
            return entry
        }
    }
}

import Foundation

/// DESIGN 2 "Roadmap dates": a milestone whose date has passed while its status is still
/// `scheduled` is a warning, so the author records the outcome (passed, or a new date).
///
/// Checked on every build against today's date (not cached with the page: the page does
/// not change when the day does).
enum RoadmapDates {
    static func warnings(_ site: Site, today: String, contentRoot: URL) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for page in site.pages where !page.metadata.certifications.isEmpty {
            let lines =
                (try? String(contentsOf: contentRoot.appendingPathComponent(page.source), encoding: .utf8))?
                .components(separatedBy: "\n") ?? []
            for certification in page.metadata.certifications where certification.status == "scheduled" {
                guard let date = certification.date, let days = DayCount.days(from: today, to: date), days < 0 else {
                    continue
                }
                let (line, column) = position(of: date, after: certification.code, in: lines)
                diagnostics.append(
                    .warning(
                        page.displayPath, line: line, column: column,
                        "front matter: '\(certification.name)' is still 'scheduled' for \(date), \(DayCount.label(days)); record the outcome (status: passed, or a new date and status)"
                    ))
            }
        }
        return diagnostics
    }

    /// The line and column of the `date:` value of the certification whose `code:` is `code`.
    private static func position(of date: String, after code: String, in lines: [String]) -> (Int, Int) {
        let start = lines.firstIndex { $0.contains("code:") && $0.contains(code) } ?? 0
        for index in start..<lines.count where lines[index].contains("date:") && lines[index].contains(date) {
            let column =
                lines[index].range(of: date).map {
                    lines[index].distance(from: lines[index].startIndex, to: $0.lowerBound) + 1
                } ?? 1
            return (index + 1, column)
        }
        return (1, 1)
    }
}

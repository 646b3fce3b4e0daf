import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// A milestone whose date has passed while it is still `scheduled` is a warning (DESIGN 2).
@Suite struct RoadmapDatesTests {
    static let roadmap = """
        ---
        title: Roadmap
        certifications:
          - name: CompTIA A+ Core 2
            code: "220-1202"
            status: scheduled
            date: 2026-07-07
          - name: CompTIA Network+
            code: "N10-009"
            status: scheduled
            date: 2027-03-01
          - name: Linux Essentials
            code: "010-160"
            status: passed
            date: 2025-11-20
        ---
        The plan.

        """

    func build(today: String) async throws -> SiteBuilder.Report {
        var files = FixtureSite.basic
        files["roadmap.md"] = Self.roadmap
        let site = try FixtureSite(files)
        defer { site.remove() }
        return try await site.build {
            $0.today = today
            $0.writeOutput = false
        }.get()
    }

    @Test func aPastScheduledDateWarnsAtItsLine() async throws {
        let report = try await build(today: "2026-12-02")
        let warnings = report.diagnostics.filter { $0.message.contains("still 'scheduled'") }
        #expect(warnings.count == 1)
        #expect(warnings.first?.line == 7)
        #expect(warnings.first?.column == 11)
        #expect(
            warnings.first?.message
                == "front matter: 'CompTIA A+ Core 2' is still 'scheduled' for 2026-07-07, 148 days ago; record the outcome (status: passed, or a new date and status)"
        )
    }

    @Test func futureDatesAndRecordedOutcomesDoNotWarn() async throws {
        let report = try await build(today: "2026-07-07")
        #expect(!report.diagnostics.contains { $0.message.contains("still 'scheduled'") })
    }
}

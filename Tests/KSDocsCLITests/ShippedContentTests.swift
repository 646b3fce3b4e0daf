import Foundation
import KSDocsTestSupport
import Testing

/// The documentation shipped in Content/ passes every check, warnings included.
@Suite struct ShippedContentTests {
    @Test func shippedContentPassesStrictCheck() async {
        let root = FixtureSite.repositoryRoot
        let run = await CapturedRun.run([
            "check", "--strict", "--content", root.appendingPathComponent("Content").path,
            "--themes", root.appendingPathComponent("themes").path,
        ])
        #expect(run.code == 0, "ksdocs check --strict reported:\n\(run.err)")
        #expect(run.err == "")
    }
}

import Testing

@testable import KSDocsCore

@Suite struct FrontMatterTests {
    @Test func splitsYAMLAndBody() throws {
        let split = try FrontMatter.split("---\ntitle: A\n---\n# Body\n").get()
        #expect(split.yaml == "title: A\n")
        #expect(split.body == "# Body\n")
        #expect(split.bodyLineOffset == 3)
    }

    @Test func noFrontMatterKeepsEverything() throws {
        let split = try FrontMatter.split("# Title\n---\nmore\n").get()
        #expect(split.yaml == nil)
        #expect(split.body == "# Title\n---\nmore\n")
        #expect(split.bodyLineOffset == 0)
    }

    @Test func dotsCloseAndTrailingSpacesAreAllowed() throws {
        let split = try FrontMatter.split("---  \na: 1\n...\nbody").get()
        #expect(split.yaml == "a: 1\n")
        #expect(split.body == "body")
    }

    @Test func unterminatedIsAnError() {
        #expect(FrontMatter.split("---\ntitle: A\n\nBody\n") == .failure(.unterminated))
    }

    @Test func fieldsReportWrongTypesAtTheValue() {
        var fields = YAMLFields(
            yaml: "title: Docker\ntime: [1, 2]\ntiem: 5\n", file: "x.md", lineOffset: 1, context: "front matter")
        let metadata = PageMetadata.read(&fields, kind: .lesson)
        #expect(metadata.title?.value == "Docker")
        #expect(metadata.time == nil)
        #expect(
            fields.diagnostics.map(\.description) == [
                "x.md:3:7: error: front matter: 'time' must look like 45m, 1h30m or 90 (minutes), got a list",
                "x.md:4:1: warning: front matter: unknown key 'tiem' on lesson pages; did you mean 'time'?",
            ])
    }

    @Test func choicesNameTheAllowedValues() {
        var fields = YAMLFields(yaml: "title: A\nlevel: expert\n", file: "x.md", lineOffset: 1, context: "front matter")
        let metadata = PageMetadata.read(&fields, kind: .lesson)
        #expect(metadata.level == nil)
        #expect(
            fields.diagnostics.map(\.description) == [
                "x.md:3:8: error: front matter: 'level' must be one of beginner, intermediate, advanced, got \"expert\""
            ])
        let (_, services) = ServiceCatalog.parse("- id: a\n  sso: saml\n", file: "services.yml")
        #expect(
            services.map(\.description) == [
                "services.yml:2:8: error: services.yml: 'sso' must be one of oidc, forward-auth, none, got \"saml\""
            ])
    }

    @Test func invalidYAMLPointsAtTheProblem() {
        let fields = YAMLFields(yaml: "title: [unclosed\n", file: "x.md", lineOffset: 1, context: "front matter")
        #expect(fields.diagnostics.count == 1)
        #expect(fields.diagnostics.first?.line == 3)
        #expect(fields.diagnostics.first?.message.hasPrefix("front matter: invalid YAML:") == true)
    }

    @Test func duplicateKeysAreAnError() {
        let fields = YAMLFields(yaml: "title: A\ntitle: B\n", file: "x.md", lineOffset: 1, context: "front matter")
        #expect(fields.diagnostics.first?.message == "front matter: key 'title' is written more than once")
    }

    @Test(arguments: ["2026-07-07", "2024-02-29"]) func validDates(_ text: String) {
        #expect(DateText.isValid(text))
    }

    @Test(arguments: ["2026-7-7", "2023-02-29", "2026-13-01", "07/07/2026", "soon"]) func invalidDates(_ text: String) {
        #expect(!DateText.isValid(text))
    }
}

@Suite struct TimeEstimateTests {
    @Test(arguments: [
        ("45m", 45), ("1h30m", 90), ("1h 30m", 90), ("2h", 120), ("90", 90), ("1H5M", 65),
    ])
    func parsesDurations(_ text: String, _ minutes: Int) {
        #expect(TimeEstimate.parseMinutes(text) == minutes)
    }

    @Test(arguments: ["soon", "", "0", "m", "30m1h", "1h30", "-5", "1.5h"])
    func rejectsOtherText(_ text: String) {
        #expect(TimeEstimate.parseMinutes(text) == nil)
    }

    @Test func computedRoundsUpToFiveMinutes() {
        let estimate = TimeEstimate.computed(words: 2400, commands: 3, wordsPerMinute: 200, minutesPerCommand: 2)
        #expect(estimate.readingMinutes == 12)
        #expect(estimate.handsOnMinutes == 6)
        #expect(estimate.minutes == 20)
        // The parts are scaled to the total shown: 20 × 12/18 and 20 × 6/18.
        #expect(estimate.shownParts == (13, 7))
        #expect(estimate.label == "~20 min · reading 13 min · hands-on 7 min")
    }

    @Test func theAuthorsTimeIsTheTotalAndThePartsAreScaledToIt() {
        let estimate = TimeEstimate.computed(words: 600, commands: 8, wordsPerMinute: 200, minutesPerCommand: 2)
            .withAuthored(40)
        // computed: reading 3, hands-on 16 → 40 × 16/19 = 33.7 → 34 hands-on, 6 reading
        #expect(estimate.label == "~40 min · reading 6 min · hands-on 34 min")
        let long = TimeEstimate.computed(words: 2000, commands: 0, wordsPerMinute: 200, minutesPerCommand: 2)
            .withAuthored(90)
        #expect(long.label == "~1 h 30 min · reading 1 h 30 min")
    }

    @Test func authoredTimeWinsAndIsCheckedAgainstTheComputedOne() {
        let computed = TimeEstimate.computed(words: 2000, commands: 0, wordsPerMinute: 200, minutesPerCommand: 2)
        #expect(computed.withAuthored(15).minutes == 15)
        #expect(!computed.withAuthored(15).authoredIsFarOff)
        #expect(computed.withAuthored(4).authoredIsFarOff)
        #expect(computed.withAuthored(25).authoredIsFarOff)
    }

    @Test(arguments: [(45, "45 min"), (60, "1 h"), (95, "1 h 35 min")])
    func formats(_ minutes: Int, _ text: String) {
        #expect(TimeEstimate.format(minutes) == text)
    }
}

@Suite struct SlugAndPathTests {
    @Test(arguments: [
        ("beginner/03-docker.md", "beginner/03-docker/"), ("index.md", ""), ("guides/index.md", "guides/"),
        ("My Notes/Read Me.md", "my-notes/read-me/"), ("roadmap.md", "roadmap/"),
    ])
    func urlPaths(_ source: String, _ url: String) {
        #expect(Slug.urlPath(forSource: source) == url)
    }

    @Test func numericPrefix() {
        #expect(Slug.numericPrefix("03-docker") == 3)
        #expect(Slug.numericPrefix("docker") == nil)
    }

    @Test(arguments: [
        ("beginner/03-docker/", "beginner/04-tunnel/", "../04-tunnel/"),
        ("beginner/03-docker/", "", "../../"),
        ("", "beginner/", "beginner/"),
        ("beginner/03-docker/", "images/map.svg", "../../images/map.svg"),
        ("beginner/03-docker/", "beginner/03-docker/", "./"),
        ("beginner/", "beginner/01-a/", "01-a/"),
        ("a/b/", "a/b/c/d.png", "c/d.png"),
    ])
    func relativeURLs(_ from: String, _ to: String, _ expected: String) {
        #expect(SitePath.relativeURL(from: from, to: to) == expected)
    }

    /// The byte-compared path for plain paths agrees with the part-by-part one, which a
    /// leading `/` selects without changing the answer (empty parts are skipped).
    @Test func plainPathsGiveWhatPartByPartComparisonGives() {
        let names = ["a", "b", "ab", "a.b", "bc", "03-docker", "x.png"]
        var generator = SystemRandomNumberGenerator()
        func randomPath() -> String {
            let parts = (0..<Int.random(in: 0...3, using: &generator)).map { _ in
                names.randomElement(using: &generator)!
            }
            let path = parts.joined(separator: "/")
            return path.isEmpty || Bool.random(using: &generator) ? path + (path.isEmpty ? "" : "/") : path
        }
        for _ in 0..<5000 {
            let from = randomPath()
            let to = randomPath()
            #expect(SitePath.plainRelativeURL(from: from, to: to) != nil)
            #expect(
                SitePath.relativeURL(from: from, to: to) == SitePath.relativeURL(from: "/" + from, to: "/" + to),
                "from \(from) to \(to)")
        }
    }

    @Test func resolvingStaysInsideTheRoot() {
        #expect(SitePath.resolve("../images/a.png", inFolder: "beginner") == "images/a.png")
        #expect(SitePath.resolve("./b.md", inFolder: "x/y") == "x/y/b.md")
        #expect(SitePath.resolve("../../etc/passwd", inFolder: "beginner") == nil)
        #expect(SitePath.resolve("../../b.md", inFolder: "x") == nil)
    }

    /// Plain paths below the folder are joined directly; everything else is normalised part by part.
    @Test(arguments: [
        ("b.md", "x/y", "x/y/b.md"), ("images/a.png", "", "images/a.png"), ("guide/", "x", "x/guide"),
        (".well-known/a", "x", "x/.well-known/a"), ("a/./b", "x", "x/a/b"), ("a/../b", "x", "x/b"),
        ("a//b", "x", "x/a/b"), ("...", "x", "x/..."), ("a/..", "x", "x"), (".", "x", "x"), ("/a/b", "x", "x/a/b"),
        ("../b/c.md", "x/y", "x/b/c.md"), ("../../b.md", "x/y", "b.md"), ("./../b.md", "x/y", "x/b.md"),
        ("../", "x", ""), ("../a/../b", "x/y", "x/b"),
    ])
    func resolvingJoinsOrNormalises(_ relative: String, _ folder: String, _ expected: String) {
        #expect(SitePath.resolve(relative, inFolder: folder) == expected)
    }

    @Test func linkSplitting() {
        #expect(LinkParts.split("a.md?x=1#top") == ("a.md", "x=1", "top"))
        #expect(LinkParts.split("#only") == ("", nil, "only"))
    }

    @Test func suggestionsFindTypos() {
        #expect(Suggestion.closest(to: "04-tunel.md", in: ["04-tunnel.md", "03-docker.md"]) == "04-tunnel.md")
        #expect(Suggestion.closest(to: "zzz", in: ["04-tunnel.md"]) == nil)
    }

    @Test func invalidUTF8IsLocated() {
        let bytes: [UInt8] = Array("ok\nab".utf8) + [0xFF] + Array("c".utf8)
        guard case .failure(let invalid) = TextDecoding.decode(bytes) else {
            Issue.record("expected a failure")
            return
        }
        #expect(invalid.line == 2)
        #expect(invalid.column == 3)
    }

    @Test func crlfBecomesLF() throws {
        #expect(try TextDecoding.decode(Array("a\r\nb\rc".utf8)).get() == "a\nb\nc")
    }
}

/// A page's front matter, typed. Keys that do not apply to the page's kind are
/// reported as unknown and left out.
public struct PageMetadata: Sendable, Equatable, Codable {
    public var title: Located<String>?
    public var summary: String?
    public var updated: String?
    public var tags: [String] = []
    public var draft = false
    public var order: Int?
    /// Other URLs of the page (Hugo's `aliases`), each written as a redirect to it.
    public var aliases: [Located<String>] = []
    // Lessons
    public var time: Located<Int>?
    public var level: String?
    public var prerequisites: [Located<String>] = []
    public var objectives: [String] = []
    public var services: [Located<String>] = []
    public var examObjectives: [Located<String>] = []
    // Decisions
    public var decision: String?
    public var status: Located<String>?
    public var date: Located<String>?
    public var options: [String] = []
    public var supersedes: Located<String>?
    // Troubleshooting cases
    public var symptom: String?
    public var cause: String?
    public var hosts: [Located<String>] = []
    public var severity: Located<String>?
    // Roadmap
    public var certifications: [Certification] = []

    public init() {}

    static let levels = ["beginner", "intermediate", "advanced"]

    /// Reads the front matter of a page of `kind`.
    static func read(_ fields: inout YAMLFields, kind: PageKind) -> PageMetadata {
        var metadata = PageMetadata()
        metadata.title = fields.string("title")
        metadata.summary = fields.string("summary")?.value
        metadata.updated = fields.date("updated")?.value
        metadata.tags = fields.stringList("tags")?.map(\.value) ?? []
        metadata.draft = fields.bool("draft") ?? false
        metadata.order = fields.int("order")?.value
        // Keys of MkDocs and Hugo with a ksdocs meaning; the others of theirs are ignored quietly.
        if metadata.summary == nil { metadata.summary = fields.string("description")?.value }
        if metadata.order == nil { metadata.order = fields.int("weight")?.value }
        metadata.aliases = fields.stringList("aliases") ?? []
        var allowed = kind.allowedKeys + ["description", "weight", "aliases"]
        if !allowed.contains("date") {
            // Hugo's publication date orders pages (newest first after weight); a time of day is allowed.
            metadata.date = fields.dateAndTime("date")
            allowed.append("date")
        }
        if allowed.contains("services") { metadata.services = fields.stringList("services") ?? [] }
        switch kind {
        case .lesson:
            readLessonKeys(&fields, into: &metadata)
        case .decision:
            metadata.decision = fields.string("decision")?.value
            metadata.status = fields.string("status")
            metadata.date = fields.date("date")
            metadata.options = fields.stringList("options")?.map(\.value) ?? []
            metadata.supersedes = fields.string("supersedes")
        case .troubleshootingCase:
            metadata.symptom = fields.string("symptom")?.value
            metadata.cause = fields.string("cause")?.value
            metadata.hosts = fields.stringList("hosts") ?? []
            metadata.severity = fields.string("severity")
            metadata.date = fields.date("date")
        case .roadmap:
            metadata.certifications = Certification.readAll(&fields)
        case .home, .folderIndex, .page:
            break
        }
        fields.warnUnknownKeys(
            allowed: allowed, kindName: kind.displayName, otherGenerators: ForeignFrontMatter.ignoredKeys)
        return metadata
    }

    private static func readLessonKeys(_ fields: inout YAMLFields, into metadata: inout PageMetadata) {
        if let node = fields.node("time"), node.null == nil {
            if case .scalar(let scalar) = node, let minutes = TimeEstimate.parseMinutes(scalar.string) {
                metadata.time = Located(minutes, line: fields.line(of: node), column: fields.column(of: node))
            } else {
                fields.error(
                    node, "'time' must look like 45m, 1h30m or 90 (minutes), got \(YAMLFields.describe(node))")
            }
        }
        metadata.level = fields.choice("level", from: levels)?.value
        metadata.prerequisites = fields.stringList("prerequisites") ?? []
        metadata.objectives = fields.stringList("objectives")?.map(\.value) ?? []
        metadata.examObjectives = fields.stringList("exam_objectives") ?? []
    }
}

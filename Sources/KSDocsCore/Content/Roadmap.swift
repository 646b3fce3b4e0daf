/// A certification on the roadmap (DESIGN 5.5).
public struct Certification: Sendable, Equatable, Codable {
    public struct Objective: Sendable, Equatable, Codable {
        public var id: String
        public var title: String
    }

    public var name: String
    public var code: String
    /// `passed`, `scheduled`, `studying` or `planned`.
    public var status: String
    public var date: String?
    /// Lesson sources (`beginner/03-docker.md`) the certification lists, as written and resolved.
    public var prepares: [Located<String>]
    public var objectives: [Objective]

    /// `220-1202:2.1` — how lessons name one of this certification's objectives.
    public func objectiveKey(_ objective: Objective) -> String { "\(code):\(objective.id)" }

    static let statuses = ["passed", "scheduled", "studying", "planned"]
    static let allowedKeys = ["name", "code", "status", "date", "prepares", "objectives"]

    /// Reads the `certifications:` list of roadmap.md's front matter.
    static func readAll(_ fields: inout YAMLFields) -> [Certification] {
        guard let node = fields.node("certifications"), node.null == nil else { return [] }
        guard case .sequence(let items) = node else {
            fields.typeError("certifications", node, expected: "a list of certifications")
            return []
        }
        var certifications: [Certification] = []
        for item in items {
            var entry = YAMLFields(
                node: item, file: fields.file, lineOffset: fields.lineOffset, context: "front matter: certifications")
            let name = entry.string("name")
            let code = entry.string("code")
            if name == nil || code == nil {
                entry.error(item, "each certification needs 'name' and 'code'")
            }
            var certification = Certification(
                name: name?.value ?? "", code: code?.value ?? "", status: "planned", date: entry.date("date")?.value,
                prepares: entry.stringList("prepares") ?? [], objectives: [])
            if let status = entry.choice("status", from: statuses) { certification.status = status.value }
            if let objectives = entry.node("objectives"), case .sequence(let list) = objectives {
                for objective in list {
                    var objectiveFields = YAMLFields(
                        node: objective, file: entry.file, lineOffset: entry.lineOffset,
                        context: "front matter: objectives")
                    if let id = objectiveFields.string("id") {
                        certification.objectives.append(
                            Objective(id: id.value, title: objectiveFields.string("title")?.value ?? id.value))
                    } else {
                        objectiveFields.error(objective, "each objective needs an 'id'")
                    }
                    objectiveFields.warnUnknownKeys(allowed: ["id", "title"], kindName: "an objective")
                    entry.diagnostics += objectiveFields.diagnostics
                }
            } else if let objectives = entry.node("objectives"), objectives.null == nil {
                entry.typeError("objectives", objectives, expected: "a list of {id, title}")
            }
            entry.warnUnknownKeys(allowed: allowedKeys, kindName: "a certification")
            fields.diagnostics += entry.diagnostics
            if name != nil, code != nil { certifications.append(certification) }
        }
        return certifications
    }
}

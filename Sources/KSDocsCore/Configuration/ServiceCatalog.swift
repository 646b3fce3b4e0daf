import Foundation
import Yams

/// One service of `Content/services.yml` (DESIGN 5.6).
public struct Service: Sendable, Equatable {
    public var id: String
    public var name: String
    public var url: String?
    public var hosts: [String]
    /// `oidc`, `forward-auth` or `none`.
    public var sso: String
    public var database: String?
    public var dataShared: Bool
    public var notes: String?
    /// Where the entry starts in services.yml.
    public var line: Int

    /// The service's page: `services/<id>/`.
    public var urlPath: String { "services/\(Slug.make(id))/" }
}

/// The service catalog: `Content/services.yml`, a list of services.
public struct ServiceCatalog: Sendable {
    public var services: [Service] = []

    public init(services: [Service] = []) {
        self.services = services
    }

    public func service(id: String) -> Service? { services.first { $0.id == id } }

    /// Every host named by a service, sorted.
    public var hosts: [String] { Array(Set(services.flatMap(\.hosts))).sorted() }

    static let ssoValues = ["oidc", "forward-auth", "none"]
    static let allowedKeys = ["id", "name", "url", "hosts", "sso", "database", "data_shared", "notes"]

    /// Reads `services.yml` if there is one; an absent file is an empty catalog.
    static func load(contentRoot: URL, display: String) -> (ServiceCatalog, [Diagnostic]) {
        let file = ContentInventory.join(display, "services.yml")
        guard let data = FileManager.default.contents(atPath: contentRoot.appendingPathComponent("services.yml").path)
        else { return (ServiceCatalog(), []) }
        guard case .success(let text) = TextDecoding.decode(Array(data)) else {
            return (ServiceCatalog(), [.error(file, "file is not valid UTF-8; save it as UTF-8")])
        }
        return parse(text, file: file)
    }

    static func parse(_ text: String, file: String) -> (ServiceCatalog, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let node: Node
        do {
            guard let composed = try YAMLFields.compose(text) else { return (ServiceCatalog(), []) }
            node = composed
        } catch let error as YamlError {
            return (
                ServiceCatalog(),
                [YAMLFields.diagnostic(for: error, file: file, lineOffset: 0, context: "services.yml")]
            )
        } catch {
            return (ServiceCatalog(), [.error(file, "services.yml: \(error)")])
        }
        guard case .sequence(let items) = node else {
            return (
                ServiceCatalog(),
                [
                    .error(
                        file, line: node.mark?.line ?? 1, column: 1,
                        "services.yml: expected a list of services ('- id: ...')")
                ]
            )
        }
        var catalog = ServiceCatalog()
        var seen: Set<String> = []
        for item in items {
            var fields = YAMLFields(node: item, file: file, lineOffset: 0, context: "services.yml")
            let line = item.mark?.line ?? 1
            guard let id = fields.string("id") else {
                fields.diagnostics.append(
                    .error(file, line: line, column: item.mark?.column ?? 1, "services.yml: a service has no 'id'"))
                diagnostics += fields.diagnostics
                continue
            }
            if !seen.insert(id.value).inserted {
                fields.diagnostics.append(
                    .error(
                        file, line: id.line, column: id.column, "services.yml: service id '\(id.value)' is used twice"))
            }
            var service = Service(
                id: id.value, name: fields.string("name")?.value ?? id.value, url: fields.string("url")?.value,
                hosts: fields.stringList("hosts")?.map(\.value) ?? [], sso: "none",
                database: fields.string("database")?.value, dataShared: fields.bool("data_shared") ?? false,
                notes: fields.string("notes")?.value, line: line)
            if let sso = fields.choice("sso", from: ssoValues) { service.sso = sso.value }
            fields.warnUnknownKeys(allowed: allowedKeys, kindName: "a service")
            diagnostics += fields.diagnostics
            catalog.services.append(service)
        }
        return (catalog, diagnostics)
    }
}

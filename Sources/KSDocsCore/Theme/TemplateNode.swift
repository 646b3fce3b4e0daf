import Mustache

/// A template value: a dictionary in a class that conforms to `MustacheParent`
/// itself. swift-mustache looks a name up in it much faster than in a
/// `[String: Any]`, whose conformance is conditional and checked at run time.
final class TemplateNode: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]

    init(_ values: [String: Any]) {
        self.values = values
    }

    func child(named name: String) -> Any? { values[name] }

    /// `value` with every nested dictionary turned into a `TemplateNode`.
    static func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            return TemplateNode(dictionary.mapValues(wrap))
        case let list as [[String: Any]]:
            return list.map { TemplateNode($0.mapValues(wrap)) }
        case let list as [Any]:
            return list.map(wrap)
        default:
            return value
        }
    }
}

import Foundation
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
        // Most values are text: asked first, it spares the casts to collection types.
        if value is String { return value }
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

/// Checks template contexts against the templates (see `CheckedContextTests`): records every
/// name a template asks for, whether any context had it, and every key a context gave.
/// A name asked for and never given renders as nothing; a key given and never asked for
/// is dead or misspelt. Set it with `BuildOptions.templateKeyRecorder`.
final class TemplateKeyRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var askedNames: Set<String> = []
    private var foundNames: Set<String> = []
    private var givenKeys: Set<String> = []

    var asked: Set<String> { lock.withLock { askedNames } }
    var found: Set<String> { lock.withLock { foundNames } }
    var given: Set<String> { lock.withLock { givenKeys } }

    fileprivate func ask(_ name: String, found: Bool) {
        lock.withLock {
            askedNames.insert(name)
            if found { foundNames.insert(name) }
        }
    }

    fileprivate func give(_ keys: Dictionary<String, Any>.Keys) {
        lock.withLock { givenKeys.formUnion(keys) }
    }

    /// `value` wrapped as `TemplateNode.wrap` does, in nodes that report to this recorder.
    func wrap(_ value: Any) -> Any {
        switch value {
        case let dictionary as [String: Any]:
            return RecordingTemplateNode(dictionary.mapValues(wrap), recorder: self)
        case let list as [[String: Any]]:
            return list.map { RecordingTemplateNode($0.mapValues(wrap), recorder: self) }
        case let list as [Any]:
            return list.map(wrap)
        default:
            return value
        }
    }
}

/// A `TemplateNode` that tells a `TemplateKeyRecorder` what is looked up in it.
private final class RecordingTemplateNode: MustacheParent, @unchecked Sendable {
    private let values: [String: Any]
    private let recorder: TemplateKeyRecorder

    init(_ values: [String: Any], recorder: TemplateKeyRecorder) {
        self.values = values
        self.recorder = recorder
        recorder.give(values.keys)
    }

    func child(named name: String) -> Any? {
        let value = values[name]
        recorder.ask(name, found: value != nil)
        return value
    }
}

/// A value a compiled template renders: a page context as a tree of cases, so the renderer
/// switches on an enum instead of casting `Any` on every name it looks up. The context
/// builders write them as literals (`["title": .text(title), "current": true]`).
///
/// The cases mirror how swift-mustache treats the values the context builders give:
/// text, numbers and objects are truthy and pushed by a section; `false` hides a section;
/// a list repeats it per element and hides it when empty.
enum TemplateValue: Sendable {
    case text(String)
    case bool(Bool)
    case int(Int)
    case list([TemplateValue])
    case object([String: TemplateValue])

    /// A list of objects.
    static func objects(_ objects: [[String: TemplateValue]]) -> TemplateValue {
        .list(objects.map(TemplateValue.object))
    }

    /// A list of texts.
    static func texts(_ texts: [String]) -> TemplateValue {
        .list(texts.map(TemplateValue.text))
    }

    /// The text of a `.text` value, nil for any other.
    var textValue: String? {
        if case .text(let text) = self { text } else { nil }
    }

    /// The value as plain Swift values (`[String: Any]`, `[Any]`, `String`, `Bool`, `Int`),
    /// for a template rendered by swift-mustache instead.
    var anyValue: Any {
        switch self {
        case .text(let text): text
        case .bool(let bool): bool
        case .int(let int): int
        case .list(let list): list.map(\.anyValue)
        case .object(let object): object.mapValues(\.anyValue)
        }
    }

    /// The text `{{name}}` shows for this value, as swift-mustache shows it (before escaping):
    /// lists and objects show the Swift description of what swift-mustache is given for them.
    var renderedText: String {
        switch self {
        case .text(let text): text
        case .bool(let bool): bool ? "true" : "false"
        case .int(let int): String(int)
        case .list, .object: String(describing: TemplateNode.wrap(anyValue))
        }
    }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    init(stringLiteral text: String) { self = .text(text) }
    init(booleanLiteral bool: Bool) { self = .bool(bool) }
    init(integerLiteral int: Int) { self = .int(int) }
    init(arrayLiteral elements: TemplateValue...) { self = .list(elements) }
    init(dictionaryLiteral elements: (String, TemplateValue)...) {
        self = .object(Dictionary(uniqueKeysWithValues: elements))
    }
}

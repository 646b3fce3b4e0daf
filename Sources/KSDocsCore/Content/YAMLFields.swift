import Foundation
import Yams

/// A value read from YAML with where it was written.
public struct Located<Value: Sendable & Equatable>: Sendable, Equatable {
    public var value: Value
    public var line: Int
    public var column: Int

    public init(_ value: Value, line: Int, column: Int) {
        self.value = value
        self.line = line
        self.column = column
    }
}

extension Located: Codable where Value: Codable {}

/// Typed access to the keys of one YAML mapping, recording a diagnostic for each
/// key of the wrong type or unknown name, with the line and column in the file.
struct YAMLFields {
    private(set) var entries: [(key: String, keyMark: Mark?, value: Node)] = []
    let file: String
    /// Added to YAML line numbers to get file line numbers.
    let lineOffset: Int
    /// Prefix of every message, e.g. `front matter` or `site.yml`.
    let context: String
    var diagnostics: [Diagnostic] = []
    /// The YAML could not be parsed at all (its error is in `diagnostics`).
    private(set) var parseFailed = false

    /// The node tree of `text`, parsed as UTF-8 (Swift's own encoding). Naming the encoding
    /// spares Yams' default, which reads the whole process environment on every parse.
    static func compose(_ text: String) throws -> Node? {
        try Yams.compose(yaml: text, .default, .default, .utf8)
    }

    /// Parses `yaml`; a syntax error or a non-mapping document becomes a diagnostic and empty fields.
    init(yaml: String, file: String, lineOffset: Int, context: String) {
        self.file = file
        self.lineOffset = lineOffset
        self.context = context
        do {
            guard let node = try YAMLFields.compose(yaml) else { return }
            read(node)
        } catch let error as YamlError {
            parseFailed = true
            diagnostics.append(YAMLFields.diagnostic(for: error, file: file, lineOffset: lineOffset, context: context))
        } catch {
            parseFailed = true
            diagnostics.append(.error(file, line: lineOffset + 1, "\(context): \(error)"))
        }
    }

    /// Reads the keys of an already parsed mapping node.
    init(node: Node, file: String, lineOffset: Int, context: String) {
        self.file = file
        self.lineOffset = lineOffset
        self.context = context
        read(node)
    }

    private mutating func read(_ node: Node) {
        guard case .mapping(let mapping) = node else {
            diagnostics.append(
                .error(
                    file, line: (node.mark?.line ?? 1) + lineOffset, column: node.mark?.column ?? 1,
                    "\(context): expected 'key: value' lines, got \(YAMLFields.describe(node))"))
            return
        }
        for (key, value) in mapping {
            guard case .scalar(let scalar) = key else { continue }
            entries.append((scalar.string, key.mark, value))
        }
    }

    var keys: [String] { entries.map(\.key) }

    func node(_ key: String) -> Node? { entries.first { $0.key == key }?.value }

    func has(_ key: String) -> Bool { entries.contains { $0.key == key } }

    func line(of node: Node) -> Int { (node.mark?.line ?? 1) + lineOffset }
    func column(of node: Node) -> Int { node.mark?.column ?? 1 }

    func keyLine(_ key: String) -> Int {
        (entries.first { $0.key == key }?.keyMark?.line ?? 0) + lineOffset
    }

    mutating func typeError(_ key: String, _ node: Node, expected: String) {
        diagnostics.append(
            .error(
                file, line: line(of: node), column: column(of: node),
                "\(context): '\(key)' must be \(expected), got \(YAMLFields.describe(node))"))
    }

    mutating func error(_ node: Node, _ message: String) {
        diagnostics.append(.error(file, line: line(of: node), column: column(of: node), "\(context): \(message)"))
    }

    mutating func warning(_ node: Node, _ message: String) {
        diagnostics.append(.warning(file, line: line(of: node), column: column(of: node), "\(context): \(message)"))
    }

    /// A string value; numbers and booleans written without quotes are taken as written.
    mutating func string(_ key: String) -> Located<String>? {
        guard let node = node(key) else { return nil }
        if case .scalar(let scalar) = node, node.null == nil {
            return Located(scalar.string, line: line(of: node), column: column(of: node))
        }
        if node.null != nil { return nil }
        typeError(key, node, expected: "text")
        return nil
    }

    mutating func int(_ key: String) -> Located<Int>? {
        guard let node = node(key), node.null == nil else { return nil }
        if let value = node.int { return Located(value, line: line(of: node), column: column(of: node)) }
        typeError(key, node, expected: "a whole number")
        return nil
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key), node.null == nil else { return nil }
        if let value = node.bool { return value }
        typeError(key, node, expected: "true or false")
        return nil
    }

    /// A list of strings; a single string is accepted as a one-item list.
    mutating func stringList(_ key: String) -> [Located<String>]? {
        guard let node = node(key), node.null == nil else { return nil }
        switch node {
        case .scalar(let scalar):
            return [Located(scalar.string, line: line(of: node), column: column(of: node))]
        case .sequence(let sequence):
            var values: [Located<String>] = []
            for item in sequence {
                guard case .scalar(let scalar) = item else {
                    typeError(key, item, expected: "a list of text items")
                    continue
                }
                values.append(Located(scalar.string, line: line(of: item), column: column(of: item)))
            }
            return values
        default:
            typeError(key, node, expected: "a list of text items")
            return nil
        }
    }

    /// A text value that must be one of `allowed`; any other value is an error naming the choices.
    mutating func choice(_ key: String, from allowed: [String]) -> Located<String>? {
        guard let value = string(key) else { return nil }
        guard allowed.contains(value.value) else {
            diagnostics.append(
                .error(
                    file, line: value.line, column: value.column,
                    "\(context): '\(key)' must be one of \(allowed.joined(separator: ", ")), got \"\(value.value)\""))
            return nil
        }
        return value
    }

    /// A `YYYY-MM-DD` date, kept as text.
    mutating func date(_ key: String) -> Located<String>? {
        guard let value = string(key) else { return nil }
        if !DateText.isValid(value.value) {
            diagnostics.append(
                .error(
                    file, line: value.line, column: value.column,
                    "\(context): '\(key)' must be a date written YYYY-MM-DD, got \"\(value.value)\""))
            return nil
        }
        return value
    }

    /// A date that may carry a time (`2024-05-01`, `2024-05-01T10:30:00Z`), kept as its `YYYY-MM-DD` part.
    mutating func dateAndTime(_ key: String) -> Located<String>? {
        guard var value = string(key) else { return nil }
        let day = String(value.value.prefix(10))
        guard DateText.isValid(day),
            value.value.count == 10 || value.value.dropFirst(10).first.map({ "T ".contains($0) }) == true
        else {
            diagnostics.append(
                .warning(
                    file, line: value.line, column: value.column,
                    "\(context): '\(key)' should be a date such as 2024-05-01 or 2024-05-01T10:30:00Z, got \"\(value.value)\"; the page is ordered as if it had none"
                ))
            return nil
        }
        value.value = day
        return value
    }

    /// A mapping value, as fields of its own.
    mutating func mapping(_ key: String, context subcontext: String) -> YAMLFields? {
        guard let node = node(key), node.null == nil else { return nil }
        guard case .mapping = node else {
            typeError(key, node, expected: "a set of 'key: value' lines")
            return nil
        }
        return YAMLFields(node: node, file: file, lineOffset: lineOffset, context: subcontext)
    }

    /// Warns about every key not in `allowed`, suggesting the closest allowed one.
    mutating func warnUnknownKeys(allowed: [String], kindName: String, otherGenerators: Set<String> = []) {
        for entry in entries where !allowed.contains(entry.key) {
            if otherGenerators.contains(entry.key) {
                diagnostics.append(
                    .warning(
                        file, line: (entry.keyMark?.line ?? 1) + lineOffset, column: entry.keyMark?.column ?? 1,
                        ForeignFrontMatter.message(entry.key)))
                continue
            }
            diagnostics.append(
                .warning(
                    file, line: (entry.keyMark?.line ?? 1) + lineOffset, column: entry.keyMark?.column ?? 1,
                    "\(context): unknown key '\(entry.key)' on \(kindName)\(Suggestion.didYouMean(entry.key, in: allowed))"
                ))
        }
    }

    static func describe(_ node: Node) -> String {
        switch node {
        case .scalar(let scalar): return "\"\(scalar.string)\""
        case .sequence: return "a list"
        case .mapping: return "a set of 'key: value' lines"
        case .alias: return "an alias"
        }
    }

    static func diagnostic(for error: YamlError, file: String, lineOffset: Int, context: String) -> Diagnostic {
        switch error {
        case .scanner(let yamlContext, let problem, let mark, _),
            .parser(let yamlContext, let problem, let mark, _),
            .composer(let yamlContext, let problem, let mark, _):
            let detail = yamlContext.map { " (\($0.text))" } ?? ""
            return .error(
                file, line: mark.line + lineOffset, column: mark.column,
                "\(context): invalid YAML: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let yamlContext):
            return .error(
                file, line: yamlContext.mark.line + lineOffset, column: yamlContext.mark.column,
                "\(context): key '\(duplicates.joined(separator: "', '"))' is written more than once")
        default:
            return .error(file, line: lineOffset + 1, "\(context): invalid YAML: \(error)")
        }
    }
}

/// `YYYY-MM-DD` dates.
enum DateText {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) })
        else { return false }
        guard (1...12).contains(month), year >= 1 else { return false }
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        return (1...days).contains(day)
    }
}

import Foundation

/// Laravel-style validation of request fields, giving BookStack's 422 `validation` object.
struct Validator {
    let body: [String: Any]
    private(set) var errors: [String: [String]] = [:]

    init(_ body: [String: Any]) { self.body = body }

    private mutating func fail(_ field: String, _ message: String) {
        errors[field, default: []].append(message)
    }

    private func label(_ field: String) -> String { field.replacingOccurrences(of: "_", with: " ") }

    mutating func string(_ field: String, required: Bool = false, min: Int = 0, max: Int) {
        guard let value = body[field], !(value is NSNull) else {
            if required { fail(field, "The \(label(field)) field is required.") }
            return
        }
        guard let text = value as? String else {
            fail(field, "The \(label(field)) must be a string.")
            return
        }
        if required && text.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(field, "The \(label(field)) field is required.")
        } else if text.count < min {
            fail(field, "The \(label(field)) must be at least \(min) characters.")
        } else if text.count > max {
            fail(field, "The \(label(field)) must not be greater than \(max) characters.")
        }
    }

    mutating func integer(_ field: String, required: Bool = false) {
        guard let value = body[field] else {
            if required { fail(field, "The \(label(field)) field is required.") }
            return
        }
        if Self.int(value) == nil { fail(field, "The \(label(field)) must be an integer.") }
    }

    /// `field` required unless `other` is present (Laravel's required_without). Laravel's
    /// ConvertEmptyStringsToNull middleware makes an empty string count as absent.
    mutating func requiredWithout(_ field: String, _ other: String) {
        func absent(_ name: String) -> Bool { body[name] == nil || (body[name] as? String)?.isEmpty == true }
        if absent(field) && absent(other) {
            fail(
                field, "The \(label(field)) field is required when \(label(other)) is not present.")
        }
    }

    mutating func array(_ field: String) {
        guard let value = body[field] else { return }
        if !(value is [Any]) { fail(field, "The \(label(field)) must be an array.") }
    }

    mutating func tags() {
        array("tags")
        guard let tags = body["tags"] as? [Any] else { return }
        for (index, tag) in tags.enumerated() where !(tag is [String: Any]) {
            fail("tags.\(index)", "The tags.\(index) must be an array.")
        }
    }

    static func int(_ value: Any?) -> Int? {
        if let int = value as? Int { return int }
        if let text = value as? String { return Int(text) }
        return nil
    }
}

/// A JSON value for request bodies, so payloads can be built, hashed and sent as one thing.
public enum JSONValue: Sendable, Equatable, Encodable {
    case string(String)
    case int(Int)
    case bool(Bool)
    case array([JSONValue])
    case object([String: JSONValue])
    case null

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .bool(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        case .null: try container.encodeNil()
        }
    }

    /// `[{"name": ..., "value": ...}]` as BookStack takes tags.
    static func tags(_ tags: [Tag]) -> JSONValue {
        .array(tags.map { .object(["name": .string($0.name), "value": .string($0.value)]) })
    }
}

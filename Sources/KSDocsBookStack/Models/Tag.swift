/// A BookStack tag: a name with an optional value.
public struct Tag: Codable, Sendable, Equatable, Hashable {
    public var name: String
    public var value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    enum CodingKeys: String, CodingKey { case name, value }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        value = (try? container.decodeIfPresent(String.self, forKey: .value)) ?? ""
    }
}

extension Array where Element == Tag {
    /// The value of the first tag named `name` (case-insensitive, as BookStack compares).
    func value(of name: String) -> String? {
        first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// A short reference to an item: shelf book lists, book contents, list rows.
public struct EntityReference: Decodable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var slug: String?
    /// `page` or `chapter` in book contents; nil elsewhere.
    public var type: String?
    /// Pages of a chapter in book contents.
    public var pages: [EntityReference]?

    enum CodingKeys: String, CodingKey { case id, name, slug, type, pages }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        name = (try? c.decodeIfPresent(String.self, forKey: .name)) ?? ""
        slug = try? c.decodeIfPresent(String.self, forKey: .slug)
        type = try? c.decodeIfPresent(String.self, forKey: .type)
        pages = try? c.decodeIfPresent([EntityReference].self, forKey: .pages)
    }
}

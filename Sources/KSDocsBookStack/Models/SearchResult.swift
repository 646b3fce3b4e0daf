/// One row of `GET /api/search`: an item of any type with its tags.
public struct SearchResult: Decodable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var slug: String
    /// `bookshelf`, `book`, `chapter` or `page`.
    public var type: String
    public var bookID: Int?
    public var chapterID: Int?
    public var url: String?
    public var tags: [Tag]

    enum CodingKeys: String, CodingKey {
        case id, name, slug, type, url, tags
        case bookID = "book_id"
        case chapterID = "chapter_id"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        slug = (try? c.decodeIfPresent(String.self, forKey: .slug)) ?? ""
        type = try c.decode(String.self, forKey: .type)
        bookID = try? c.decodeIfPresent(Int.self, forKey: .bookID)
        chapterID = try? c.decodeIfPresent(Int.self, forKey: .chapterID)
        url = try? c.decodeIfPresent(String.self, forKey: .url)
        tags = (try? c.decodeIfPresent([Tag].self, forKey: .tags)) ?? []
    }
}

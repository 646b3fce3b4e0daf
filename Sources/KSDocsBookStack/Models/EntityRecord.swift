/// A shelf, book, chapter or page as BookStack answers for create, update and read.
///
/// Only the fields the publisher uses; every one but `id` and `name` is
/// optional because versions differ in what they return (e.g. v23.01 shelf
/// create answers carry no tags).
public struct EntityRecord: Decodable, Sendable, Equatable {
    public var id: Int
    public var name: String
    public var slug: String?
    public var bookID: Int?
    public var chapterID: Int?
    public var bookSlug: String?
    public var priority: Int?
    public var tags: [Tag]?
    public var html: String?
    /// Shelf read: its books. Book read: its contents.
    public var books: [EntityReference]?
    public var contents: [EntityReference]?
    /// Chapter read: its pages.
    public var pages: [EntityReference]?

    enum CodingKeys: String, CodingKey {
        case id, name, slug, priority, tags, html, books, contents, pages
        case bookID = "book_id"
        case chapterID = "chapter_id"
        case bookSlug = "book_slug"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        slug = try? c.decodeIfPresent(String.self, forKey: .slug)
        bookID = try? c.decodeIfPresent(Int.self, forKey: .bookID)
        chapterID = try? c.decodeIfPresent(Int.self, forKey: .chapterID)
        bookSlug = try? c.decodeIfPresent(String.self, forKey: .bookSlug)
        priority = try? c.decodeIfPresent(Int.self, forKey: .priority)
        tags = try? c.decodeIfPresent([Tag].self, forKey: .tags)
        html = try? c.decodeIfPresent(String.self, forKey: .html)
        books = try? c.decodeIfPresent([EntityReference].self, forKey: .books)
        contents = try? c.decodeIfPresent([EntityReference].self, forKey: .contents)
        pages = try? c.decodeIfPresent([EntityReference].self, forKey: .pages)
    }
}

public import Foundation

/// A shelf, book, chapter or page held by the test server.
public struct StoredEntity: Sendable, Equatable {
    /// `bookshelf`, `book`, `chapter` or `page` (search's type names).
    public var type: String
    public var id: Int
    public var name: String
    public var slug: String
    public var description: String = ""
    public var bookID: Int = 0
    public var chapterID: Int = 0
    public var priority: Int = 0
    /// Page: stored (normalised) HTML.
    public var html: String = ""
    /// Tags as `(name, value)`, in order.
    public var tags: [StoredTag] = []
    /// Shelf: its books in order.
    public var books: [Int] = []
    public var revisionCount: Int = 0
    public var createdBy: Int = 1
    public var createdAt: Date = Date()
    public var updatedAt: Date = Date()

    public func tag(_ name: String) -> String? {
        tags.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }?.value
    }
}

/// One tag of a stored item.
public struct StoredTag: Sendable, Equatable {
    public var name: String
    public var value: String
}

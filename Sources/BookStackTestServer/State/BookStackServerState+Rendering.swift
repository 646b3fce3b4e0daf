import Foundation

extension BookStackServerState {
    static func timestamp(_ date: Date) -> String { date.ISO8601Format() }

    func url(of entity: StoredEntity) -> String {
        switch entity.type {
        case "bookshelf": return "\(appURL)/shelves/\(entity.slug)"
        case "book": return "\(appURL)/books/\(entity.slug)"
        case "chapter": return "\(appURL)/books/\(bookSlug(entity.bookID))/chapter/\(entity.slug)"
        default: return "\(appURL)/books/\(bookSlug(entity.bookID))/page/\(entity.slug)"
        }
    }

    func bookSlug(_ id: Int) -> String { entities["book"]?[id]?.slug ?? "" }

    /// The list-row fields of an item (no tags, no content).
    func row(_ entity: StoredEntity) -> [String: Any] {
        var row: [String: Any] = [
            "id": entity.id, "name": entity.name, "slug": entity.slug,
            "created_at": Self.timestamp(entity.createdAt),
            "updated_at": Self.timestamp(entity.updatedAt),
            "created_by": entity.createdBy, "updated_by": entity.createdBy,
            "owned_by": entity.createdBy,
        ]
        switch entity.type {
        case "page":
            row["book_id"] = entity.bookID
            row["chapter_id"] = entity.chapterID
            row["priority"] = entity.priority
            row["draft"] = false
            row["template"] = false
            row["book_slug"] = bookSlug(entity.bookID)
            row["revision_count"] = entity.revisionCount
            row["editor"] = "wysiwyg"
        case "chapter":
            row["book_id"] = entity.bookID
            row["priority"] = entity.priority
            row["description"] = entity.description
            row["book_slug"] = bookSlug(entity.bookID)
        default:
            row["description"] = entity.description
        }
        return row
    }

    func tagsJSON(_ entity: StoredEntity) -> [[String: Any]] {
        entity.tags.enumerated().map { ["name": $1.name, "value": $1.value, "order": $0] }
    }

    /// A single item as read (`detail`) or as create/update answer it.
    func render(_ entity: StoredEntity, detail: Bool, afterWrite: Bool) -> [String: Any] {
        var object = row(entity)
        let version = configuration.version
        // v23.01 shelf create/update answers carried no tags.
        if !(afterWrite && entity.type == "bookshelf" && version < .v23_05) {
            object["tags"] = tagsJSON(entity)
        }
        if version >= .v23_12 && entity.type != "page" {
            object["description_html"] = "<p>\(entity.description)</p>"
        }
        switch entity.type {
        case "page":
            object["html"] = entity.html
            object["markdown"] = ""
            if version >= .v23_06 { object["raw_html"] = entity.html }
            object["book_slug"] = nil
        case "book" where detail:
            object["contents"] = contents(ofBook: entity.id)
        case "chapter" where detail:
            object["pages"] = all("page").filter { $0.chapterID == entity.id }.sorted(
                by: Self.byPriority
            ).map(row)
        case "bookshelf":
            object["books"] =
                detail
                ? entity.books.compactMap { entities["book"]?[$0] }.map {
                    ["id": $0.id, "name": $0.name, "slug": $0.slug]
                }
                : nil
        default: break
        }
        if detail, entity.type != "page" { object["cover"] = NSNull() }
        return object
    }

    /// A book's top-level pages and chapters (chapters with their pages), by priority.
    func contents(ofBook id: Int) -> [[String: Any]] {
        let pages = all("page").filter { $0.bookID == id }
        let chapters = all("chapter").filter { $0.bookID == id }
        let top = (chapters + pages.filter { $0.chapterID == 0 }).sorted(by: Self.byPriority)
        return top.map { item in
            var object = row(item)
            object["type"] = item.type
            object["url"] = url(of: item)
            if item.type == "chapter" {
                object["pages"] = pages.filter { $0.chapterID == item.id }.sorted(
                    by: Self.byPriority
                ).map { page in
                    var pageObject = row(page)
                    pageObject["url"] = url(of: page)
                    return pageObject
                }
            }
            return object
        }
    }

    static func byPriority(_ a: StoredEntity, _ b: StoredEntity) -> Bool {
        (a.priority, a.id) < (b.priority, b.id)
    }
}

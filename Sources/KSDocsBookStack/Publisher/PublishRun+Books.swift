import Foundation

extension PublishRun {
    /// Creates or updates every book of the site, in order; fills ``bookIDs``.
    func publishBooks() async throws {
        for book in site.books {
            let existing = inventory.item("book", source: book.source)
            let name = try await chooseName(
                book.name, current: existing?.name, kind: "book", source: book.source
            ) {
                try await foreignNames(list: "/api/books", type: "book", name: book.name)
            }
            // Before v23.12 BookStack allows 1000 characters of description.
            let payload: [String: JSONValue] = [
                "name": .string(name),
                "description": .string(String(book.description.prefix(1000))),
            ]
            let digest = hash(payload.merging(["kind": .string("book")]) { a, _ in a })
            var body = payload
            body["tags"] = tags(
                source: book.source, hash: digest, keeping: existing?.otherTags ?? [])
            if let existing {
                bookIDs[book.source] = existing.id
                if existing.hash == digest {
                    step(.unchanged, "book", book.source, name)
                    continue
                }
                step(
                    .update, "book", book.source, name,
                    note: existing.name == name ? nil : "was \"\(existing.name)\"")
                if !dryRun {
                    let _: EntityRecord = try await within("updating book \(book.source)") {
                        try await client.write("PUT", "/api/books/\(existing.id)", json: body)
                    }
                }
            } else {
                step(.create, "book", book.source, name)
                if !dryRun {
                    let record = try await within("creating book \(book.source)") {
                        try await createOnce(
                            "/api/books", type: "book", source: book.source, payload: body)
                    }
                    bookIDs[book.source] = record.id
                    foreignNames[record.id] = []
                    inventory.record(
                        .init(
                            id: record.id, type: "book", name: name, slug: record.slug ?? "",
                            bookID: nil,
                            source: book.source, hash: digest))
                }
            }
        }
    }

    /// Creates or updates the shelf, listing the site's books in order (books on it that ksdocs
    /// does not own stay, after them).
    func publishShelf() async throws {
        let source = "shelf"
        let existing = inventory.item("bookshelf", source: source)
        let wanted = options.shelfName ?? site.shelfName
        let name = try await chooseName(
            wanted, current: existing?.name, kind: "shelf", source: source
        ) {
            try await foreignNames(list: "/api/shelves", type: "bookshelf", name: wanted)
        }
        let ids = site.books.map { bookIDs[$0.source] ?? 0 }
        var payload: [String: JSONValue] = [
            "name": .string(name),
            "description": .string(String(site.shelfDescription.prefix(1000))),
            "books": .array(ids.map { .int($0) }),
        ]
        let digest = hash(payload.merging(["kind": .string("shelf")]) { a, _ in a })
        payload["tags"] = tags(source: source, hash: digest, keeping: existing?.otherTags ?? [])
        guard let existing else {
            step(.create, "shelf", source, name)
            if !dryRun {
                _ = try await within("creating shelf \"\(name)\"") {
                    try await createOnce(
                        "/api/shelves", type: "bookshelf", source: source, payload: payload)
                }
            }
            return
        }
        if existing.hash == digest {
            step(.unchanged, "shelf", source, name)
            return
        }
        step(
            .update, "shelf", source, name,
            note: existing.name == name ? nil : "was \"\(existing.name)\"")
        guard !dryRun else { return }
        try await within("updating shelf \"\(name)\"") {
            let current: EntityRecord = try await client.get("/api/shelves/\(existing.id)")
            let foreign = (current.books ?? []).map(\.id).filter {
                !inventory.owns("book", id: $0) && !ids.contains($0)
            }
            payload["books"] = .array((ids + foreign).map { .int($0) })
            let _: EntityRecord = try await client.write(
                "PUT", "/api/shelves/\(existing.id)", json: payload)
        }
    }

    /// Lower-cased names of `type` items called `name` that this site does not own.
    func foreignNames(list path: String, type: String, name: String) async throws -> Set<String> {
        let rows: [EntityReference] = try await client.list(path, filters: [("filter[name]", name)])
        return Set(rows.filter { !inventory.owns(type, id: $0.id) }.map { $0.name.lowercased() })
    }
}

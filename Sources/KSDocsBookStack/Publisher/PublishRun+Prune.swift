extension PublishRun {
    /// Deletes duplicates of this site's items, and (with `prune`) items whose source is gone.
    /// Pages and chapters go first; a book only when nothing in it is foreign to this site.
    func removeStaleItems() async throws {
        let pageSources = Set(site.books.flatMap { $0.pages.map(\.source) })
        let bookSources = Set(site.books.map(\.source))
        var doomed: [(item: RemoteInventory.Item, note: String?)] = []
        for item in inventory.duplicates {
            let keeper = inventory.item(item.type, source: item.source)
            doomed.append((item, "duplicate of #\(keeper?.id ?? 0)"))
        }
        for item in inventory.all("page") where !pageSources.contains(item.source) {
            doomed.append((item, nil))
        }
        for item in inventory.all("chapter") { doomed.append((item, nil)) }
        for item in inventory.all("book") where !bookSources.contains(item.source) {
            doomed.append((item, nil))
        }
        for item in inventory.all("bookshelf") where item.source != "shelf" {
            doomed.append((item, nil))
        }

        let order = ["page": 0, "chapter": 1, "book": 2, "bookshelf": 3]
        doomed.sort {
            (order[$0.item.type] ?? 4, $0.item.id) < (order[$1.item.type] ?? 4, $1.item.id)
        }
        for (item, note) in doomed {
            let kind = item.type == "bookshelf" ? "shelf" : item.type
            guard note != nil || options.prune else {
                step(.stale, kind, item.source, item.name, note: "source gone; --prune deletes it")
                continue
            }
            if item.type == "book" || item.type == "chapter" {
                let foreign = try await foreignContent(item)
                if foreign > 0 {
                    step(
                        .keep, kind, item.source, item.name,
                        note: "holds \(foreign) item(s) ksdocs does not own")
                    warn(
                        "\(kind) \"\(item.name)\" (\(item.source)) is no longer published but holds items without "
                            + "ksdocs tags; it is kept")
                    continue
                }
            }
            step(.delete, kind, item.source, item.name, note: note)
            guard !dryRun else { continue }
            try await within("deleting \(kind) \(item.source)") {
                try await client.delete("/api/\(Self.endpoint(item.type))/\(item.id)")
            }
        }
    }

    /// How many items inside a book or chapter this site does not own (and that a delete would take along).
    func foreignContent(_ item: RemoteInventory.Item) async throws -> Int {
        let record: EntityRecord = try await client.get(
            "/api/\(Self.endpoint(item.type))/\(item.id)")
        var count = 0
        // A book lists its contents (pages and chapters with their pages); a chapter lists its pages.
        for entry in (record.contents ?? []) + (record.pages ?? []) {
            if !inventory.owns(entry.type ?? "page", id: entry.id) { count += 1 }
            for page in entry.pages ?? [] where !inventory.owns("page", id: page.id) { count += 1 }
        }
        return count
    }
}

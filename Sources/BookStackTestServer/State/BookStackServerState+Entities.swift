import Foundation

extension BookStackServerState {
    func create(_ type: String, _ request: TestRequest, token: APIToken) -> TestResponse {
        guard let body = jsonBody(request) else { return .error(400, "Invalid JSON body") }
        var validator = Validator(body)
        validator.string("name", required: true, max: 255)
        validateCommon(type, &validator)
        if type == "chapter" { validator.integer("book_id", required: true) }
        if type == "page" {
            validator.requiredWithout("book_id", "chapter_id")
            validator.requiredWithout("html", "markdown")
            validator.integer("book_id")
            validator.integer("chapter_id")
        }
        if !validator.errors.isEmpty {
            return .error(422, "The given data was invalid.", validation: validator.errors)
        }

        var entity = StoredEntity(
            type: type, id: 0,
            name: (body["name"] as? String ?? "").trimmingCharacters(in: .whitespaces), slug: "")
        entity.createdBy = token.userID
        if type == "page" || type == "chapter" {
            if let chapterID = Validator.int(body["chapter_id"]), type == "page" {
                guard let chapter = entities["chapter"]?[chapterID] else {
                    return notFound("chapter", chapterID)
                }
                entity.chapterID = chapterID
                entity.bookID = chapter.bookID
            } else if let bookID = Validator.int(body["book_id"]) {
                guard entities["book"]?[bookID] != nil else { return notFound("book", bookID) }
                entity.bookID = bookID
            }
        }
        if type == "bookshelf", let error = checkBooks(body) { return error }
        entity.id = allocateID(type)
        entity.slug = uniqueSlug(for: entity.name, type: type, bookID: entity.bookID)
        entity.priority =
            (configuration.version.hasPriority ? Validator.int(body["priority"]) : nil)
            ?? nextPriority(bookID: entity.bookID, chapterID: entity.chapterID)
        apply(body, to: &entity)
        store(entity)
        extractDataImages(pageID: entity.id)
        return .json(
            200, render(entities[type]?[entity.id] ?? entity, detail: false, afterWrite: true))
    }

    func update(_ type: String, id: Int, _ request: TestRequest) -> TestResponse {
        guard let body = jsonBody(request), var entity = entities[type]?[id] else {
            return .error(400, "Invalid JSON body")
        }
        var validator = Validator(body)
        validator.string("name", min: 1, max: 255)
        validateCommon(type, &validator)
        validator.integer("book_id")
        validator.integer("chapter_id")
        if !validator.errors.isEmpty {
            return .error(422, "The given data was invalid.", validation: validator.errors)
        }
        if type == "bookshelf", let error = checkBooks(body) { return error }
        if let name = body["name"] as? String, name != entity.name {
            entity.name = name.trimmingCharacters(in: .whitespaces)
            entity.slug = uniqueSlug(
                for: entity.name, type: type, bookID: entity.bookID, excluding: id)
        }
        if type == "page" {
            if let chapterID = Validator.int(body["chapter_id"]), chapterID != entity.chapterID {
                guard let chapter = entities["chapter"]?[chapterID] else {
                    return notFound("chapter", chapterID)
                }
                entity.chapterID = chapterID
                entity.bookID = chapter.bookID
                entity.slug = uniqueSlug(
                    for: entity.name, type: type, bookID: entity.bookID, excluding: id)
            } else if let bookID = Validator.int(body["book_id"]),
                bookID != entity.bookID || entity.chapterID != 0
            {
                guard entities["book"]?[bookID] != nil else { return notFound("book", bookID) }
                entity.bookID = bookID
                entity.chapterID = 0
                entity.priority = nextPriority(bookID: bookID, chapterID: 0)
                entity.slug = uniqueSlug(
                    for: entity.name, type: type, bookID: entity.bookID, excluding: id)
            }
        }
        if configuration.version.hasPriority, let priority = Validator.int(body["priority"]) {
            entity.priority = priority
        }
        apply(body, to: &entity)
        entity.updatedAt = Date()
        if type == "page" { entity.revisionCount += 1 }
        store(entity)
        extractDataImages(pageID: id)
        return .json(200, render(entities[type]?[id] ?? entity, detail: false, afterWrite: true))
    }

    func read(_ type: String, id: Int) -> TestResponse {
        guard let entity = entities[type]?[id] else { return notFound(type, id) }
        return .json(200, render(entity, detail: true, afterWrite: false))
    }

    func deleteEntity(_ type: String, id: Int) {
        entities[type]?[id] = nil
        if type == "book" {
            for child in all("page") + all("chapter") where child.bookID == id {
                entities[child.type]?[child.id] = nil
            }
        }
        if type == "chapter" {
            for page in all("page") where page.chapterID == id { entities["page"]?[page.id] = nil }
        }
        if type == "page" {
            for image in images.values where image.uploadedTo == id { images[image.id] = nil }
        }
    }

    private func validateCommon(_ type: String, _ validator: inout Validator) {
        if type != "page" {
            validator.string("description", max: configuration.version.descriptionLimit)
        }
        if type == "page" || type == "chapter" { validator.integer("priority") }
        if type == "page" {
            validator.string("html", max: 10_000_000)
            validator.string("markdown", max: 10_000_000)
        }
        if type == "bookshelf" { validator.array("books") }
        validator.tags()
    }

    private func checkBooks(_ body: [String: Any]) -> TestResponse? {
        for value in body["books"] as? [Any] ?? [] {
            guard let id = Validator.int(value), entities["book"]?[id] != nil else {
                return .error(
                    404, "No query results for model [BookStack\\Entities\\Models\\Book] \(value)")
            }
        }
        return nil
    }

    /// Copies the writable fields of `body` onto `entity`.
    private func apply(_ body: [String: Any], to entity: inout StoredEntity) {
        if let description = body["description"] as? String { entity.description = description }
        if let html = body["html"] as? String, entity.type == "page" {
            entity.html = HTMLNormaliser.normalise(html)
        }
        if let markdown = body["markdown"] as? String, !markdown.isEmpty, entity.type == "page" {
            entity.html = HTMLNormaliser.normalise("<p>\(markdown)</p>")
        }
        if let tags = body["tags"] as? [[String: Any]] {
            entity.tags = tags.compactMap { tag in
                let name = (tag["name"] as? String ?? "").trimmingCharacters(in: .whitespaces)
                let value = (tag["value"] as? String ?? "").trimmingCharacters(in: .whitespaces)
                return name.isEmpty ? nil : StoredTag(name: name, value: value)
            }
        }
        if let books = body["books"] as? [Any], entity.type == "bookshelf" {
            entity.books = books.compactMap { Validator.int($0) }
        }
    }
}

import Foundation

extension BookStackServerState {
    /// One `[name op value]` term of a search query.
    struct TagTerm {
        var name: String
        var op: String?
        var value: String
        var negated: Bool

        func matches(_ entity: StoredEntity) -> Bool {
            let hit = entity.tags.contains { tag in
                guard name.isEmpty || tag.name.caseInsensitiveCompare(name) == .orderedSame else {
                    return false
                }
                guard let op else { return true }
                return BookStackServerState.compare(tag.value, Self.listOp(op), value)
            }
            return hit != negated
        }

        static func listOp(_ op: String) -> String {
            [
                "=": "eq", "!=": "ne", "<": "lt", ">": "gt", "<=": "lte", ">=": "gte",
                "like": "like",
            ][op] ?? "eq"
        }
    }

    /// `GET /api/search`: tags, `{type:...}`, plain words; `count` per type, `page` from 1.
    func search(_ request: TestRequest) -> TestResponse {
        guard let query = request.queryValue("query"), !query.isEmpty else {
            return .error(
                422, "The given data was invalid.",
                validation: ["query": ["The query field is required."]])
        }
        let count = min(max(Int(request.queryValue("count") ?? "") ?? 20, 1), 100)
        let page = max(Int(request.queryValue("page") ?? "") ?? 1, 1)
        var tagTerms: [TagTerm] = []
        var types = ["bookshelf", "book", "chapter", "page"]
        var words: [String] = []
        var rest = Substring(query)
        while let first = rest.first {
            var negated = false
            if first == "-" {
                negated = true
                rest = rest.dropFirst()
            }
            guard let next = rest.first else { break }
            if next == "[", let close = rest.firstIndex(of: "]") {
                tagTerms.append(
                    Self.parseTag(
                        String(rest[rest.index(after: rest.startIndex)..<close]), negated: negated))
                rest = rest[rest.index(after: close)...]
            } else if next == "{", let close = rest.firstIndex(of: "}") {
                let filter = rest[rest.index(after: rest.startIndex)..<close]
                if filter.hasPrefix("type:") {
                    types = filter.dropFirst("type:".count).split(separator: "|").map(String.init)
                }
                rest = rest[rest.index(after: close)...]
            } else if next.isWhitespace {
                rest = rest.dropFirst()
            } else {
                let word = rest.prefix { !$0.isWhitespace }
                words.append(String(word).trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
                rest = rest[word.endIndex...]
            }
        }
        var data: [[String: Any]] = []
        var total = 0
        for type in types {
            let matches = all(type).filter { entity in
                tagTerms.allSatisfy { $0.matches(entity) }
                    && words.allSatisfy {
                        entity.name.localizedCaseInsensitiveContains($0)
                            || entity.html.localizedCaseInsensitiveContains($0)
                    }
            }
            total += matches.count
            let start = (page - 1) * count
            guard start < matches.count else { continue }
            for entity in matches[start..<min(matches.count, start + count)] {
                var item: [String: Any] = [
                    "id": entity.id, "name": entity.name, "slug": entity.slug, "type": entity.type,
                    "url": url(of: entity),
                    "created_at": Self.timestamp(entity.createdAt),
                    "updated_at": Self.timestamp(entity.updatedAt),
                    "tags": tagsJSON(entity), "preview_html": ["name": entity.name, "content": ""],
                ]
                if entity.type == "page" || entity.type == "chapter" {
                    item["book_id"] = entity.bookID
                }
                if entity.type == "page" {
                    item["chapter_id"] = entity.chapterID
                    item["draft"] = false
                    item["template"] = false
                }
                data.append(item)
            }
        }
        return .json(200, ["data": data, "total": total])
    }

    /// Splits `name=value` at the first operator found (bookstack-api.md §10).
    static func parseTag(_ text: String, negated: Bool) -> TagTerm {
        var best: (Range<String.Index>, String)?
        for op in ["!=", "<=", ">=", "=", "<", ">", "like"] {
            guard let range = text.range(of: op) else { continue }
            if let current = best, current.0.lowerBound <= range.lowerBound { continue }
            best = (range, op)
        }
        guard let (range, op) = best else {
            return TagTerm(
                name: text.trimmingCharacters(in: .whitespaces), op: nil, value: "",
                negated: negated)
        }
        return TagTerm(
            name: String(text[..<range.lowerBound]).trimmingCharacters(in: .whitespaces), op: op,
            value: String(text[range.upperBound...]).trimmingCharacters(in: .whitespaces),
            negated: negated)
    }
}

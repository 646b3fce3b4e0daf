import Foundation

extension BookStackServerState {
    /// The filterable/sortable fields per type (bookstack-api.md §6).
    static let listFields: [String: [String]] = [
        "bookshelf": [
            "id", "name", "slug", "description", "created_at", "updated_at", "created_by",
            "updated_by", "owned_by",
        ],
        "book": [
            "id", "name", "slug", "description", "created_at", "updated_at", "created_by",
            "updated_by", "owned_by",
        ],
        "chapter": [
            "id", "book_id", "name", "slug", "description", "priority", "created_at", "updated_at",
            "created_by", "updated_by",
            "owned_by",
        ],
        "page": [
            "id", "book_id", "chapter_id", "name", "slug", "priority", "draft", "template",
            "created_at", "updated_at",
            "created_by", "updated_by", "owned_by",
        ],
        "image": [
            "id", "name", "url", "path", "type", "uploaded_to", "created_by", "updated_by",
            "created_at", "updated_at",
        ],
    ]

    func list(_ type: String, _ request: TestRequest) -> TestResponse {
        listing(all(type).map(row), fields: Self.listFields[type] ?? [], request)
    }

    /// Applies `filter[...]`, `sort`, `count` and `offset` to rows; unknown fields are ignored.
    func listing(_ rows: [[String: Any]], fields: [String], _ request: TestRequest) -> TestResponse {
        var rows = rows
        for (key, value) in request.query where key.hasPrefix("filter[") && key.hasSuffix("]") {
            let spec = key.dropFirst("filter[".count).dropLast()
            let pieces = spec.split(separator: ":", maxSplits: 1).map(String.init)
            guard let field = pieces.first, fields.contains(field) else { continue }
            let op = pieces.count > 1 ? pieces[1] : "eq"
            rows = rows.filter { Self.compare($0[field], op, value) }
        }
        let sortSpec = request.queryValue("sort") ?? ""
        let descending = sortSpec.hasPrefix("-")
        var sortField = sortSpec.trimmingCharacters(in: CharacterSet(charactersIn: "+-"))
        if !fields.contains(sortField) { sortField = fields.first ?? "id" }
        rows.sort {
            let ordered = Self.order($0[sortField], $1[sortField])
            return descending ? Self.order($1[sortField], $0[sortField]) : ordered
        }
        let total = rows.count
        let count = min(max(Int(request.queryValue("count") ?? "") ?? 100, 1), 500)
        let offset = max(Int(request.queryValue("offset") ?? "") ?? 0, 0)
        let page = offset < rows.count ? Array(rows[offset..<min(rows.count, offset + count)]) : []
        return .json(200, ["data": page, "total": total])
    }

    static func text(_ value: Any?) -> String {
        switch value {
        case let int as Int: return String(int)
        case let bool as Bool: return bool ? "1" : "0"
        case let string as String: return string
        default: return ""
        }
    }

    static func order(_ a: Any?, _ b: Any?) -> Bool {
        if let x = a as? Int, let y = b as? Int { return x < y }
        return text(a).lowercased() < text(b).lowercased()
    }

    /// One filter comparison; string equality is case-insensitive like MySQL's collation.
    static func compare(_ value: Any?, _ op: String, _ wanted: String) -> Bool {
        let have = text(value)
        if op == "like" {
            let pattern =
                "^"
                + NSRegularExpression.escapedPattern(for: wanted.lowercased()).replacingOccurrences(
                    of: "%", with: ".*") + "$"
            return have.lowercased().range(of: pattern, options: .regularExpression) != nil
        }
        let sign: Int
        if let x = Int(have), let y = Int(wanted) {
            sign = x == y ? 0 : (x < y ? -1 : 1)
        } else {
            let x = have.lowercased(), y = wanted.lowercased()
            sign = x == y ? 0 : (x < y ? -1 : 1)
        }
        switch op {
        case "ne": return sign != 0
        case "gt": return sign > 0
        case "lt": return sign < 0
        case "gte": return sign >= 0
        case "lte": return sign <= 0
        default: return sign == 0
        }
    }
}

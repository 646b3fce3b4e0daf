/// The `{"data": [...], "total": n}` shape of list and search answers.
struct ListResponse<Item: Decodable & Sendable>: Decodable, Sendable {
    var data: [Item]
    var total: Int
}

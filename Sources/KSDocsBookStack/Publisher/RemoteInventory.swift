/// What BookStack already holds for one site: the items tagged `ksdocs-site=<siteID>`.
///
/// Built from one tag search (`[ksdocs-site=<id>]`, paged). Items of the
/// site are keyed by type and `ksdocs-source`; when one source has several
/// items (only possible after manual copying) the lowest id is the one kept
/// and the others are listed as duplicates.
struct RemoteInventory: Sendable {
    /// One ksdocs item as found by search.
    struct Item: Sendable, Equatable {
        var id: Int
        var type: String
        var name: String
        var slug: String
        var bookID: Int?
        var source: String
        var hash: String
        /// Tags a person added by hand; kept on every update.
        var otherTags: [Tag] = []
    }

    private(set) var items: [String: Item] = [:]
    private(set) var duplicates: [Item] = []
    /// Ids (by type) of every item of this site, duplicates included.
    private(set) var ownedIDs: Set<String> = []

    static let siteTag = "ksdocs-site"
    static let sourceTag = "ksdocs-source"
    static let hashTag = "ksdocs-hash"
    static let ownTags: Set<String> = [siteTag, sourceTag, hashTag]

    init(results: [SearchResult], siteID: String) {
        let sorted = results.sorted { $0.id < $1.id }
        for result in sorted {
            // Search matches case-insensitively; ownership is exact.
            guard result.tags.value(of: Self.siteTag) == siteID,
                let source = result.tags.value(of: Self.sourceTag), !source.isEmpty
            else { continue }
            let item = Item(
                id: result.id, type: result.type, name: result.name, slug: result.slug,
                bookID: result.bookID,
                source: source, hash: result.tags.value(of: Self.hashTag) ?? "",
                otherTags: result.tags.filter { !Self.ownTags.contains($0.name.lowercased()) })
            ownedIDs.insert(Self.key(result.type, result.id))
            let key = Self.key(result.type, source)
            if items[key] == nil {
                items[key] = item
            } else {
                duplicates.append(item)
            }
        }
    }

    func item(_ type: String, source: String) -> Item? { items[Self.key(type, source)] }

    func owns(_ type: String, id: Int) -> Bool { ownedIDs.contains(Self.key(type, "\(id)")) }

    /// Kept items of `type`, in id order.
    func all(_ type: String) -> [Item] {
        items.values.filter { $0.type == type }.sorted { $0.id < $1.id }
    }

    /// Gives an item a new source (its file was renamed): it is no longer found, or pruned, under the old one.
    mutating func move(_ item: Item, to source: String) {
        items[Self.key(item.type, item.source)] = nil
        var moved = item
        moved.source = source
        items[Self.key(item.type, source)] = moved
    }

    mutating func record(_ item: Item) {
        items[Self.key(item.type, item.source)] = item
        ownedIDs.insert(Self.key(item.type, "\(item.id)"))
    }

    private static func key(_ type: String, _ value: String) -> String { "\(type)\u{1}\(value)" }
    private static func key(_ type: String, _ id: Int) -> String { key(type, "\(id)") }
}

import Foundation

/// The test server's whole state: content, tokens, limits, faults and request counters.
///
/// An actor, so concurrent requests see a consistent store. Tests reach it
/// through ``BookStackTestServer/state`` to seed content, inject faults and
/// assert on what was written.
public actor BookStackServerState {
    var configuration: TestServerConfiguration
    /// The instance root, known once the server listens (`http://127.0.0.1:<port>`).
    var appURL = ""
    var entities: [String: [Int: StoredEntity]] = [:]
    var nextID: [String: Int] = [:]
    var images: [Int: StoredImage] = [:]
    var nextImageID = 1
    var faults: [Fault] = []
    /// `type#id` of items no token may update or delete (an item-level permission).
    var readOnly: Set<String> = []
    var records: [RequestRecord] = []
    var windowStart: Date?
    var windowCount = 0

    init(configuration: TestServerConfiguration) {
        self.configuration = configuration
    }

    func setAppURL(_ url: String) { appURL = url }

    // MARK: Configuration at run time

    public func setVersion(_ version: BookStackVersion) { configuration.version = version }
    public func setRateLimit(_ limit: RateLimit) {
        configuration.rateLimit = limit
        windowStart = nil
        windowCount = 0
    }
    public func setTokens(_ tokens: [APIToken]) { configuration.tokens = tokens }
    /// Queues a fault; faults are used in the order they were injected.
    public func inject(_ fault: Fault) { faults.append(fault) }
    public func clearFaults() { faults.removeAll() }
    /// Takes update and delete permission on one item away from every token.
    public func makeReadOnly(_ type: String, id: Int) { readOnly.insert("\(type)#\(id)") }

    // MARK: Counters

    /// Every request received, in order.
    public var requests: [RequestRecord] { records }
    /// Requests received per HTTP method.
    public var requestCounts: [String: Int] {
        Dictionary(grouping: records, by: \.method).mapValues(\.count)
    }
    /// POST/PUT/DELETE requests received.
    public var writeCount: Int { records.filter { $0.method != "GET" }.count }
    /// GET requests received.
    public var readCount: Int { records.filter { $0.method == "GET" }.count }
    public func resetCounters() { records.removeAll() }

    // MARK: Content access for tests

    /// Items of a type (`bookshelf`, `book`, `chapter`, `page`) in id order.
    public func all(_ type: String) -> [StoredEntity] {
        (entities[type] ?? [:]).values.sorted { $0.id < $1.id }
    }

    public func entity(_ type: String, id: Int) -> StoredEntity? { entities[type]?[id] }

    public var galleryImages: [StoredImage] { images.values.sorted { $0.id < $1.id } }

    /// Adds an item directly (as if made in the web UI), e.g. an untagged page; returns its id.
    @discardableResult
    public func seed(
        _ type: String, name: String, bookID: Int = 0, html: String = "<p>hand-written</p>",
        tags: [(String, String)] = [], books: [Int] = []
    ) -> Int {
        var entity = StoredEntity(type: type, id: allocateID(type), name: name, slug: "")
        entity.slug = uniqueSlug(for: name, type: type, bookID: bookID)
        entity.bookID = bookID
        entity.html = HTMLNormaliser.normalise(html)
        entity.tags = tags.map { StoredTag(name: $0.0, value: $0.1) }
        entity.books = books
        entity.priority = nextPriority(bookID: bookID, chapterID: 0)
        store(entity)
        return entity.id
    }

    // MARK: Internals shared by the handlers

    func allocateID(_ type: String) -> Int {
        let id = nextID[type, default: 1]
        nextID[type] = id + 1
        return id
    }

    func store(_ entity: StoredEntity) { entities[entity.type, default: [:]][entity.id] = entity }

    func uniqueSlug(for name: String, type: String, bookID: Int, excluding id: Int? = nil) -> String {
        let scoped = type == "page" || type == "chapter"
        return Slug.unique(Slug.make(name)) { candidate in
            all(type).contains {
                $0.slug == candidate && $0.id != id && (!scoped || $0.bookID == bookID)
            }
        }
    }

    func nextPriority(bookID: Int, chapterID: Int) -> Int {
        let siblings = (all("page") + all("chapter")).filter {
            $0.bookID == bookID
                && (chapterID == 0
                    ? ($0.type == "chapter" || $0.chapterID == 0) : $0.chapterID == chapterID)
        }
        return (siblings.map(\.priority).max() ?? 0) + 1
    }
}

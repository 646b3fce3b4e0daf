import Foundation

/// The state of one publish: inventory, ids learnt so far, features, the report.
///
/// Used from a single task, start to finish; see ``BookStackPublisher`` for the algorithm.
final class PublishRun {
    let client: BookStackClient
    let site: BookStackSite
    let options: PublishOptions
    let log: (@Sendable (String) -> Void)?
    let events: (@Sendable (PublishEvent) -> Void)?
    /// Where published links point: BookStack's own address once an answer has shown it
    /// (``BookStackAddress``), until then the address ksdocs talks to.
    var baseURL: String
    /// Whether `baseURL` came from BookStack's answers.
    var baseURLIsBookStacks = false
    /// Items compared so far, and how many the site has (books, pages, the shelf).
    var done = 0
    let total: Int

    var inventory = RemoteInventory(results: [], siteID: "")
    var report = PublishReport()
    var features = ServerFeatures()
    /// Book source → id (existing or created this run).
    var bookIDs: [String: Int] = [:]
    /// Page source → id (existing or created this run).
    var pageIDs: [String: Int] = [:]
    /// Book id → names of items in it that ksdocs does not own (read lazily).
    var foreignNames: [Int: Set<String>] = [:]
    var startReads = 0
    var startWrites = 0

    init(
        client: BookStackClient, site: BookStackSite, options: PublishOptions,
        log: (@Sendable (String) -> Void)?, events: (@Sendable (PublishEvent) -> Void)? = nil
    ) {
        self.client = client
        self.site = site
        self.options = options
        self.log = log
        self.events = events
        self.total = site.books.count + site.books.reduce(0) { $0 + $1.pages.count } + 1
        var talkedTo = client.credentials.baseURL.absoluteString
        if talkedTo.hasSuffix("/") { talkedTo.removeLast() }
        self.baseURL = talkedTo
    }

    var dryRun: Bool { options.dryRun }

    func execute() async throws -> PublishReport {
        try BookStackLimits.validate(site)
        startReads = await client.reads
        startWrites = await client.writes
        report.dryRun = dryRun
        let results = try await client.search("[\(RemoteInventory.siteTag)=\(site.siteID)]")
        inventory = RemoteInventory(results: results, siteID: site.siteID)
        log?("BookStack: found \(inventory.items.count) item(s) of site '\(site.siteID)'")
        learnBaseURL(from: results)

        try await publishBooks()
        if !baseURLIsBookStacks, !dryRun, !bookIDs.isEmpty {
            // A first publish: the books just made show BookStack's address before any page links to another.
            learnBaseURL(from: try await client.search("[\(RemoteInventory.siteTag)=\(site.siteID)] {type:book}"))
        }
        try await publishPages()
        try await publishShelf()
        try await removeStaleItems()

        report.reads = await client.reads - startReads
        report.writes = await client.writes - startWrites
        return report
    }

    // MARK: Shared helpers

    /// Takes BookStack's own address from the `url` of its search rows, if they have one.
    func learnBaseURL(from results: [SearchResult]) {
        guard !baseURLIsBookStacks, let own = BookStackAddress.appURL(from: results) else { return }
        if own != baseURL {
            log?("BookStack: links use its own address \(own) (APP_URL), not \(baseURL)")
        }
        baseURL = own
        baseURLIsBookStacks = true
    }

    /// The three ksdocs tags, after any tags a person added to the item (sending `tags` replaces them all).
    func tags(source: String, hash: String, keeping other: [Tag] = []) -> JSONValue {
        .tags(
            other + [
                Tag(name: RemoteInventory.siteTag, value: site.siteID),
                Tag(name: RemoteInventory.sourceTag, value: source),
                Tag(name: RemoteInventory.hashTag, value: hash),
            ])
    }

    /// A short hash of a payload (without its tags), as sorted-key JSON: 16 hex digits of its
    /// SHA-256 tell changes apart and keep the tag, which readers see, short.
    func hash(_ payload: [String: JSONValue]) -> String {
        let data = (try? JSONEncoder.sorted.encode(JSONValue.object(payload))) ?? Data()
        return String(SHA256.hex(data).prefix(16))
    }

    func step(
        _ action: PublishReport.Step.Action, _ kind: String, _ source: String, _ name: String,
        note: String? = nil
    ) {
        let step = PublishReport.Step(
            action: action, kind: kind, source: source, name: name, note: note)
        report.steps.append(step)
        if action != .unchanged { log?((dryRun ? "plan: " : "") + step.description) }
        // A page is announced twice when it is created and then completed; count it once.
        if step.action != .stale, step.action != .delete, step.action != .keep, done < total,
            !(action == .update && report.steps.dropLast().contains { $0.source == source && $0.kind == kind })
        {
            done += 1
            events?(.progress(done: done, total: total))
        }
    }

    func warn(_ message: String) {
        report.warnings.append(message)
        log?("warning: \(message)")
        events?(.warning(message))
    }

    /// The name a ksdocs item gets: `wanted`, or "`wanted` (ksdocs)" when an item ksdocs does not own has it.
    /// An existing item already carrying either form keeps it without a lookup.
    func chooseName(
        _ wanted: String, current: String?, kind: String, source: String,
        taken: () async throws -> Set<String>
    ) async throws -> String {
        let alternative = "\(wanted) (ksdocs)"
        if let current, current == wanted || current == alternative { return current }
        let names = try await taken()
        guard names.contains(wanted.lowercased()) else { return wanted }
        warn(
            "a \(kind) named \"\(wanted)\" exists in BookStack without ksdocs tags; "
                + "ksdocs leaves it alone and names its \(kind) for \(source) \"\(alternative)\"")
        return alternative
    }

    /// Creates an item with its tags; if the answer is lost (dropped connection, timeout, 5xx),
    /// looks the item up by tag before trying again, so a create never happens twice.
    func createOnce(_ path: String, type: String, source: String, payload: [String: JSONValue])
        async throws
        -> EntityRecord
    {
        var attempt = 0
        while true {
            attempt += 1
            do {
                return try await client.write("POST", path, json: payload)
            } catch let error as BookStackError where error.mayHaveBeenApplied && attempt < 4 {
                log?(
                    "create of \(type) \(source) got no clear answer; checking whether it happened")
                let query =
                    "[\(RemoteInventory.siteTag)=\(site.siteID)] [\(RemoteInventory.sourceTag)=\(source)] {type:\(type)}"
                let found = try await client.search(query).filter {
                    $0.type == type && $0.tags.value(of: RemoteInventory.sourceTag) == source
                        && $0.tags.value(of: RemoteInventory.siteTag) == site.siteID
                }.min { $0.id < $1.id }
                if let found {
                    return try await client.get("/api/\(Self.endpoint(type))/\(found.id)")
                }
                try await Task.sleep(nanoseconds: UInt64(attempt) * 200_000_000)
            }
        }
    }

    /// Runs `body`, prefixing any ``BookStackError`` with `context`.
    func within<T>(_ context: String, _ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch let error as BookStackError {
            throw error.adding(context: context)
        }
    }

    static func endpoint(_ type: String) -> String {
        switch type {
        case "bookshelf": return "shelves"
        case "book": return "books"
        case "chapter": return "chapters"
        default: return "pages"
        }
    }
}

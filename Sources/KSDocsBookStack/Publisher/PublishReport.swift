/// What a publish run did (or, with `dryRun`, would do).
public struct PublishReport: Sendable, Equatable {
    /// One planned or performed step per item.
    public struct Step: Sendable, Equatable, CustomStringConvertible {
        public enum Action: String, Sendable, Equatable {
            case create, update, unchanged, delete
            /// Owned by this site, source gone, kept because `prune` is off.
            case stale
            /// Owned by this site, source gone, but kept: it holds items ksdocs does not own.
            case keep
        }

        public var action: Action
        /// `shelf`, `book`, `page` or `chapter`.
        public var kind: String
        /// The `ksdocs-source` value.
        public var source: String
        public var name: String
        /// Why, when not obvious (e.g. "renamed from ...", "duplicate of #12").
        public var note: String?

        public var description: String {
            let verb = action.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            return "\(verb) \(kind) \(source) \"\(name)\"" + (note.map { " (\($0))" } ?? "")
        }
    }

    public var steps: [Step] = []
    public var warnings: [String] = []
    /// GET requests sent.
    public var reads = 0
    /// POST/PUT/DELETE requests sent (0 with `dryRun`).
    public var writes = 0
    public var dryRun = false

    public init() {}

    public var created: Int { count(.create) }
    public var updated: Int { count(.update) }
    public var unchanged: Int { count(.unchanged) }
    public var deleted: Int { count(.delete) }

    /// The plan as printable lines, one per item, in order.
    public var planLines: [String] { steps.map(\.description) }

    /// One closing line, e.g. "BookStack: 3 created, 1 updated, 10 unchanged, 0 deleted (12 reads, 4 writes)".
    public var summary: String {
        let prefix = dryRun ? "BookStack (dry run, nothing written)" : "BookStack"
        return
            "\(prefix): \(created) created, \(updated) updated, \(unchanged) unchanged, \(deleted) deleted "
            + "(\(reads) reads, \(writes) writes)"
    }

    private func count(_ action: Step.Action) -> Int { steps.filter { $0.action == action }.count }
}

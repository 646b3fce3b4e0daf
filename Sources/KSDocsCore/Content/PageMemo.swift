import Synchronization

/// Text later steps derive from a page alone (its line in the output keys, its anchors for
/// the link fingerprint), made once and kept with the page: a page `serve` takes unchanged
/// from its last build is the same object, so a rebuild does not work it over again.
final class PageMemo: Sendable {
    /// What is kept.
    enum Slot: Int, CaseIterable {
        /// The page's own fields in its `OutputKeys` skeleton line.
        case outputKeyLine
        /// The page's source and heading ids, for `LinkResolver.fingerprint`.
        case linkAnchors
    }

    private let values = Mutex<[String?]>(Array(repeating: nil, count: Slot.allCases.count))

    /// The value in `slot`, made by `make` the first time it is asked for.
    func value(_ slot: Slot, _ make: () -> String) -> String {
        if let kept = values.withLock({ $0[slot.rawValue] }) { return kept }
        let made = make()
        values.withLock { $0[slot.rawValue] = made }
        return made
    }
}

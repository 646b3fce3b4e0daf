import Synchronization

/// Text later steps derive from a page alone (its line in the output keys, its anchors for
/// the link fingerprint), made once and kept with the page: a page `serve` takes unchanged
/// from its last build is the same object, so a rebuild does not work it over again.
final class PageMemo: Sendable {
    private let values = Mutex<[String: String]>([:])

    /// The value called `name`, made by `make` the first time it is asked for.
    func value(_ name: String, _ make: () -> String) -> String {
        if let kept = values.withLock({ $0[name] }) { return kept }
        let made = make()
        values.withLock { $0[name] = made }
        return made
    }
}

import Foundation

/// BookStack's own address (its `APP_URL`), learnt from the `url` fields of its answers.
///
/// The address ksdocs talks to (over Tailscale, a local port, a proxy) is often not the
/// one readers use; BookStack builds every `url` it returns from `APP_URL`, so links
/// between published pages start from that instead (bookstack-api.md §11).
enum BookStackAddress {
    /// The `APP_URL` part of an item's web URL (`https://wiki.example/books/a/page/b` →
    /// `https://wiki.example`), or nil when `url` is not a shelf, book, chapter or page URL.
    static func appURL(fromItemURL url: String) -> String? {
        guard let scheme = url.range(of: "://") else { return nil }
        let afterHost = url[scheme.upperBound...]
        for marker in ["/books/", "/shelves/"] {
            if let range = afterHost.range(of: marker) {
                let base = String(url[..<range.lowerBound])
                return base.hasSuffix("/") ? String(base.dropLast()) : base
            }
        }
        return nil
    }

    /// The first `APP_URL` that the search rows give.
    static func appURL(from results: [SearchResult]) -> String? {
        results.lazy.compactMap { $0.url.flatMap(appURL(fromItemURL:)) }.first
    }
}

import Foundation

/// The theme's `partials/header`, rendered once per folder depth and current top-level
/// section instead of once per page.
///
/// The header holds the site navigation, one entry per top-level folder; rendering
/// it for every page made large sites slow. It can only use site-wide values, `nav`
/// and `home_url`, which is why the key is enough. The layout includes it as
/// `{{{header_html}}}`.
final class RenderedHeaderCache: @unchecked Sendable {
    private let lock = NSLock()
    private var rendered: [String: String] = [:]

    /// The header for `key`, rendering it with `render` the first time.
    func header(for key: String, render: () -> String) -> String {
        if let cached = lock.withLock({ rendered[key] }) { return cached }
        let html = render()
        lock.withLock { rendered[key] = html }
        return html
    }
}

public import Foundation

/// Publishes a ``BookStackSite`` into BookStack: reads what the site owns there, plans, applies.
///
/// ## How a run goes
/// 1. One tag search (`[ksdocs-site=<id>]`) finds every shelf, book and page
///    this site owns, with their `ksdocs-source` and `ksdocs-hash` tags.
/// 2. Books, then pages (in site order), then the shelf are compared with
///    what would be sent: the `ksdocs-hash` tag is a SHA-256 of the payload
///    (name, description, book, order, HTML with links resolved and images
///    by content hash), so an unchanged item costs no request at all.
/// 3. Missing items are created *with their tags in the same request*, so
///    a run killed at any point leaves only items a rerun recognises. A
///    create whose answer was lost (dropped connection, 5xx) is looked up by
///    tag before it is tried again, so it never makes duplicates.
/// 4. A page that links to a page created later in the same run, or whose
///    images must go to the gallery first (they need the page id), is created
///    with the hash `pending` and completed in a second pass.
/// 5. With `prune`, owned items whose source is gone are deleted (pages
///    first; a book only when it holds nothing ksdocs does not own).
///
/// Items without this site's tags are never written to. When one has the
/// name a ksdocs item wants, the ksdocs item is named "<name> (ksdocs)"
/// and a warning says so.
///
/// Links between pages use BookStack's permalink `<BOOKSTACK_URL>/link/<page-id>`,
/// which redirects to the page's current URL: it needs no slug, survives
/// renames, and so a rename never forces the pages linking to it to change.
/// Set BOOKSTACK_URL to the address readers use: links are built from it.
///
/// ## Use from the CLI
/// ```swift
/// let credentials = try BookStackCredentials.fromEnvironment(ProcessInfo.processInfo.environment)
/// let publisher = BookStackPublisher(credentials: credentials, options: options) { print($0) }
/// let report = try await publisher.publish(site)   // BookStackError: exit error.exitCode
/// report.planLines.forEach { print($0) }; print(report.summary)
/// ```
/// `log` gets progress lines (each create/update/delete as it happens, and
/// warnings, which are also in ``PublishReport/warnings``); with `verbose`
/// it also gets one line per HTTP request (method, path, status).
public struct BookStackPublisher: Sendable {
    public let client: BookStackClient
    public let options: PublishOptions
    private let log: (@Sendable (String) -> Void)?
    private let events: (@Sendable (PublishEvent) -> Void)?

    /// - Parameter log: progress and (with `verbose`) request lines; never contains the token secret.
    /// - Parameter events: progress, warnings and waits as they happen.
    public init(
        client: BookStackClient, options: PublishOptions = PublishOptions(),
        log: (@Sendable (String) -> Void)? = nil, events: (@Sendable (PublishEvent) -> Void)? = nil
    ) {
        self.client = client
        self.options = options
        self.log = log
        self.events = events
    }

    /// A publisher over URLSession with the credentials from the environment (`BOOKSTACK_*`).
    public init(
        credentials: BookStackCredentials, options: PublishOptions = PublishOptions(),
        timeout: TimeInterval = 30,
        log: (@Sendable (String) -> Void)? = nil, events: (@Sendable (PublishEvent) -> Void)? = nil
    ) {
        let requestLog: (@Sendable (String) -> Void)? = options.verbose ? log : nil
        self.init(
            client: BookStackClient(
                credentials: credentials, transport: URLSessionTransport(timeout: timeout),
                log: requestLog, waiting: { events?(.waiting(seconds: $0, reason: $1)) }),
            options: options, log: log, events: events)
    }

    /// Runs the publish (or, with `dryRun`, only the plan).
    ///
    /// Throws ``BookStackError``; `isEnvironmentError` tells setup problems (exit 2) from content ones (exit 1).
    public func publish(_ site: BookStackSite) async throws -> PublishReport {
        let run = PublishRun(client: client, site: site, options: options, log: log, events: events)
        return try await run.execute()
    }
}

/// What `ksdocs publish --bookstack` was asked to do.
public struct PublishOptions: Sendable, Equatable {
    /// Plan only: read from BookStack, write nothing.
    public var dryRun: Bool
    /// Delete ksdocs-tagged items of this site whose source is gone.
    public var prune: Bool
    /// Replaces the site's shelf name (`--shelf NAME`).
    public var shelfName: String?
    /// Report every request (method, path, status) through the publisher's log.
    public var verbose: Bool

    public init(
        dryRun: Bool = false, prune: Bool = false, shelfName: String? = nil, verbose: Bool = false
    ) {
        self.dryRun = dryRun
        self.prune = prune
        self.shelfName = shelfName
        self.verbose = verbose
    }
}

import Foundation
import KSDocsCore

/// Runs builds one at a time and tells the hub and the user how they went. The builds
/// share one `BuildSession`: the cache and search entries stay in memory between them.
actor Rebuilder {
    let options: BuildOptions
    let session = BuildSession()
    let hub: ReloadHub
    let onEvent: @Sendable (DevServerEvent) -> Void

    init(options: BuildOptions, hub: ReloadHub, onEvent: @escaping @Sendable (DevServerEvent) -> Void) {
        self.options = options
        self.hub = hub
        self.onEvent = onEvent
    }

    /// Builds the site; on success tabs reload, on failure they show the diagnostics.
    @discardableResult
    func build(changed: [String]) async -> Result<SiteBuilder.Report, BuildFailure> {
        if !changed.isEmpty { onEvent(.rebuilding(changed: changed)) }
        session.noteChanges(changed)
        do {
            let report = try await SiteBuilder(options: options, session: session).build()
            hub.buildSucceeded()
            onEvent(.built(report))
            return .success(report)
        } catch {
            let lines: [String]
            switch error {
            case .contentErrors(let diagnostics): lines = diagnostics.map(\.description)
            case .environment(let message): lines = ["error: " + message]
            }
            hub.buildFailed(lines)
            onEvent(.failed(error, lines: lines, servingLastGood: hub.currentGeneration > 0))
            return .failure(error)
        }
    }
}

import Foundation
import ServiceLifecycle

/// The watching half of the dev server: file changes → debounced rebuild → reload events.
/// On graceful shutdown it stops watching and ends every event stream, so the HTTP
/// server (shut down after it) has no open streams to wait for.
final class WatchService: Service, CustomStringConvertible, @unchecked Sendable {
    private let rebuilder: Rebuilder
    private let hub: ReloadHub
    private let debounce: Duration
    private let pending = Locked<Set<String>>([])
    private let signal: AsyncStream<Void>
    private let signalContinuation: AsyncStream<Void>.Continuation
    private let watcher = Locked<FileWatcher?>(nil)
    private let folders: [URL]

    init(folders: [URL], ignored: [URL], configuration: DevServerConfiguration, rebuilder: Rebuilder, hub: ReloadHub) {
        self.rebuilder = rebuilder
        self.hub = hub
        self.debounce = configuration.debounce
        self.folders = folders
        (signal, signalContinuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let pending = self.pending
        let continuation = signalContinuation
        watcher.set(
            FileWatcher(roots: folders, ignored: ignored, forcePolling: configuration.forcePolling) { paths in
                pending.update { $0.formUnion(paths) }
                continuation.yield()
            })
    }

    /// "Content, themes (inotify)".
    var description: String {
        let names = folders.map(\.lastPathComponent).joined(separator: ", ")
        return "\(names) (\(watcher.get()?.mode.rawValue ?? "not watching"))"
    }

    func run() async throws {
        let hub = self.hub
        let ping = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: .seconds(15))
                hub.ping()
            }
        }
        await withGracefulShutdownHandler {
            for await _ in signal {
                try? await Task.sleep(for: debounce)
                let changed = takePending()
                if !changed.isEmpty { await rebuilder.build(changed: changed) }
            }
        } onGracefulShutdown: {
            self.stop()
        }
        ping.cancel()
        stop()
    }

    func stop() {
        watcher.get()?.stop()
        signalContinuation.finish()
        hub.closeAll()
    }

    private func takePending() -> [String] {
        pending.update { paths in
            defer { paths = [] }
            return paths.sorted()
        }
    }
}

/// What a publish tells its caller while it runs, so a long run is never silent.
public enum PublishEvent: Sendable, Equatable {
    /// One more item (book, page or shelf) compared and, if needed, written: `done` of `total`.
    case progress(done: Int, total: Int)
    /// A warning, as it happens (it is also in ``PublishReport/warnings``).
    case warning(String)
    /// The client waits before retrying: BookStack's rate limit (429) or a failed request.
    case waiting(seconds: Double, reason: String)
}

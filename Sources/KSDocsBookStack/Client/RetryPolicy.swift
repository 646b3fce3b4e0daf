/// How often and how patiently the client retries.
///
/// 429 answers wait for `Retry-After` (capped at ``maxRetryAfter``) or, without
/// it, for an exponential backoff; 5xx answers, dropped connections and
/// timeouts back off exponentially. POST requests are retried after a
/// dropped connection or timeout only when the caller says they are safe to
/// repeat (the publisher checks by tag first, see ``BookStackPublisher``).
public struct RetryPolicy: Sendable {
    /// Attempts per request, the first one included.
    public var maxAttempts: Int
    /// Extra attempts allowed for 429 answers, which are the server asking us to slow down.
    public var maxRateLimitRetries: Int
    /// First backoff delay in seconds; doubles each attempt.
    public var baseDelay: Double
    /// Upper bound of one backoff delay.
    public var maxDelay: Double
    /// Upper bound for a `Retry-After` value.
    public var maxRetryAfter: Double

    public init(
        maxAttempts: Int = 4, maxRateLimitRetries: Int = 10, baseDelay: Double = 0.5,
        maxDelay: Double = 20,
        maxRetryAfter: Double = 90
    ) {
        self.maxAttempts = max(1, maxAttempts)
        self.maxRateLimitRetries = max(0, maxRateLimitRetries)
        self.baseDelay = baseDelay
        self.maxDelay = maxDelay
        self.maxRetryAfter = maxRetryAfter
    }

    public static let `default` = RetryPolicy()

    /// Backoff before retry number `retry` (1-based).
    func backoff(retry: Int) -> Double {
        min(maxDelay, baseDelay * Double(1 << min(max(retry - 1, 0), 16)))
    }
}

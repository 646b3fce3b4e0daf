/// An error from publishing to BookStack, worded to say what to do next.
///
/// ``isEnvironmentError`` separates problems of the setup (credentials,
/// permissions, network, server version: CLI exit 2) from problems of the
/// content (a name BookStack rejects, an unsupported image: CLI exit 1).
/// No error ever carries the token secret.
public struct BookStackError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Kind: String, Sendable, Equatable {
        /// BOOKSTACK_* variables missing or malformed.
        case configuration
        /// HTTP 401: unknown token or wrong secret.
        case unauthorized
        /// HTTP 403: no API access, expired token, or no permission on an item.
        case forbidden
        /// HTTP 422: BookStack rejected a field.
        case validation
        /// HTTP 404 with a JSON body: the item is gone or invisible to this token.
        case notFound
        /// HTTP 404 with an HTML body: this BookStack version lacks the endpoint.
        case endpointMissing
        /// HTTP 429 and the retries ran out.
        case rateLimited
        /// HTTP 5xx and the retries ran out, or another unexpected status.
        case server
        /// No answer: refused, dropped or timed out, and the retries ran out.
        case network
        /// An answer that is not the JSON BookStack sends.
        case invalidResponse
        /// The content cannot be published as it is.
        case content
    }

    public var kind: Kind
    public var message: String
    /// HTTP status, when the error came from an answer.
    public var status: Int?
    /// For `.validation`: field → BookStack's messages.
    public var validation: [String: [String]]

    public init(
        _ kind: Kind, _ message: String, status: Int? = nil, validation: [String: [String]] = [:]
    ) {
        self.kind = kind
        self.message = message
        self.status = status
        self.validation = validation
    }

    /// `true` for problems of the setup rather than the content (CLI exit 2).
    public var isEnvironmentError: Bool {
        switch kind {
        case .validation, .content: return false
        default: return true
        }
    }

    /// The CLI's exit code for this error: 2 for environment errors, 1 for content errors.
    public var exitCode: Int32 { isEnvironmentError ? 2 : 1 }

    public var description: String { message }

    /// A write that failed this way may still have been carried out (no answer, or a 5xx).
    var mayHaveBeenApplied: Bool {
        kind == .network || (kind == .server && (status ?? 0) >= 500)
    }

    /// A copy whose message starts with `context` (e.g. which item was being written).
    func adding(context: String) -> BookStackError {
        var copy = self
        copy.message = "\(context): \(message)"
        return copy
    }
}

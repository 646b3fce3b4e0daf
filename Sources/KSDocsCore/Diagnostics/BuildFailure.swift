/// Why a command could not do its job. Content problems exit 1, environment problems exit 2.
public enum BuildFailure: Error, Sendable, CustomStringConvertible {
    /// The content (or theme) has errors; they are in the diagnostics.
    case contentErrors([Diagnostic])
    /// Something outside the content is wrong: a missing folder, an unwritable output, a missing theme.
    case environment(String)

    public var exitCode: Int32 {
        switch self {
        case .contentErrors: return 1
        case .environment: return 2
        }
    }

    public var description: String {
        switch self {
        case .contentErrors(let diagnostics):
            return "build failed with \(diagnostics.errorCount) error(s)"
        case .environment(let message):
            return message
        }
    }
}

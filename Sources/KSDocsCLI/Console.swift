public import Foundation
public import KSDocsCore

/// Where a command's messages go. Tests capture them; the real tool writes to
/// stdout (results) and stderr (diagnostics, errors).
public final class Console: @unchecked Sendable {
    private let lock = NSLock()
    private let writeOut: @Sendable (String) -> Void
    private let writeError: @Sendable (String) -> Void
    /// Colour codes around severities (only on a terminal, never with NO_COLOR).
    public let colour: Bool
    public var quiet = false
    public var verbose = false
    /// The environment commands read settings from (BookStack credentials).
    public let environment: [String: String]

    public init(
        colour: Bool, environment: [String: String] = [:], out: @escaping @Sendable (String) -> Void,
        error: @escaping @Sendable (String) -> Void
    ) {
        self.colour = colour
        self.environment = environment
        self.writeOut = out
        self.writeError = error
    }

    /// The process's standard output and error.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        let colour = isatty(STDERR_FILENO) == 1 && environment["NO_COLOR"] == nil
        return Console(
            colour: colour, environment: environment,
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            error: { text in FileHandle.standardError.write(Data(text.utf8)) })
    }

    /// A result line, unless --quiet.
    public func info(_ line: String) {
        guard !quiet else { return }
        lock.withLock { writeOut(line + "\n") }
    }

    /// A message about the run itself (waiting, progress) on standard error, unless --quiet.
    public func note(_ line: String) {
        guard !quiet else { return }
        lock.withLock { writeError(line + "\n") }
    }

    /// A detail line, only with --verbose.
    public func detail(_ line: String) {
        guard verbose else { return }
        lock.withLock { writeError(line + "\n") }
    }

    /// An error message line, always shown.
    public func error(_ message: String) {
        let label = colour ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        lock.withLock { writeError("\(label) \(message)\n") }
    }

    /// Diagnostics, one per line, compiler-style. Warnings are hidden with --quiet.
    public func print(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where !(quiet && diagnostic.severity == .warning) {
            var line = diagnostic.description
            if colour {
                let marker = "\(diagnostic.severity.rawValue):"
                let code = diagnostic.severity == .error ? "1;31" : "1;33"
                if let range = line.range(of: " " + marker + " ") {
                    line.replaceSubrange(range, with: " \u{1B}[\(code)m\(marker)\u{1B}[0m ")
                }
            }
            lock.withLock { writeError(line + "\n") }
        }
    }
}

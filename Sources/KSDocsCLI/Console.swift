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
    /// Standard error is a terminal: progress is shown on one line that rewrites itself.
    public let interactive: Bool
    /// A progress line is on screen and must be cleared before the next line.
    private var statusShown = false
    public var quiet = false
    public var verbose = false
    /// The environment commands read settings from (BookStack credentials).
    public let environment: [String: String]

    public init(
        colour: Bool, interactive: Bool = false, environment: [String: String] = [:],
        out: @escaping @Sendable (String) -> Void, error: @escaping @Sendable (String) -> Void
    ) {
        self.colour = colour
        self.interactive = interactive
        self.environment = environment
        self.writeOut = out
        self.writeError = error
    }

    /// The process's standard output and error.
    public static func standard(environment: [String: String] = ProcessInfo.processInfo.environment) -> Console {
        let terminal = isatty(STDERR_FILENO) == 1
        return Console(
            colour: terminal && environment["NO_COLOR"] == nil, interactive: terminal, environment: environment,
            out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
            error: { text in FileHandle.standardError.write(Data(text.utf8)) })
    }

    /// A result line, unless --quiet.
    public func info(_ line: String) {
        guard !quiet else { return }
        lock.withLock { writeOut(clearStatus() + line + "\n") }
    }

    /// A message about the run itself (waiting, progress) on standard error, unless --quiet.
    public func note(_ line: String) {
        guard !quiet else { return }
        lock.withLock { writeError(clearStatus() + line + "\n") }
    }

    /// A progress line that the next one replaces; shown only on a terminal.
    public func status(_ line: String) {
        guard interactive, !quiet else { return }
        lock.withLock {
            writeError("\r\u{1B}[K" + line)
            statusShown = true
        }
    }

    /// Removes the progress line, if one is shown.
    public func endStatus() {
        lock.withLock { writeError(clearStatus()) }
    }

    /// The codes that erase a shown progress line (call with the lock held).
    private func clearStatus() -> String {
        guard statusShown else { return "" }
        statusShown = false
        return "\r\u{1B}[K"
    }

    /// A detail line, only with --verbose.
    public func detail(_ line: String) {
        guard verbose else { return }
        lock.withLock { writeError(clearStatus() + line + "\n") }
    }

    /// An error message line, always shown.
    public func error(_ message: String) {
        let label = colour ? "\u{1B}[1;31merror:\u{1B}[0m" : "error:"
        lock.withLock { writeError(clearStatus() + "\(label) \(message)\n") }
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
            lock.withLock { writeError(clearStatus() + line + "\n") }
        }
    }
}

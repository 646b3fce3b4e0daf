import Foundation

/// Commands that can destroy data or trust the network blindly (DESIGN 5.10).
/// They are warnings unless the explain block says why they are needed.
enum DangerousCommandRules {
    private struct Rule {
        var pattern: LinePattern
        var what: String
        var risk: String
    }

    private static let rules: [Rule] = [
        Rule(
            pattern: LinePattern(
                #"\brm\s+(?:-[A-Za-z]*(?:r[A-Za-z]*f|f[A-Za-z]*r)[A-Za-z]*|-[rR]\s+-f|-f\s+-[rR]|--recursive\s+--force|--force\s+--recursive)\s+(?:--\s+)?["']?[/~]"#,
                triggers: ["rm "]),
            what: "rm -rf /...", risk: "deletes a tree for good"),
        Rule(
            pattern: LinePattern(
                #"\b(?:curl|wget)\b[^|#]*\|\s*(?:sudo\s+(?:-\S+\s+)*)?(?:sh|bash|zsh|dash|ksh)\b"#,
                triggers: ["curl", "wget"]),
            what: "curl ... | sh", risk: "runs a script from the network unread"),
        Rule(
            pattern: LinePattern(#"\bchmod\s+(?:-\S+\s+)*0?777\b"#, triggers: ["777"]),
            what: "chmod 777", risk: "lets every user and process change the files"),
        Rule(
            pattern: LinePattern(
                #"(?<![A-Za-z0-9_-])--privileged\b|^\s*privileged:\s*true\b"#, triggers: ["privileged"]),
            what: "--privileged", risk: "gives the container full control of the host"),
        Rule(
            pattern: LinePattern(#"\bdd\b[^#]*\bof=/dev/"#, triggers: ["of=/dev/"]),
            what: "dd of=/dev/...", risk: "overwrites a disk"),
        Rule(
            pattern: LinePattern(#"\bmkfs(?:\.[a-z0-9]+)?\b"#, triggers: ["mkfs"]),
            what: "mkfs", risk: "erases a file system"),
    ]

    /// Every rule's trigger words: a line holding none of them matches no rule.
    private static let triggerMask: UInt64 =
        rules.contains { $0.pattern.triggerMask == 0 } ? .max : rules.reduce(0) { $0 | $1.pattern.triggerMask }

    /// Whether some rule could match `line` (it holds one of the rule's trigger words).
    static func mayMatch(_ line: ScanLine) -> Bool {
        line.triggers & triggerMask != 0
    }

    /// Dangerous commands on one line of a code block.
    static func findings(in line: String) -> [SafetyFinding] {
        findings(in: ScanLine(line))
    }

    static func findings(in scanned: ScanLine) -> [SafetyFinding] {
        let line = scanned.text
        var found: [SafetyFinding] = []
        for rule in rules {
            for match in rule.pattern.matches(in: scanned) {
                found.append(
                    SafetyFinding(
                        column: LinePattern.column(of: match.range, in: line), range: match.range,
                        message:
                            "dangerous command '\(rule.what)' \(rule.risk); say why it is needed in its explain-block comment (e.g. '# ... because ...'), or use a safer command",
                        token: rule.what))
            }
        }
        return found.sorted { $0.column < $1.column }
    }

    /// Whether a code line is a shell comment (a mention, not a command).
    static func isComment(_ line: String) -> Bool {
        // ASCII after the indentation (nearly every line) is decided on the bytes;
        // anything else (Unicode spaces, a mark on the `#`) goes through Foundation.
        let decided: Bool?? = line.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            var index = 0
            while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            guard index < bytes.count else { return false }
            if bytes[index] >= 0x80 { return nil }
            guard bytes[index] == 0x23 else { return false }
            return index + 1 == bytes.count || bytes[index + 1] < 0x80 ? true : nil
        }
        if case .some(.some(let comment)) = decided { return comment }
        return line.trimmingCharacters(in: .whitespaces).hasPrefix("#")
    }

    /// Words that show an explanation gives a reason, not just a description.
    static let reasonMarkers = [
        "because", "since", "so that", "so the", "so it", "why", "otherwise", "only", "needed", "needs", "need ",
        "required", "requires", "must", "safe", "trust", "instead", "in order to", "ensure", "make sure", "on purpose",
        "deliberately", "intended",
    ]

    /// Whether an explain-block explanation says why the dangerous command is needed.
    static func explainsWhy(_ explanation: String, finding: SafetyFinding) -> Bool {
        let lower = explanation.lowercased()
        return reasonMarkers.contains { lower.contains($0) }
    }
}

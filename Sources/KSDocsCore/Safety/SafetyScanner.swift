public import Foundation
import KSDocsCommands

/// The safety scan of DESIGN 5.10: secrets are errors, dangerous commands warnings.
///
/// `check`, `build` and `publish` run it over every page before anything leaves the
/// machine. Secrets are looked for with the same rules on every line of the file (front
/// matter, prose, inline code, tables, indented and fenced code) and of every copied text file.
/// Dangerous commands are looked for in code blocks; in an explain block, a command
/// whose `#` explanation says why (see `DangerousCommandRules.explainsWhy`) passes.
public enum SafetyScanner {
    /// The findings for one file's text, `file` being the path shown in diagnostics.
    public static func scan(_ text: String, file: String) -> [Diagnostic] {
        let document = ScannedDocument(text)
        var diagnostics: [Diagnostic] = []
        // Lines are looked at as bytes: most hold no trigger word and are skipped
        // without being copied into a String.
        let candidates: [(number: Int, line: String, triggers: UInt64)] = document.withBytes { bytes in
            var candidates: [(number: Int, line: String, triggers: UInt64)] = []
            for (index, range) in document.lines.enumerated() where !document.context(ofLine: index + 1).isFence {
                let slice = UnsafeBufferPointer(rebasing: bytes[range])
                let triggers = SafetyTriggers.scan(bytes: slice)
                if triggers == 0 { continue }
                candidates.append((index + 1, String(decoding: slice, as: UTF8.self), triggers))
            }
            return candidates
        }
        for (number, line, triggers) in candidates {
            let scanned = ScanLine(line, triggers: triggers)
            for finding in SecretRules.findings(in: scanned) {
                diagnostics.append(.error(file, line: number, column: finding.column, finding.message))
            }
            if SecretRules.mayHavePrivateKeyHeader(scanned), SecretRules.isPrivateKeyHeader(line),
                !document.privateKeyIsPlaceholder(afterLine: number)
            {
                diagnostics.append(
                    .error(
                        file, line: number, column: SecretRules.privateKeyColumn(line),
                        "secret: private key block; never publish a private key: remove it (and replace the key), or show the block as '-----BEGIN ... PRIVATE KEY-----' with '...' inside"
                    ))
            }
            guard case .code(let block) = document.context(ofLine: number),
                DangerousCommandRules.mayMatch(scanned), !DangerousCommandRules.isComment(line)
            else { continue }
            for finding in DangerousCommandRules.findings(in: scanned) {
                if let explanation = block.explanation(coveringLine: number),
                    DangerousCommandRules.explainsWhy(explanation, finding: finding)
                {
                    continue
                }
                diagnostics.append(.warning(file, line: number, column: finding.column, finding.message))
            }
        }
        return diagnostics
    }

    /// The findings for a file on disk, or nothing when it cannot be read as text.
    public static func scanFile(at url: URL, display: String) -> [Diagnostic] {
        guard let data = FileManager.default.contents(atPath: url.path),
            case .success(let text) = TextDecoding.decode(Array(data))
        else { return [] }
        return scan(text, file: display)
    }

    /// Extensions of copied files that are text worth scanning (configs, scripts, notes).
    static let textExtensions: Set<String> = [
        "yml", "yaml", "env", "sh", "bash", "conf", "cfg", "ini", "toml", "json", "txt", "service", "py", "sql",
    ]

    /// Scans the non-Markdown text files of Content/ (site.yml, services.yml, copied configs and scripts).
    public static func scanFiles(_ paths: [String], contentRoot: URL, display: String) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        for path in paths {
            let name = (path as NSString).lastPathComponent
            let ext = (name as NSString).pathExtension.lowercased()
            guard textExtensions.contains(ext) || name.hasPrefix(".env") else { continue }
            diagnostics += scanFile(
                at: contentRoot.appendingPathComponent(path), display: ContentInventory.join(display, path))
        }
        return diagnostics
    }
}

import Foundation

/// The secrets the safety scan knows: token formats by their prefixes, private key
/// blocks, credentials in URLs, and `KEY=value` / `KEY: value` / `| KEY | value |` pairs
/// whose key names a secret. The same rules hold on every line (front matter, prose,
/// inline code, tables, indented and fenced code, copied text files).
/// Messages name the kind and the key, never the value.
enum SecretRules {
    private static let tailscale = LinePattern(#"tskey-[A-Za-z0-9_-]*"#, triggers: ["tskey-"])
    private static let github = LinePattern(
        #"\b(?:gh[pousr]_|github_pat_)([A-Za-z0-9_]{20,})"#,
        triggers: ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_"])
    private static let aws = LinePattern(#"\b(?:AKIA|ASIA)([0-9A-Z]{16})\b"#, triggers: ["akia", "asia"])
    private static let jwt = LinePattern(
        #"\beyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}"#, triggers: ["eyj"])
    /// A Cloudflare tunnel token is base64 of `{"a":"<account>","t":"<tunnel>","s":"<secret>"}`.
    private static let tunnelToken = LinePattern(#"\beyJhIjoi[A-Za-z0-9+/=_-]{30,}"#, triggers: ["eyjhijoi"])
    private static let flag = LinePattern(
        #"(?<![A-Za-z0-9_-])--(token|password|passwd|secret|client-secret|authkey|auth-key|api-key)(?:=|\s+)(?=\S)"#,
        triggers: ["--token", "--pass", "--secret", "--client-secret", "--auth", "--api-key"])
    private static let authorization = LinePattern(
        #"Authorization:\s*(?:token|Bearer|Basic)\s+(?=\S)"#, caseInsensitive: true, triggers: ["authorization:"])
    /// Provider tokens with a fixed prefix: (kind, expression, triggers, placeholder advice).
    private static let providerTokens: [(kind: String, pattern: LinePattern, advice: String)] = [
        ("GitLab access token", LinePattern(#"\bglpat-([A-Za-z0-9_-]{20,})"#, triggers: ["glpat-"]), "<gitlab-token>"),
        (
            "Slack token", LinePattern(#"\bxox[abposr]-([A-Za-z0-9-]{10,})"#, triggers: ["xox"]),
            "<slack-token> or ${SLACK_BOT_TOKEN}"
        ),
        (
            "OpenAI/Anthropic-style API key",
            LinePattern(#"\bsk-(?:proj-|svcacct-|ant-(?:api\d\d-)?)?([A-Za-z0-9_-]{32,})"#, triggers: ["sk-"]),
            "<api-key> or ${OPENAI_API_KEY}"
        ),
        (
            "Stripe secret key", LinePattern(#"\b[sr]k_live_([A-Za-z0-9]{16,})"#, triggers: ["sk_live_", "rk_live_"]),
            "<stripe-key>"
        ),
        ("Google API key", LinePattern(#"\bAIza([0-9A-Za-z_-]{35})"#, triggers: ["aiza"]), "<google-api-key>"),
        ("npm access token", LinePattern(#"\bnpm_([A-Za-z0-9]{36})"#, triggers: ["npm_"]), "<npm-token>"),
    ]
    /// `scheme://user:password@host`.
    private static let urlCredentials = LinePattern(
        #"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s:/@`'"<>]+:([^\s@/`'"<>]+)@"#, triggers: ["://"])
    private static let keyValue = LinePattern(
        #"(?<![A-Za-z0-9_.$-])([A-Za-z_][A-Za-z0-9_.-]*)["'`*]{0,2}(\s*=\s*|:[*_`]{0,2}[ \t]+)"#,
        triggers: [
            "secret", "pass", "token", "credential", "api_key", "api-key", "api.key", "apikey", "auth_key", "auth-key",
            "authkey", "access_key", "access-key", "private_key", "private-key", "encryption_key", "signing_key",
        ])
    private static let sqlPassword = LinePattern(
        #"\b(?:PASSWORD|IDENTIFIED BY)\s+'"#, triggers: ["password", "identified by"])
    private static let privateKey = LinePattern(
        #"-----BEGIN ([A-Z0-9]+ )*PRIVATE KEY-----"#, triggers: ["private key-----"])

    /// Whether `line` holds the trigger of a private key header (needed, not enough).
    static func mayHavePrivateKeyHeader(_ line: ScanLine) -> Bool {
        line.triggers & privateKey.triggerMask != 0
    }

    static func isPrivateKeyHeader(_ line: String) -> Bool {
        line.contains("PRIVATE KEY-----") && !privateKey.matches(in: line).isEmpty
    }

    static func privateKeyColumn(_ line: String) -> Int {
        privateKey.matches(in: line).first.map { LinePattern.column(of: $0.range, in: line) } ?? 1
    }

    /// The secrets on one line.
    static func findings(in line: String) -> [SafetyFinding] {
        findings(in: ScanLine(line))
    }

    static func findings(in scanned: ScanLine) -> [SafetyFinding] {
        let line = scanned.text
        var found: [SafetyFinding] = []
        func add(_ range: NSRange, _ message: String) {
            guard !found.contains(where: { NSIntersectionRange($0.range, range).length > 0 }) else { return }
            found.append(SafetyFinding(column: LinePattern.column(of: range, in: line), range: range, message: message))
        }
        for match in tailscale.matches(in: scanned) {
            var tail = LinePattern.text(match.range, in: line).dropFirst("tskey-".count)
            for kind in ["auth-", "client-", "api-", "scim-", "webhook-"] where tail.hasPrefix(kind) {
                tail = tail.dropFirst(kind.count)
            }
            if tail.count >= 8, !Placeholder.isPlaceholderTail(String(tail)) {
                add(
                    match.range,
                    "secret: Tailscale key 'tskey-...'; revoke it and write a placeholder such as tskey-auth-<key> or ${TS_AUTHKEY}"
                )
            }
        }
        for match in github.matches(in: scanned)
        where !Placeholder.isPlaceholderTail(LinePattern.text(match.range(at: 1), in: line)) {
            add(
                match.range,
                "secret: GitHub/Forgejo-style access token; revoke it and write a placeholder such as <token> or ${GITHUB_TOKEN}"
            )
        }
        for match in aws.matches(in: scanned)
        where !Placeholder.isPlaceholderTail(LinePattern.text(match.range(at: 1), in: line)) {
            add(
                match.range,
                "secret: AWS access key id; deactivate it and write a placeholder such as <aws-access-key-id>")
        }
        for (kind, pattern, advice) in providerTokens {
            for match in pattern.matches(in: scanned)
            where !Placeholder.isPlaceholderTail(LinePattern.text(match.range(at: 1), in: line)) {
                add(match.range, "secret: \(kind); revoke it and write a placeholder such as \(advice)")
            }
        }
        // Cheap tests on the bytes spare the expressions lines they cannot match: a URL
        // password needs an `@`, an SQL password a `'`, a pair a key naming a secret.
        for match in hasByte(line, UInt8(ascii: "@")) ? urlCredentials.matches(in: scanned) : []
        where !Placeholder.isPlaceholder(LinePattern.text(match.range(at: 1), in: line)) {
            add(
                match.range(at: 1),
                "secret: password in a URL (scheme://user:password@host); write a placeholder such as ${DB_PASSWORD} or <password>"
            )
        }
        for match in jwt.matches(in: scanned) {
            add(match.range, "secret: JSON Web Token; tokens like this grant access: write a placeholder such as <jwt>")
        }
        for match in tunnelToken.matches(in: scanned) {
            add(
                match.range,
                "secret: Cloudflare tunnel token; rotate it in the Cloudflare dashboard and write a placeholder such as <tunnel-token> or ${TUNNEL_TOKEN}"
            )
        }
        for match in flag.matches(in: scanned) {
            let name = LinePattern.text(match.range(at: 1), in: line)
            guard let value = Self.value(in: line, from: match.range.location + match.range.length),
                !Placeholder.isPlaceholder(value.text)
            else { continue }
            let kind =
                name == "token" ? "token after --token (a Cloudflare tunnel token?)" : "literal value after --\(name)"
            add(
                value.range,
                "secret: \(kind); write a placeholder such as <\(name)> or ${\(name.uppercased().replacingOccurrences(of: "-", with: "_"))}"
            )
        }
        for match in authorization.matches(in: scanned) {
            guard let value = Self.value(in: line, from: match.range.location + match.range.length),
                !Placeholder.isPlaceholder(value.text)
            else { continue }
            add(value.range, "secret: credential in an Authorization header; write a placeholder such as <token>")
        }
        for match in hasByte(line, UInt8(ascii: "'")) ? sqlPassword.matches(in: scanned) : [] {
            guard let value = Self.value(in: line, from: match.range.location + match.range.length - 1),
                !Placeholder.isPlaceholder(value.text)
            else { continue }
            add(value.range, "secret: literal password in SQL; write a placeholder such as 'changeme' or <password>")
        }
        for match in mayHaveSecretPair(line) ? keyValue.matches(in: scanned) : [] {
            let name = LinePattern.text(match.range(at: 1), in: line)
            let separator = LinePattern.text(match.range(at: 2), in: line)
            guard namesSecret(name),
                let value = Self.value(in: line, from: match.range.location + match.range.length),
                SecretValue.isLiteralSecret(value.text, assigned: separator.contains("="))
            else { continue }
            let kind = name.uppercased() == "TUNNEL_TOKEN" ? " (a Cloudflare tunnel token)" : ""
            add(
                value.range,
                "secret: '\(name)' has a literal value\(kind); write a placeholder such as ${\(name)} or <\(name.lowercased())>"
            )
        }
        for cell in hasByte(line, UInt8(ascii: "|")) ? tableValues(in: line) : []
        where SecretValue.isLiteralSecret(cell.value.text, assigned: false) {
            add(
                cell.value.range,
                "secret: '\(cell.name)' has a literal value in a table; write a placeholder such as <\(cell.name.lowercased())>"
            )
        }
        return found.sorted { $0.column < $1.column }
    }

    /// Table rows `| KEY | value |`: each cell naming a secret with the single value in the next cell.
    static func tableValues(in line: String) -> [(name: String, value: (text: String, range: NSRange))] {
        let utf16 = Array(line.utf16)
        var bars: [Int] = []
        for (offset, unit) in utf16.enumerated() where unit == 0x7C && (offset == 0 || utf16[offset - 1] != 0x5C) {
            bars.append(offset)
        }
        guard bars.count >= 3 else { return [] }
        func cell(_ index: Int) -> (text: String, range: NSRange) {
            let range = NSRange(location: bars[index] + 1, length: bars[index + 1] - bars[index] - 1)
            let raw = LinePattern.text(range, in: line)
            let leading = raw.prefix { $0 == " " || $0 == "\t" }.utf16.count
            let text = raw.trimmingCharacters(in: .whitespaces)
            return (text, NSRange(location: range.location + leading, length: text.utf16.count))
        }
        var pairs: [(name: String, value: (text: String, range: NSRange))] = []
        for index in 0..<(bars.count - 2) {
            let name: String
            switch asciiKey(utf16[(bars[index] + 1)..<bars[index + 1]]) {
            case .key(let key):
                name = key
            case .notKey:
                continue
            case .notASCII:
                name = cell(index).text.trimmingCharacters(in: CharacterSet(charactersIn: "`*"))
                guard name.range(of: #"^[A-Za-z_][A-Za-z0-9_.-]*$"#, options: .regularExpression) != nil else {
                    continue
                }
            }
            guard namesSecret(name) else { continue }
            let value = cell(index + 1)
            guard !value.text.isEmpty, !value.text.contains(" ") else { continue }
            pairs.append((name, value))
        }
        return pairs
    }

    private enum CellKey {
        case key(String)
        case notKey
        /// The cell holds more than printable ASCII: Foundation decides.
        case notASCII
    }

    /// A table cell's key, trimmed of spaces and tabs, then of `` ` `` and `*`, when the cell
    /// is printable ASCII and tabs: a name `[A-Za-z_][A-Za-z0-9_.-]*`, or `.notKey`.
    private static func asciiKey(_ cell: ArraySlice<UInt16>) -> CellKey {
        guard cell.allSatisfy({ (0x20...0x7E).contains($0) || $0 == 0x09 }) else { return .notASCII }
        var units = cell.drop { $0 == 0x20 || $0 == 0x09 }
        while let last = units.last, last == 0x20 || last == 0x09 { units.removeLast() }
        units = units.drop { $0 == 0x60 || $0 == 0x2A }
        while let last = units.last, last == 0x60 || last == 0x2A { units.removeLast() }
        func isLetter(_ unit: UInt16) -> Bool { (0x41...0x5A).contains(unit) || (0x61...0x7A).contains(unit) }
        guard let first = units.first, isLetter(first) || first == 0x5F,
            units.allSatisfy({ isLetter($0) || (0x30...0x39).contains($0) || $0 == 0x5F || $0 == 0x2E || $0 == 0x2D })
        else { return .notKey }
        return .key(String(decoding: units, as: UTF16.self))
    }

    /// Whether `line` holds `byte` (searched with `memchr`).
    static func hasByte(_ line: String, _ byte: UInt8) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// Last words of the keys `namesSecret` accepts, lowercase.
    private static let secretKeyEnds: [[UInt8]] = [
        "key", "secret", "password", "passwd", "pass", "token", "credentials", "passphrase",
    ].map { Array($0.utf8) }

    /// Whether some `=` or `:` of `line` could end a `keyValue` pair whose key names a
    /// secret: the key, up to any quotes, `*` and trailing `_.-`, ends (ignoring case) with a
    /// last word `namesSecret` accepts. Needed for a finding, not enough: the expression decides.
    static func mayHaveSecretPair(_ line: String) -> Bool {
        var line = line
        return line.withUTF8 { bytes in
            for separator in bytes.indices where bytes[separator] == 0x3D || bytes[separator] == 0x3A {
                var end = separator
                if bytes[separator] == 0x3D {  // `\s*=`: ASCII whitespace; other spaces are not decided here
                    while end > 0, bytes[end - 1] == 0x20 || (0x09...0x0D).contains(bytes[end - 1]) { end -= 1 }
                    if end > 0, bytes[end - 1] >= 0x80 { return true }
                }
                while end > 0, [0x22, 0x27, 0x60, 0x2A].contains(bytes[end - 1]) { end -= 1 }
                while end > 0, [0x5F, 0x2E, 0x2D].contains(bytes[end - 1]) { end -= 1 }
                for word in secretKeyEnds where word.count <= end {
                    var offset = 0
                    while offset < word.count, bytes[end - word.count + offset] | 0x20 == word[offset] {
                        offset += 1
                    }
                    if offset == word.count { return true }
                }
            }
            return false
        }
    }

    /// Whether a key name says its value is a secret: its last word is a secret word
    /// (`POSTGRES_PASSWORD`, `FORGEJO_TOKEN`, `client_secret`, `AUTHENTIK_SECRET_KEY`, `api-key`),
    /// not merely containing one (`SECRET_TIMEOUT`, `TOKEN_TTL`, `PASSWORD_FILE` are settings).
    static func namesSecret(_ name: String) -> Bool {
        let words = name.uppercased().split { $0 == "_" || $0 == "-" || $0 == "." }.map(String.init)
        guard let last = words.last else { return false }
        if ["SECRET", "PASSWORD", "PASSWD", "PASS", "TOKEN", "APIKEY", "AUTHKEY", "CREDENTIALS", "PASSPHRASE"]
            .contains(last)
        {
            return true
        }
        let previous = words.count > 1 ? words[words.count - 2] : ""
        return last == "KEY"
            && ["API", "AUTH", "ACCESS", "PRIVATE", "SECRET", "ENCRYPTION", "SIGNING"].contains(previous)
    }

    /// The value starting at UTF-16 offset `start`: a quoted string, or the text up to
    /// whitespace or a shell/Markdown delimiter. Nil when there is none.
    static func value(in line: String, from start: Int) -> (text: String, range: NSRange)? {
        let utf16 = Array(line.utf16)
        guard start < utf16.count else { return nil }
        let first = utf16[start]
        var end = start
        if first == 0x22 || first == 0x27 || first == 0x60 {  // ", ' or `
            guard let close = utf16[(start + 1)...].firstIndex(of: first) else { return nil }
            end = close + 1
        } else {
            let stops: Set<UInt16> = Set(" \t`;,)|&\"'".utf16)
            while end < utf16.count, !stops.contains(utf16[end]) { end += 1 }
        }
        guard end > start else { return nil }
        let range = NSRange(location: start, length: end - start)
        return (LinePattern.text(range, in: line), range)
    }
}

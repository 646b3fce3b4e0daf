import Foundation

/// One thing the safety scan found on a line: where (1-based column) and what.
struct SafetyFinding: Equatable {
    var column: Int
    /// The matched text's length in UTF-16 units, to drop overlapping findings.
    var range: NSRange
    var message: String
    /// What matched, for dangerous commands (`rm -rf /`); never a secret's value.
    var token: String = ""
}

/// A line being scanned, with which trigger words it contains (see `SafetyTriggers`).
struct ScanLine {
    let text: String
    /// Bit `i` is set when `SafetyTriggers.words[i]` occurs in the line (ignoring ASCII case).
    let triggers: UInt64

    init(_ text: String) {
        self.text = text
        triggers = SafetyTriggers.scan(Substring(text))
    }

    /// A line whose triggers were already found with `SafetyTriggers.scan`.
    init(_ text: String, triggers: UInt64) {
        self.text = text
        self.triggers = triggers
    }
}

/// The trigger words of every safety pattern, found in one pass over a line.
///
/// Regular expressions are slow next to the rest of a build, so each pattern names
/// words one of which every match contains; a line holding none of a pattern's
/// words is never given to its expression.
enum SafetyTriggers {
    /// Every trigger word, lowercase ASCII, three bytes or more; a pattern's triggers must be in this list.
    static let words: [String] = [
        "tskey-", "ghp_", "gho_", "ghu_", "ghs_", "ghr_", "github_pat_", "akia", "asia", "eyj", "eyjhijoi",
        "--token", "--pass", "--secret", "--client-secret", "--auth", "--api-key", "authorization:", "secret",
        "pass", "token", "credential", "password", "api_key", "api-key", "api.key", "apikey", "auth_key", "auth-key",
        "authkey", "access_key", "access-key", "private_key", "private-key", "encryption_key", "signing_key",
        "identified by", "private key-----", "glpat-", "xox", "sk-", "sk_live_", "rk_live_", "aiza", "npm_", "://",
        "rm ", "curl",
        "wget", "777", "privileged", "of=/dev/", "mkfs",
    ]

    private static let bytes: [[UInt8]] = words.map { Array($0.utf8) }

    /// Every trigger word has at least three bytes (the scan looks them up by their first
    /// three): a shorter line holds none.
    private static let shortest = 3

    /// Trigger numbers grouped by their first byte: those starting with byte `b` are
    /// `byFirstByte[firstByteStart[b]..<firstByteStart[b + 1]]`.
    private static let byFirstByte: [UInt8] = (0..<256).flatMap { byte in
        bytes.indices.filter { Int(bytes[$0][0]) == byte }.map { UInt8($0) }
    }
    private static let firstByteStart: [Int] = {
        var starts = [Int](repeating: 0, count: 257)
        for word in bytes { starts[Int(word[0]) + 1] += 1 }
        for byte in 0..<256 { starts[byte + 1] += starts[byte] }
        return starts
    }()

    static func mask(for triggers: [String]) -> UInt64 {
        var mask: UInt64 = 0
        for trigger in triggers {
            guard let number = words.firstIndex(of: trigger.lowercased()) else {
                preconditionFailure("safety trigger '\(trigger)' is not in SafetyTriggers.words")
            }
            mask |= 1 << UInt64(number)
        }
        return mask
    }

    /// The triggers present in `line`, as a bit mask.
    static func scan(_ line: Substring) -> UInt64 {
        if let mask = line.utf8.withContiguousStorageIfAvailable({ scan(bytes: $0) }) { return mask }
        var copy = String(line)
        return copy.withUTF8 { scan(bytes: $0) }
    }

    /// Bit `hash(b0, b1, b2)` is set when some trigger word starts with those three
    /// (lowercase) bytes: most positions of a line are ruled out by one lookup.
    private static let firstThreeBytes: [UInt64] = {
        var bits = [UInt64](repeating: 0, count: (hashMask + 1) / 64)
        for word in bytes {
            let hash = hash(word[0], word[1], word[2])
            bits[hash >> 6] |= 1 << UInt64(hash & 63)
        }
        return bits
    }()

    private static let hashMask = 0x7FFF

    @inline(__always) private static func hash(_ b0: UInt8, _ b1: UInt8, _ b2: UInt8) -> Int {
        (Int(b0) << 10 ^ Int(b1) << 5 ^ Int(b2)) & hashMask
    }

    /// The triggers present in a line's UTF-8 bytes, as a bit mask.
    static func scan(bytes buffer: UnsafeBufferPointer<UInt8>) -> UInt64 {
        let count = buffer.count
        guard count >= shortest, let base = buffer.baseAddress else { return 0 }
        // The tables are read once per line, not once per byte.
        let triples = firstThreeBytes
        let starts = firstByteStart
        let numbers = byFirstByte
        let words = bytes
        var mask: UInt64 = 0
        var b0 = lower(base[0])
        var b1 = lower(base[1])
        var index = 2
        while index < count {
            let b2 = lower(base[index])
            let hash = hash(b0, b1, b2)
            if triples[hash >> 6] & (1 << UInt64(hash & 63)) != 0 {
                // A word may start at `start`, the first of the three bytes.
                let start = index - 2
                for number in numbers[starts[Int(b0)]..<starts[Int(b0) + 1]] {
                    let word = words[Int(number)]
                    guard start + word.count <= count else { continue }
                    var offset = 1
                    while offset < word.count, lower(base[start + offset]) == word[offset] { offset += 1 }
                    if offset == word.count { mask |= 1 << UInt64(number) }
                }
            }
            b0 = b1
            b1 = b2
            index += 1
        }
        return mask
    }

    @inline(__always) private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
}

/// A compiled pattern with helpers for finding matches in a line.
struct LinePattern: @unchecked Sendable {
    let regex: NSRegularExpression
    /// The `SafetyTriggers` a line must contain (one of) for the expression to run; 0 runs it always.
    let triggerMask: UInt64

    init(_ pattern: String, caseInsensitive: Bool = false, triggers: [String] = []) {
        // The patterns are constants of this module: a bad one is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        triggerMask = SafetyTriggers.mask(for: triggers)
    }

    func matches(in line: ScanLine) -> [NSTextCheckingResult] {
        guard triggerMask == 0 || line.triggers & triggerMask != 0 else { return [] }
        return regex.matches(in: line.text, range: NSRange(location: 0, length: (line.text as NSString).length))
    }

    func matches(in line: String) -> [NSTextCheckingResult] {
        matches(in: ScanLine(line))
    }

    /// The 1-based column (in characters) where `range` starts in `line`.
    static func column(of range: NSRange, in line: String) -> Int {
        (line as NSString).substring(to: range.location).count + 1
    }

    static func text(_ range: NSRange, in line: String) -> String {
        range.location == NSNotFound ? "" : (line as NSString).substring(with: range)
    }
}

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

/// A compiled pattern with helpers for finding matches in a line.
///
/// Regular expressions are slow next to the rest of a build, so a pattern can name
/// `triggers`: ASCII words one of which every match contains (compared without case).
/// A line without any of them is skipped without running the expression.
struct LinePattern: @unchecked Sendable {
    let regex: NSRegularExpression
    let triggers: [[UInt8]]

    init(_ pattern: String, caseInsensitive: Bool = false, triggers: [String] = []) {
        // The patterns are constants of this module: a bad one is a programming error caught by the tests.
        regex = try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        self.triggers = triggers.map { Array($0.lowercased().utf8) }
    }

    func matches(in line: String) -> [NSTextCheckingResult] {
        guard triggers.isEmpty || triggers.contains(where: { Self.contains(line, $0) }) else { return [] }
        return regex.matches(in: line, range: NSRange(location: 0, length: (line as NSString).length))
    }

    /// Whether `line` contains the lowercase ASCII `word`, ignoring ASCII case.
    static func contains(_ line: String, _ word: [UInt8]) -> Bool {
        guard let first = word.first else { return true }
        var bytes = line.utf8.makeIterator()
        var window: [UInt8] = []
        window.reserveCapacity(word.count)
        // A small rolling comparison; lines are short.
        let utf8 = Array(line.utf8)
        _ = bytes
        _ = window
        if utf8.count < word.count { return false }
        var index = 0
        let last = utf8.count - word.count
        while index <= last {
            if lower(utf8[index]) == first {
                var offset = 1
                while offset < word.count, lower(utf8[index + offset]) == word[offset] { offset += 1 }
                if offset == word.count { return true }
            }
            index += 1
        }
        return false
    }

    private static func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }

    /// The 1-based column (in characters) where `range` starts in `line`.
    static func column(of range: NSRange, in line: String) -> Int {
        (line as NSString).substring(to: range.location).count + 1
    }

    static func text(_ range: NSRange, in line: String) -> String {
        range.location == NSNotFound ? "" : (line as NSString).substring(with: range)
    }
}

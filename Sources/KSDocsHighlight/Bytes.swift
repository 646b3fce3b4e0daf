/// Byte-level helpers shared by the scanners. All work on ASCII; bytes of
/// multi-byte UTF-8 characters (>= 0x80) are never split because every
/// token boundary the scanners choose is an ASCII byte.
enum Bytes {
    static let newline: UInt8 = 0x0A
    static let space: UInt8 = 0x20
    static let tab: UInt8 = 0x09
    static let cr: UInt8 = 0x0D

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    /// `[A-Za-z0-9_]`
    @inline(__always) static func isIdent(_ b: UInt8) -> Bool { isAlpha(b) || isDigit(b) || b == 0x5F }
    /// Space, tab or carriage return (not newline).
    @inline(__always) static func isBlank(_ b: UInt8) -> Bool { b == space || b == tab || b == cr }
    @inline(__always) static func isSpace(_ b: UInt8) -> Bool { isBlank(b) || b == newline }
    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { isAlpha(b) ? b | 0x20 : b }

    /// Index of the next `\n` at or after `i`, or `to`.
    static func lineEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to && s[j] != newline { j += 1 }
        return j
    }

    /// Index of the first non-blank byte at or after `i` on the same line.
    static func skipBlanks(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to && isBlank(s[j]) { j += 1 }
        return j
    }

    /// End of an identifier `[A-Za-z0-9_]*` starting at `i`.
    static func identEnd(_ s: [UInt8], _ i: Int, _ to: Int) -> Int {
        var j = i
        while j < to && isIdent(s[j]) { j += 1 }
        return j
    }

    /// Whether `s[i..<to]` starts with `word` (exact bytes).
    static func hasPrefix(_ s: [UInt8], _ i: Int, _ to: Int, _ word: StaticString) -> Bool {
        let n = word.utf8CodeUnitCount
        guard to - i >= n else { return false }
        return word.withUTF8Buffer { w in
            for k in 0..<n where s[i + k] != w[k] { return false }
            return true
        }
    }

    /// End of a quoted string opened at `i` (which holds `quote`): the index after
    /// the closing quote, or `to`. With `escapes`, a backslash skips the next byte.
    /// With `stopAtNewline`, an unterminated string ends before the newline.
    static func quotedEnd(
        _ s: [UInt8], _ i: Int, _ to: Int, quote: UInt8, escapes: Bool, stopAtNewline: Bool = false
    ) -> Int {
        var j = i + 1
        while j < to {
            let b = s[j]
            if b == quote { return j + 1 }
            if stopAtNewline && b == newline { return j }
            j += (escapes && b == 0x5C) ? 2 : 1
        }
        return to
    }

    /// Whether `s[from..<to]` is a decimal, hex, octal, binary or float number
    /// (optional sign, `_` separators, exponent).
    static func isNumber(_ s: [UInt8], _ from: Int, _ to: Int) -> Bool {
        var i = from
        if i < to && (s[i] == 0x2D || s[i] == 0x2B) { i += 1 }
        guard i < to, isDigit(s[i]) || (s[i] == 0x2E && i + 1 < to && isDigit(s[i + 1])) else { return false }
        if s[i] == 0x30 && i + 1 < to && "xXoObB".utf8.contains(s[i + 1]) {
            i += 2
            guard i < to else { return false }
            while i < to {
                let b = s[i]
                guard isDigit(b) || ((b | 0x20) >= 0x61 && (b | 0x20) <= 0x66) || b == 0x5F else { return false }
                i += 1
            }
            return true
        }
        var seenDot = false
        var seenExp = false
        while i < to {
            let b = s[i]
            if isDigit(b) || b == 0x5F {
            } else if b == 0x2E && !seenDot && !seenExp {
                seenDot = true
            } else if (b | 0x20) == 0x65 && !seenExp {
                seenExp = true
                if i + 1 < to && (s[i + 1] == 0x2B || s[i + 1] == 0x2D) { i += 1 }
                guard i + 1 < to, isDigit(s[i + 1]) else { return false }
            } else {
                return false
            }
            i += 1
        }
        return true
    }
}

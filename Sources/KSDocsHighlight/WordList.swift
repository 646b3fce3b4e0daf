/// A fixed set of ASCII words, looked up without allocating.
///
/// Words are bucketed by length and first letter; a lookup compares the
/// candidate bytes in place against the few words in one bucket.
struct WordList: Sendable {
    private var buckets: [[[UInt8]]]
    private let caseInsensitive: Bool

    /// - Parameter caseInsensitive: compare ASCII letters ignoring case (SQL, Dockerfile).
    init(_ words: [String], caseInsensitive: Bool = false) {
        self.caseInsensitive = caseInsensitive
        buckets = Array(repeating: [], count: 32 * 32)
        for word in words {
            var bytes = Array(word.utf8)
            if caseInsensitive { bytes = bytes.map(Bytes.lower) }
            buckets[Self.bucket(bytes.count, bytes[0])].append(bytes)
        }
    }

    @inline(__always) private static func bucket(_ count: Int, _ first: UInt8) -> Int {
        min(count, 31) << 5 | Int(Bytes.lower(first) & 31)
    }

    /// Whether `s[from..<to]` is one of the words.
    func contains(_ s: [UInt8], _ from: Int, _ to: Int) -> Bool {
        let n = to - from
        guard n > 0, n < 31 else { return false }
        for word in buckets[Self.bucket(n, s[from])] {
            var k = 0
            while k < n {
                let b = caseInsensitive ? Bytes.lower(s[from + k]) : s[from + k]
                if b != word[k] { break }
                k += 1
            }
            if k == n { return true }
        }
        return false
    }
}

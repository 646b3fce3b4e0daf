import Foundation

/// The postings of one shard's pages grouped by token, in the order `SearchIndex.shardJSON`
/// writes them: tokens as `String <` orders them, each token's postings by page.
///
/// Replaces a `[String: [(page, fields)]]` and a sort of its keys, which hashed every
/// (page, token) with SipHash, grew an array per token and compared keys as `String`s.
/// Here an ASCII token (nearly all of them) is looked up by its bytes in a `TokenTable`,
/// the postings are one array grouped once all are in, and ASCII tokens are ordered by
/// their bytes, which is how `String <` orders ASCII text.
///
/// A token with a non-ASCII character is looked up in a `[String: Int]` and ordered with
/// `String <`, as before: `String` equality and order are by canonical equivalence (a
/// precomposed `é` equals `e` + U+0301), not by bytes. No ASCII token is canonically
/// equivalent to a non-ASCII one: the only non-ASCII characters that decompose to ASCII are
/// the Kelvin sign (lowercased to `k` by the tokenizer), U+037E and U+1FEF (`;` and `` ` ``,
/// both separators), so the two lookups never split what `String` equality would join.
struct ShardPostings {
    /// Each distinct token, in order of first appearance.
    private var tokens: [String] = []
    /// Each distinct token: where its UTF-8 bytes are in `arena`, its first 8 bytes as a
    /// big-endian number (zeros past the end, so numbers order like the bytes), and whether it is ASCII.
    private var keys: [(start: Int, count: Int, prefix: UInt64, isASCII: Bool)] = []
    /// The UTF-8 bytes of every distinct token, one after another.
    private var arena: [UInt8] = []
    /// ASCII tokens: their index in `tokens`.
    private var asciiTokens = TokenTable(capacity: 4096)
    /// Other tokens: their index in `tokens`.
    private var otherTokens: [String: Int] = [:]
    /// Every posting as added (so by page): its token's index, page and fields.
    private var postings: [(token: Int, page: Int, fields: SearchIndex.Field)] = []

    /// Adds `token`'s posting for `page`; pages must come in increasing order.
    mutating func add(_ token: String, page: Int, fields: SearchIndex.Field) {
        var utf8 = token
        let index = utf8.withUTF8 { bytes -> Int in
            let isASCII = !bytes.contains { $0 >= 0x80 }
            let index: Int
            if isASCII {
                let (found, isNew) = asciiTokens.findOrInsert(bytes, value: tokens.count)
                guard isNew else { return found }
                index = found
            } else {
                if let found = otherTokens[token] { return found }
                index = tokens.count
                otherTokens[token] = index
            }
            var prefix: UInt64 = 0
            for offset in 0..<8 { prefix = prefix << 8 | UInt64(offset < bytes.count ? bytes[offset] : 0) }
            tokens.append(token)
            keys.append((arena.count, bytes.count, prefix, isASCII))
            arena.append(contentsOf: bytes)
            return index
        }
        postings.append((index, page, fields))
    }

    /// Calls `body` with each token's UTF-8 bytes, the token and its postings (page and
    /// fields, by page), tokens in `String <` order.
    func forEachToken(
        _ body: (UnsafeBufferPointer<UInt8>, String, ArraySlice<(page: Int, fields: SearchIndex.Field)>) -> Void
    ) {
        // Postings grouped by token, keeping page order within a token (a counting sort).
        var starts = [Int](repeating: 0, count: tokens.count + 1)
        for posting in postings { starts[posting.token + 1] += 1 }
        for index in 0..<tokens.count { starts[index + 1] += starts[index] }
        var next = starts
        var grouped = [(page: Int, fields: SearchIndex.Field)](repeating: (0, []), count: postings.count)
        for posting in postings {
            grouped[next[posting.token]] = (posting.page, posting.fields)
            next[posting.token] += 1
        }
        arena.withUnsafeBufferPointer { arena in
            let base = arena.baseAddress!
            for index in sortedTokens(arena: base) {
                let key = keys[index]
                body(
                    UnsafeBufferPointer(start: base + key.start, count: key.count), tokens[index],
                    grouped[starts[index]..<starts[index + 1]])
            }
        }
    }

    /// Token indices in `String <` order of their tokens.
    private func sortedTokens(arena: UnsafePointer<UInt8>) -> [Int] {
        var order = Array(0..<tokens.count)
        keys.withUnsafeBufferPointer { keys in
            order.sort { left, right in
                let a = keys[left]
                let b = keys[right]
                guard a.isASCII, b.isASCII else { return tokens[left] < tokens[right] }
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                let common = min(a.count, b.count)
                if common > 8 {
                    let order = memcmp(arena + a.start + 8, arena + b.start + 8, common - 8)
                    if order != 0 { return order < 0 }
                }
                return a.count < b.count
            }
        }
        return order
    }
}

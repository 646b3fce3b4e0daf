import Foundation

/// A page's distinct search tokens, looked up by their UTF-8 bytes.
///
/// The index sees every word of every page, most of them repeats; a `[String: Int]` made
/// a `String` and hashed it with SipHash for each. Here a token is hashed (FNV-1a, by the
/// tokenizer as it scans) and compared as bytes in place, and copied only the first time
/// it is seen.
struct TokenTable {
    /// The bytes of every token, one after another.
    private var arena: [UInt8] = []
    /// Each token: where its bytes are in `arena`, its hash and its value.
    private var tokens: [(start: Int, count: Int, hash: UInt64, value: Int)] = []
    /// Open addressing: an index into `tokens`, or -1 for an empty slot. A power of two long.
    private var slots: [Int]

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = [Int](repeating: -1, count: size)
    }

    /// The value stored for `bytes`, or `value` stored for it when it is new (`isNew`).
    mutating func findOrInsert(_ bytes: UnsafeBufferPointer<UInt8>, value: Int) -> (value: Int, isNew: Bool) {
        var hash = StreamingHash()
        hash.feed(bytes)
        return findOrInsert(bytes, hash: hash.value, value: value)
    }

    /// `findOrInsert(_:value:)` for bytes whose `StreamingHash` value is `hash`.
    mutating func findOrInsert(
        _ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64, value: Int
    ) -> (value: Int, isNew: Bool) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let found = slots[slot]
            if found < 0 { break }
            if tokens[found].hash == hash, equals(found, bytes) { return (tokens[found].value, false) }
            slot = (slot + 1) & mask
        }
        slots[slot] = tokens.count
        tokens.append((arena.count, bytes.count, hash, value))
        arena.append(contentsOf: bytes)
        if tokens.count * 2 > slots.count { grow() }
        return (value, true)
    }

    private func equals(_ token: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let (start, count, _, _) = tokens[token]
        guard count == bytes.count else { return false }
        return arena.withUnsafeBufferPointer { arena in
            count == 0 || memcmp(arena.baseAddress! + start, bytes.baseAddress!, count) == 0
        }
    }

    /// Doubles the slots and places every token again.
    private mutating func grow() {
        slots = [Int](repeating: -1, count: slots.count * 2)
        let mask = slots.count - 1
        for (index, token) in tokens.enumerated() {
            var slot = Int(truncatingIfNeeded: token.hash) & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = index
        }
    }
}

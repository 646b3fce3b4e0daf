import Foundation

/// Reads back one shard line of a search part file, `{"b":N,"t":{"token":[n,...],...}}`,
/// as `SearchIndex.shardJSON` writes it: a scan over its bytes, several times faster than
/// `JSONSerialization` (which made reading a shard the largest part of a one-page edit's
/// search update). Anything it does not expect hands the line to `JSONSerialization`.
enum ShardLine {
    /// The shard's first page and each token's numbers, or nil if the line is not a shard.
    static func parse(_ line: Substring) -> (base: Int, table: [(token: String, numbers: [Int])])? {
        let fast = line.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(Array(line.utf8))
        return fast ?? parsedAsJSON(line)
    }

    private static func parsedAsJSON(_ line: Substring) -> (base: Int, table: [(token: String, numbers: [Int])])? {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
            let base = object["b"] as? Int, let table = object["t"] as? [String: [Int]]
        else { return nil }
        return (base, table.map { ($0.key, $0.value) })
    }

    private static func scan(_ bytes: some RandomAccessCollection<UInt8>) -> (
        base: Int, table: [(token: String, numbers: [Int])]
    )? {
        var reader = Reader(bytes: Array(bytes))
        guard reader.skip("{\"b\":"), let base = reader.number(), reader.skip(",\"t\":{") else { return nil }
        var table: [(token: String, numbers: [Int])] = []
        if reader.skip("}") { return reader.skip("}") && reader.atEnd ? (base, table) : nil }
        while true {
            guard let token = reader.string(), reader.skip(":[") else { return nil }
            var numbers: [Int] = []
            if !reader.skip("]") {
                while true {
                    guard let number = reader.number() else { return nil }
                    numbers.append(number)
                    if reader.skip("]") { break }
                    guard reader.skip(",") else { return nil }
                }
            }
            table.append((token, numbers))
            if reader.skip("}") { break }
            guard reader.skip(",") else { return nil }
        }
        return reader.skip("}") && reader.atEnd ? (base, table) : nil
    }

    private struct Reader {
        let bytes: [UInt8]
        var at = 0

        var atEnd: Bool { at == bytes.count }

        /// Moves past `text` if it comes next.
        mutating func skip(_ text: StaticString) -> Bool {
            let count = text.utf8CodeUnitCount
            guard at + count <= bytes.count else { return false }
            let matches = text.withUTF8Buffer { expected in
                expected.indices.allSatisfy { bytes[at + $0] == expected[$0] }
            }
            if matches { at += count }
            return matches
        }

        /// A non-negative decimal number.
        mutating func number() -> Int? {
            var value = 0
            let start = at
            while at < bytes.count, bytes[at] >= 48, bytes[at] <= 57, at - start < 18 {
                value = value * 10 + Int(bytes[at] - 48)
                at += 1
            }
            return at > start ? value : nil
        }

        /// A JSON string with the escapes `SearchIndex.json` writes (no surrogate pairs).
        mutating func string() -> String? {
            guard at < bytes.count, bytes[at] == 34 else { return nil }
            at += 1
            var out: [UInt8] = []
            while at < bytes.count {
                let byte = bytes[at]
                at += 1
                if byte == 34 { return String(decoding: out, as: UTF8.self) }
                guard byte == 92 else {
                    out.append(byte)
                    continue
                }
                guard at < bytes.count else { return nil }
                let escape = bytes[at]
                at += 1
                switch escape {
                case 34, 92, 47: out.append(escape)
                case UInt8(ascii: "n"): out.append(10)
                case UInt8(ascii: "r"): out.append(13)
                case UInt8(ascii: "t"): out.append(9)
                case UInt8(ascii: "u"):
                    guard at + 4 <= bytes.count,
                        let value = UInt32(String(decoding: bytes[at..<(at + 4)], as: UTF8.self), radix: 16),
                        let scalar = Unicode.Scalar(value)
                    else { return nil }
                    at += 4
                    out += Array(String(Character(scalar)).utf8)
                default: return nil
                }
            }
            return nil
        }
    }
}

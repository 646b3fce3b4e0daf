/// A compact binary form of `Codable` values, for the build cache, where JSON took longer
/// to read and write than the work it saves.
///
/// Values are written in the order their `encode(to:)` writes them, without keys:
/// integers as (zig-zag) variable-length numbers, strings as a length and UTF-8 bytes,
/// optionals in keyed containers as a presence byte, lists with their count first.
/// Reading must use the same types in the same order. Dictionaries are not supported
/// (their keys would be lost): store them as lists, as `BuildCache` does.
enum BinaryCoder {
    static func encode(_ value: some Encodable) throws -> [UInt8] {
        let writer = BinaryWriter()
        try value.encode(to: BinaryEncoder(writer: writer))
        return writer.bytes
    }

    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
        try T(from: BinaryDecoder(reader: BinaryReader(bytes)))
    }

    /// What the format cannot hold or the bytes did not hold.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func unsupported(_ what: String) -> Failure {
        Failure(description: "the binary cache format cannot hold \(what)")
    }
}

/// The bytes being written.
final class BinaryWriter {
    private(set) var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// Makes room for `count` more bytes at once (instead of the array doubling, and copying,
    /// as it grows), when the caller knows a large part's size.
    func reserve(_ count: Int) {
        bytes.reserveCapacity(bytes.count + count)
    }

    func varint(_ value: UInt64) {
        var value = value
        while value >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }

    func int(_ value: Int64) {
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)))
    }

    func bool(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    func double(_ value: Double) {
        withUnsafeBytes(of: value.bitPattern.littleEndian) { bytes.append(contentsOf: $0) }
    }

    func string(_ value: String) {
        var value = value
        value.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    /// Bytes written as they are, after their count.
    func raw(_ value: [UInt8]) {
        varint(UInt64(value.count))
        bytes.append(contentsOf: value)
    }

    /// Room for a list's count, filled in by `patchCount`.
    func reserveCount() -> Int {
        bytes.append(contentsOf: [0, 0, 0, 0])
        return bytes.count - 4
    }

    func patchCount(_ count: Int, at offset: Int) {
        let value = UInt32(truncatingIfNeeded: count)
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }
}

/// The bytes being read, and where.
final class BinaryReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func truncated() -> BinaryCoder.Failure {
        BinaryCoder.Failure(description: "the binary cache ends early (at byte \(offset))")
    }

    func byte() throws -> UInt8 {
        guard offset < bytes.count else { throw truncated() }
        defer { offset += 1 }
        return bytes[offset]
    }

    func varint() throws -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let next = try byte()
            value |= UInt64(next & 0x7F) << shift
            if next < 0x80 { return value }
            shift += 7
            if shift > 63 { throw BinaryCoder.Failure(description: "a number in the binary cache is too long") }
        }
    }

    func integer<T: FixedWidthInteger & SignedInteger>(_ type: T.Type) throws -> T {
        let raw = try varint()
        let value = Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
        guard let result = T(exactly: value) else { throw BinaryCoder.Failure(description: "number out of range") }
        return result
    }

    func unsigned<T: FixedWidthInteger & UnsignedInteger>(_ type: T.Type) throws -> T {
        guard let result = T(exactly: try varint()) else {
            throw BinaryCoder.Failure(description: "number out of range")
        }
        return result
    }

    func bool() throws -> Bool {
        try byte() != 0
    }

    func double() throws -> Double {
        guard offset + 8 <= bytes.count else { throw truncated() }
        var pattern: UInt64 = 0
        for index in 0..<8 { pattern |= UInt64(bytes[offset + index]) << (8 * UInt64(index)) }
        offset += 8
        return Double(bitPattern: pattern)
    }

    func string() throws -> String {
        let length = Int(try varint())
        guard length >= 0, offset + length <= bytes.count else { throw truncated() }
        defer { offset += length }
        return bytes.withUnsafeBufferPointer { buffer in
            String(decoding: UnsafeBufferPointer(rebasing: buffer[offset..<(offset + length)]), as: UTF8.self)
        }
    }

    func raw() throws -> [UInt8] {
        let length = Int(try varint())
        guard length >= 0, offset + length <= bytes.count else { throw truncated() }
        defer { offset += length }
        return Array(bytes[offset..<(offset + length)])
    }

    func count() throws -> Int {
        guard offset + 4 <= bytes.count else { throw truncated() }
        var value = 0
        for index in 0..<4 { value |= Int(bytes[offset + index]) << (8 * index) }
        offset += 4
        return value
    }
}

/// Bytes already in the binary form (a value encoded on its own), stored as they are.
struct RawBytes: Codable, Sendable {
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(from decoder: any Decoder) throws {
        guard let binary = decoder as? BinaryDecoder else {
            throw BinaryCoder.unsupported("raw bytes in another format")
        }
        bytes = try binary.reader.raw()
    }

    func encode(to encoder: any Encoder) throws {
        guard let binary = encoder as? BinaryEncoder else {
            throw BinaryCoder.unsupported("raw bytes in another format")
        }
        binary.writer.raw(bytes)
    }
}

struct BinaryEncoder: Encoder {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(KeyedBinaryEncoding<Key>(writer: writer))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        UnkeyedBinaryEncoding(writer: writer)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SingleBinaryEncoding(writer: writer)
    }
}

struct BinaryDecoder: Decoder {
    let reader: BinaryReader
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(KeyedBinaryDecoding<Key>(reader: reader))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try UnkeyedBinaryDecoding(reader: reader)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleBinaryDecoding(reader: reader)
    }
}

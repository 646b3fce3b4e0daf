// The containers of BinaryCoder: one method per value type the Codable protocols name.

struct SingleBinaryEncoding: SingleValueEncodingContainer {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil() throws { throw BinaryCoder.unsupported("a nil outside a keyed container") }
    mutating func encode(_ value: Bool) throws { writer.bool(value) }
    mutating func encode(_ value: String) throws { writer.string(value) }
    mutating func encode(_ value: Double) throws { writer.double(value) }
    mutating func encode(_ value: Float) throws { writer.double(Double(value)) }
    mutating func encode(_ value: Int) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int8) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int16) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int32) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int64) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: UInt) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt8) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt16) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt32) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt64) throws { writer.varint(UInt64(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { try value.encode(to: BinaryEncoder(writer: writer)) }
}

struct KeyedBinaryEncoding<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let writer: BinaryWriter
    var codingPath: [any CodingKey] { [] }

    mutating func encodeNil(forKey key: Key) throws { writer.bool(false) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { writer.bool(value) }
    mutating func encode(_ value: String, forKey key: Key) throws { writer.string(value) }
    mutating func encode(_ value: Double, forKey key: Key) throws { writer.double(value) }
    mutating func encode(_ value: Float, forKey key: Key) throws { writer.double(Double(value)) }
    mutating func encode(_ value: Int, forKey key: Key) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { writer.int(Int64(value)) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { writer.varint(UInt64(value)) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { writer.varint(UInt64(value)) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try value.encode(to: BinaryEncoder(writer: writer))
    }
    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.bool(value) }
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.string(value) }
    }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.double(value) }
    }
    mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.double(Double(value)) }
    }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.int(Int64(value)) }
    }
    mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.int(Int64(value)) }
    }
    mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.int(Int64(value)) }
    }
    mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.int(Int64(value)) }
    }
    mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.int(Int64(value)) }
    }
    mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.varint(UInt64(value)) }
    }
    mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.varint(UInt64(value)) }
    }
    mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.varint(UInt64(value)) }
    }
    mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.varint(UInt64(value)) }
    }
    mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { writer.varint(UInt64(value)) }
    }
    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        writer.bool(value != nil)
        if let value { try value.encode(to: BinaryEncoder(writer: writer)) }
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey>
    {
        KeyedEncodingContainer(KeyedBinaryEncoding<NestedKey>(writer: writer))
    }
    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        UnkeyedBinaryEncoding(writer: writer)
    }
    mutating func superEncoder() -> any Encoder { BinaryEncoder(writer: writer) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { BinaryEncoder(writer: writer) }
}

/// Writes its element count first (patched as elements are added).
final class UnkeyedBinaryEncoding: UnkeyedEncodingContainer {
    let writer: BinaryWriter
    private let countOffset: Int
    private(set) var count = 0
    var codingPath: [any CodingKey] { [] }

    init(writer: BinaryWriter) {
        self.writer = writer
        countOffset = writer.reserveCount()
    }

    private func added() {
        count += 1
        writer.patchCount(count, at: countOffset)
    }

    func encodeNil() throws { throw BinaryCoder.unsupported("a nil in a list") }
    func encode(_ value: Bool) throws {
        writer.bool(value)
        added()
    }
    func encode(_ value: String) throws {
        writer.string(value)
        added()
    }
    func encode(_ value: Double) throws {
        writer.double(value)
        added()
    }
    func encode(_ value: Float) throws {
        writer.double(Double(value))
        added()
    }
    func encode(_ value: Int) throws {
        writer.int(Int64(value))
        added()
    }
    func encode(_ value: Int8) throws {
        writer.int(Int64(value))
        added()
    }
    func encode(_ value: Int16) throws {
        writer.int(Int64(value))
        added()
    }
    func encode(_ value: Int32) throws {
        writer.int(Int64(value))
        added()
    }
    func encode(_ value: Int64) throws {
        writer.int(Int64(value))
        added()
    }
    func encode(_ value: UInt) throws {
        writer.varint(UInt64(value))
        added()
    }
    func encode(_ value: UInt8) throws {
        writer.varint(UInt64(value))
        added()
    }
    func encode(_ value: UInt16) throws {
        writer.varint(UInt64(value))
        added()
    }
    func encode(_ value: UInt32) throws {
        writer.varint(UInt64(value))
        added()
    }
    func encode(_ value: UInt64) throws {
        writer.varint(UInt64(value))
        added()
    }
    func encode<T: Encodable>(_ value: T) throws {
        try value.encode(to: BinaryEncoder(writer: writer))
        added()
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        added()
        return KeyedEncodingContainer(KeyedBinaryEncoding<NestedKey>(writer: writer))
    }
    func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        added()
        return UnkeyedBinaryEncoding(writer: writer)
    }
    func superEncoder() -> any Encoder { BinaryEncoder(writer: writer) }
}

struct SingleBinaryDecoding: SingleValueDecodingContainer {
    let reader: BinaryReader
    var codingPath: [any CodingKey] { [] }

    func decodeNil() -> Bool { false }
    func decode(_ type: Bool.Type) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type) throws -> String { try reader.string() }
    func decode(_ type: Double.Type) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type) throws -> Int { try reader.integer(Int.self) }
    func decode(_ type: Int8.Type) throws -> Int8 { try reader.integer(Int8.self) }
    func decode(_ type: Int16.Type) throws -> Int16 { try reader.integer(Int16.self) }
    func decode(_ type: Int32.Type) throws -> Int32 { try reader.integer(Int32.self) }
    func decode(_ type: Int64.Type) throws -> Int64 { try reader.integer(Int64.self) }
    func decode(_ type: UInt.Type) throws -> UInt { try reader.unsigned(UInt.self) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try reader.unsigned(UInt8.self) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try reader.unsigned(UInt16.self) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try reader.unsigned(UInt32.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try reader.unsigned(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try T(from: BinaryDecoder(reader: reader)) }
}

struct KeyedBinaryDecoding<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let reader: BinaryReader
    var codingPath: [any CodingKey] { [] }
    /// Keys are not stored: dictionaries are written as lists (see `BinaryCoder`).
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { try !reader.bool() }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try reader.bool() }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try reader.string() }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try reader.double() }
    func decode(_ type: Float.Type, forKey key: Key) throws -> Float { Float(try reader.double()) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try reader.integer(Int.self) }
    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try reader.integer(Int8.self) }
    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try reader.integer(Int16.self) }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try reader.integer(Int32.self) }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try reader.integer(Int64.self) }
    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try reader.unsigned(UInt.self) }
    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try reader.unsigned(UInt8.self) }
    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try reader.unsigned(UInt16.self) }
    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try reader.unsigned(UInt32.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try reader.unsigned(UInt64.self) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try T(from: BinaryDecoder(reader: reader))
    }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        try reader.bool() ? try reader.bool() : nil
    }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try reader.bool() ? try reader.string() : nil
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try reader.bool() ? try reader.double() : nil
    }
    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        try reader.bool() ? Float(try reader.double()) : nil
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        try reader.bool() ? try reader.integer(Int.self) : nil
    }
    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        try reader.bool() ? try reader.integer(Int8.self) : nil
    }
    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        try reader.bool() ? try reader.integer(Int16.self) : nil
    }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        try reader.bool() ? try reader.integer(Int32.self) : nil
    }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        try reader.bool() ? try reader.integer(Int64.self) : nil
    }
    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        try reader.bool() ? try reader.unsigned(UInt.self) : nil
    }
    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        try reader.bool() ? try reader.unsigned(UInt8.self) : nil
    }
    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        try reader.bool() ? try reader.unsigned(UInt16.self) : nil
    }
    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        try reader.bool() ? try reader.unsigned(UInt32.self) : nil
    }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        try reader.bool() ? try reader.unsigned(UInt64.self) : nil
    }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        try reader.bool() ? try T(from: BinaryDecoder(reader: reader)) : nil
    }
    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        KeyedDecodingContainer(KeyedBinaryDecoding<NestedKey>(reader: reader))
    }
    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try UnkeyedBinaryDecoding(reader: reader)
    }
    func superDecoder() throws -> any Decoder { BinaryDecoder(reader: reader) }
    func superDecoder(forKey key: Key) throws -> any Decoder { BinaryDecoder(reader: reader) }
}

struct UnkeyedBinaryDecoding: UnkeyedDecodingContainer {
    let reader: BinaryReader
    let count: Int?
    private(set) var currentIndex = 0
    var codingPath: [any CodingKey] { [] }
    var isAtEnd: Bool { currentIndex >= (count ?? 0) }

    init(reader: BinaryReader) throws {
        self.reader = reader
        count = try reader.count()
    }

    mutating func decodeNil() throws -> Bool { false }
    mutating func decode(_ type: Bool.Type) throws -> Bool {
        currentIndex += 1
        return try reader.bool()
    }
    mutating func decode(_ type: String.Type) throws -> String {
        currentIndex += 1
        return try reader.string()
    }
    mutating func decode(_ type: Double.Type) throws -> Double {
        currentIndex += 1
        return try reader.double()
    }
    mutating func decode(_ type: Float.Type) throws -> Float {
        currentIndex += 1
        return Float(try reader.double())
    }
    mutating func decode(_ type: Int.Type) throws -> Int {
        currentIndex += 1
        return try reader.integer(Int.self)
    }
    mutating func decode(_ type: Int8.Type) throws -> Int8 {
        currentIndex += 1
        return try reader.integer(Int8.self)
    }
    mutating func decode(_ type: Int16.Type) throws -> Int16 {
        currentIndex += 1
        return try reader.integer(Int16.self)
    }
    mutating func decode(_ type: Int32.Type) throws -> Int32 {
        currentIndex += 1
        return try reader.integer(Int32.self)
    }
    mutating func decode(_ type: Int64.Type) throws -> Int64 {
        currentIndex += 1
        return try reader.integer(Int64.self)
    }
    mutating func decode(_ type: UInt.Type) throws -> UInt {
        currentIndex += 1
        return try reader.unsigned(UInt.self)
    }
    mutating func decode(_ type: UInt8.Type) throws -> UInt8 {
        currentIndex += 1
        return try reader.unsigned(UInt8.self)
    }
    mutating func decode(_ type: UInt16.Type) throws -> UInt16 {
        currentIndex += 1
        return try reader.unsigned(UInt16.self)
    }
    mutating func decode(_ type: UInt32.Type) throws -> UInt32 {
        currentIndex += 1
        return try reader.unsigned(UInt32.self)
    }
    mutating func decode(_ type: UInt64.Type) throws -> UInt64 {
        currentIndex += 1
        return try reader.unsigned(UInt64.self)
    }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try T(from: BinaryDecoder(reader: reader))
    }
    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        currentIndex += 1
        return KeyedDecodingContainer(KeyedBinaryDecoding<NestedKey>(reader: reader))
    }
    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try UnkeyedBinaryDecoding(reader: reader)
    }
    mutating func superDecoder() throws -> any Decoder { BinaryDecoder(reader: reader) }
}

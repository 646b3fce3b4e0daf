import Foundation
import Synchronization

/// The search part files the last build wrote (see `SearchIndex.files(reusing:)`), each read
/// only when a line of it is asked for, and only while it is still as that build wrote it.
final class PreviousSearchFiles: Sendable {
    private let output: String
    private let keys: ScriptKeys
    /// Per part: whether its file is still as written (its `stat` unchanged).
    private let intact: [Bool]
    /// The numbers of the pages and shards of the intact parts, by key.
    private let entryNumbers: [String: Int]
    private let shardNumbers: [String: Int]
    /// The lines of the parts read so far (nil: unreadable).
    private let loaded = Mutex<[Int: PartLines?]>([:])

    /// The files in `output` the last build wrote with `keys`, or nil when it wrote none.
    init?(output: URL, keys: ScriptKeys) {
        guard !keys.parts.isEmpty else { return nil }
        let output = output.path
        let intact = keys.parts.enumerated().map { number, part in
            part.file != nil && FileSignature.of(path: output + "/" + SearchIndex.partPath(number)) == part.file
        }
        var entryNumbers: [String: Int] = [:]
        for (number, key) in keys.entries.enumerated()
        where !key.isEmpty && intact.indices.contains(number / SearchIndex.partSize)
            && intact[number / SearchIndex.partSize]
        {
            entryNumbers[key] = number
        }
        var shardNumbers: [String: Int] = [:]
        let shardsPerPart = SearchIndex.partSize / SearchIndex.shardSize
        for (number, key) in keys.shards.enumerated()
        where !key.isEmpty && intact.indices.contains(number / shardsPerPart) && intact[number / shardsPerPart] {
            shardNumbers[key] = number
        }
        (self.output, self.keys, self.intact) = (output, keys, intact)
        (self.entryNumbers, self.shardNumbers) = (entryNumbers, shardNumbers)
    }

    /// Part `number` as the last build wrote it, if that part had `key` and its file is intact.
    func unchangedPart(_ number: Int, key: String) -> ScriptKeys.Part? {
        guard !key.isEmpty, number < keys.parts.count, keys.parts[number].key == key, intact[number] else { return nil }
        return keys.parts[number]
    }

    /// The number of the page with `key` in the last build's index, if an intact part has it.
    func entryNumber(forKey key: String) -> Int? { entryNumbers[key] }

    /// The line of the page with `key`.
    func entryLine(forKey key: String) -> Substring? {
        guard let number = entryNumbers[key] else { return nil }
        let part = number / SearchIndex.partSize
        return lines(ofPart: part)?.entries[number - part * SearchIndex.partSize]
    }

    /// The line of the shard with `key`.
    func shardLine(forKey key: String) -> Substring? {
        shardNumbers[key].flatMap(shardLine(at:))
    }

    /// The line of shard `number`.
    func shardLine(at number: Int) -> Substring? {
        let perPart = SearchIndex.partSize / SearchIndex.shardSize
        let part = number / perPart
        guard part < intact.count, intact[part] else { return nil }
        return lines(ofPart: part)?.shards[number - part * perPart]
    }

    /// The lines of part `number`, read on first use (outside the lock: two readers may both read it).
    private func lines(ofPart number: Int) -> PartLines? {
        if let kept = loaded.withLock({ $0[number] }) { return kept }
        let pages = min(SearchIndex.partSize, keys.entries.count - number * SearchIndex.partSize)
        let shards = (pages + SearchIndex.shardSize - 1) / SearchIndex.shardSize
        let lines = FileManager.default.contents(atPath: output + "/" + SearchIndex.partPath(number)).flatMap {
            PartLines(text: String(decoding: $0, as: UTF8.self), pages: pages, shards: shards)
        }
        loaded.withLock { $0[number] = lines }
        return lines
    }
}

/// The page and shard lines of one part file.
struct PartLines: Sendable {
    var entries: [Substring]
    var shards: [Substring]

    /// The lines of a part file of `pages` pages and `shards` shards, or nil when it has others.
    init?(text: String, pages: Int, shards: Int) {
        // Split on bytes: splitting on Characters would run grapheme breaking over the whole file.
        let lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            Substring($0)
        }
        func isLine(_ line: Substring, _ text: String) -> Bool { line.utf8.elementsEqual(text.utf8) }
        guard let middle = lines.firstIndex(where: { isLine($0, "],\"shards\":[") }) else { return nil }
        let entryLines = lines[1..<middle]
        let shardLines = lines[(middle + 1)...].prefix { !isLine($0, "]};") }
        guard entryLines.count == pages, shardLines.count == shards else { return nil }
        func trimmed(_ line: Substring) -> Substring {
            // On bytes: Character-wise suffix checks would walk lines a shard long.
            guard line.utf8.last == UInt8(ascii: ",") else { return line }
            return line[..<line.utf8.index(before: line.endIndex)]
        }
        entries = entryLines.map(trimmed)
        self.shards = shardLines.map(trimmed)
    }
}

/// The tokens of the pages of the last build's search files, read back from their shards:
/// a page that did not change keeps its tokens without its text being tokenized again
/// (pages taken from the build cache have no full text). Shards are parsed on first use.
final class PreviousTokens: Sendable {
    typealias Tokens = [(token: String, fields: SearchIndex.Field)]
    private let files: PreviousSearchFiles
    private let parsed = Mutex<[Int: [Tokens]]>([:])

    init(_ files: PreviousSearchFiles) {
        self.files = files
    }

    /// Whether the last build indexed a page with `key` (in a part file still as written).
    func has(_ key: String) -> Bool {
        files.entryNumber(forKey: key) != nil
    }

    /// The tokens of the page with `key` in the last build (empty if it has none).
    func tokens(forKey key: String) -> Tokens {
        guard let number = files.entryNumber(forKey: key) else { return [] }
        let shard = number / SearchIndex.shardSize
        let pages = parsed.withLock { $0[shard] } ?? parse(shard)
        let offset = number - shard * SearchIndex.shardSize
        return offset < pages.count ? pages[offset] : []
    }

    /// The tokens of each page of shard `shard`, from its postings.
    private func parse(_ shard: Int) -> [Tokens] {
        var pages = [Tokens](repeating: [], count: SearchIndex.shardSize)
        if let line = files.shardLine(at: shard), let (base, table) = ShardLine.parse(line) {
            for (token, numbers) in table {
                var page = base
                for number in numbers {
                    page += number >> 4
                    let offset = page - shard * SearchIndex.shardSize
                    if offset >= 0, offset < pages.count {
                        pages[offset].append((token, SearchIndex.Field(rawValue: number & 15)))
                    }
                }
            }
        }
        parsed.withLock { $0[shard] = pages }
        return pages
    }
}

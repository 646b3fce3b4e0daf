import Foundation
import KSDocsCommands

/// A Markdown file split into lines, with what each line is: front matter, prose,
/// a fence line, or a line of a fenced code block.
///
/// Lines are byte ranges of the text's UTF-8 (found with `memchr`, no copies), and
/// explain blocks are parsed only when a dangerous command in them asks for its
/// explanation: most lines of most files never need either. Fences and front matter
/// delimiters are recognised on the bytes; a line is looked at as Characters only
/// when a byte that is not ASCII could change the answer (a mark on a backtick,
/// Unicode spaces around `---`).
///
/// The scan does not reuse the loader's Markdown parse: it runs on the whole file
/// (front matter included) before the parse, on copied text files that are never
/// parsed, and with its own, simpler notion of a fence, which its findings depend on.
struct ScannedDocument {
    /// The text, contiguous UTF-8 (a bridged string is copied once).
    let text: String
    /// Each line's byte range in `text.utf8`, without its LF.
    let lines: [Range<Int>]
    private var contexts: [LineContext]

    enum LineContext {
        case prose
        case frontMatter
        case fence
        case code(CodeBlock)

        var isFence: Bool {
            if case .fence = self { return true }
            return false
        }
    }

    /// A fenced code block: its explain-block commands, by the file lines they cover.
    final class CodeBlock {
        /// The explain dialect of the block, nil for a plain code block.
        let dialect: ExplainDialect?
        /// The block's code (fence indentation removed), one element per line; empty for
        /// a plain code block, which has no commands to look up.
        let code: [Substring]
        /// File line (1-based) of the first code line.
        let firstCodeLine: Int

        init(dialect: ExplainDialect?, code: [Substring], firstCodeLine: Int) {
            self.dialect = dialect
            self.code = code
            self.firstCodeLine = firstCodeLine
        }

        /// (first line, last line, explanation) per command of an explain block, parsed on first use.
        lazy var commands: [(first: Int, last: Int, explanation: String?)] = {
            guard let dialect else { return [] }
            return ExplainBlockParser.parse(code.joined(separator: "\n"), dialect: dialect).map { command in
                let first = firstCodeLine + command.line - 1
                let height = command.command.split(separator: "\n", omittingEmptySubsequences: false).count
                return (first, first + height - 1, command.explanation)
            }
        }()

        /// The explanation of the explain-block command that covers file line `line`.
        func explanation(coveringLine line: Int) -> String? {
            commands.first { $0.first <= line && line <= $0.last }?.explanation
        }
    }

    init(_ text: String) {
        // Text reaches the scanner through TextDecoding, which has already made line ends LF.
        var text = text
        text.makeContiguousUTF8()
        self.text = text
        let lines = text.utf8.withContiguousStorageIfAvailable { Self.lineRanges($0) } ?? []
        self.lines = lines
        contexts = Array(repeating: .prose, count: lines.count)
        var index = 0
        if !lines.isEmpty, isTrimmed(0, oneOf: ["---"]) {
            contexts[0] = .fence
            var end = 1
            while end < lines.count, !isTrimmed(end, oneOf: ["---", "..."]) {
                contexts[end] = .frontMatter
                end += 1
            }
            if end < lines.count {
                contexts[end] = .fence
                index = end + 1
            } else {
                index = lines.count
            }
        }
        while index < lines.count {
            guard let opening = fence(atLine: index) else {
                index += 1
                continue
            }
            contexts[index] = .fence
            var end = index + 1
            while end < lines.count {
                if let closing = fence(atLine: end), closing.marker == opening.marker,
                    closing.length >= opening.length, closing.info.isEmpty
                {
                    break
                }
                end += 1
            }
            let dialect = ExplainDialect(infoString: opening.info)
            // Only an explain block's code is ever read (for its commands' explanations).
            let code =
                dialect == nil
                ? []
                : ((index + 1)..<end).map { number -> Substring in
                    let line = self.line(number)
                    return line.dropFirst(min(opening.indent, Self.indent(line)))
                }
            let block = CodeBlock(dialect: dialect, code: code, firstCodeLine: index + 2)
            for line in (index + 1)..<end { contexts[line] = .code(block) }
            if end < lines.count { contexts[end] = .fence }
            index = end + 1
        }
    }

    /// The byte ranges of the lines of `bytes`, split at each LF (a final LF ends an empty last line).
    private static func lineRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        guard let base = bytes.baseAddress else { return [0..<0] }
        var ranges: [Range<Int>] = []
        var start = 0
        while start < bytes.count, let found = memchr(base + start, 0x0A, bytes.count - start) {
            let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            ranges.append(start..<end)
            start = end + 1
        }
        ranges.append(start..<bytes.count)
        return ranges
    }

    /// Line `index` (0-based) as a slice of the text.
    func line(_ index: Int) -> Substring {
        let utf8 = text.utf8
        let range = lines[index]
        let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
        let end = utf8.index(start, offsetBy: range.count)
        return Substring(utf8[start..<end])
    }

    /// Calls `body` with the text's UTF-8 bytes (in place: the text is contiguous).
    func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = text
        return copy.withUTF8(body)
    }

    /// What file line `number` (1-based) is.
    func context(ofLine number: Int) -> LineContext {
        contexts[number - 1]
    }

    /// Whether the private key block starting on `line` shows no key: its next
    /// non-blank line is a placeholder or the END line.
    func privateKeyIsPlaceholder(afterLine line: Int) -> Bool {
        var index = line
        while index < lines.count {
            let trimmed = self.line(index).trimmingCharacters(in: .whitespaces)
            index += 1
            if trimmed.isEmpty { continue }
            return trimmed.hasPrefix("-----END") || Placeholder.isPlaceholder(trimmed)
        }
        return true
    }

    /// Whether line `index` with whitespace trimmed is one of `candidates` (ASCII words).
    /// An ASCII line is trimmed of spaces and tabs (all `.whitespaces` holds below 0x80)
    /// in place; any other line goes through Foundation.
    private func isTrimmed(_ index: Int, oneOf candidates: [StaticString]) -> Bool {
        let ascii: Bool? = withBytes { bytes in
            var start = lines[index].lowerBound
            var end = lines[index].upperBound
            for offset in start..<end where bytes[offset] >= 0x80 { return nil }
            while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 { start += 1 }
            while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            return candidates.contains { word in
                word.utf8CodeUnitCount == end - start
                    && memcmp(bytes.baseAddress! + start, word.utf8Start, end - start) == 0
            }
        }
        if let ascii { return ascii }
        let trimmed = line(index).trimmingCharacters(in: .whitespaces)
        return candidates.contains { trimmed == "\($0)" }
    }

    private struct Fence {
        var marker: Character
        var length: Int
        var indent: Int
        var info: String
    }

    /// The fence on line `index`, if it is one.
    private func fence(atLine index: Int) -> Fence? {
        let decided: Fence?? = withBytes { Self.fence(bytes: $0, lines[index]) }
        if case .some(let fence) = decided { return fence }
        return Self.fence(line(index))
    }

    /// The fence on the line at `range` of `bytes`, decided on the bytes where that gives
    /// what `fence(_:)` gives on Characters; nil (undecided) for a possible fence holding a
    /// byte that is not ASCII.
    private static func fence(bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Fence?? {
        // Most lines do not start (after spaces) with ` or ~, and a line starting with
        // inline code has a run of fewer than three marks (a mark on the third makes it
        // fewer Characters still): no fence either way.
        var offset = range.lowerBound
        while offset < range.upperBound, bytes[offset] == 0x20 { offset += 1 }
        guard offset < range.upperBound, bytes[offset] == 0x60 || bytes[offset] == 0x7E else { return .some(nil) }
        let marker = bytes[offset]
        var end = offset
        while end < range.upperBound, bytes[end] == marker { end += 1 }
        guard end - offset >= 3 else { return .some(nil) }
        guard !bytes[end..<range.upperBound].contains(where: { $0 >= 0x80 }) else { return nil }
        // An ASCII line: a Character is a byte, and `.whitespaces` below 0x80 are space and tab.
        var infoStart = end
        var infoEnd = range.upperBound
        while infoStart < infoEnd, bytes[infoStart] == 0x20 || bytes[infoStart] == 0x09 { infoStart += 1 }
        while infoEnd > infoStart, bytes[infoEnd - 1] == 0x20 || bytes[infoEnd - 1] == 0x09 { infoEnd -= 1 }
        let info = UnsafeBufferPointer(rebasing: bytes[infoStart..<infoEnd])
        if marker == 0x60, info.contains(0x60) { return .some(nil) }
        return .some(
            Fence(
                marker: Character(Unicode.Scalar(marker)), length: end - offset, indent: offset - range.lowerBound,
                info: String(decoding: info, as: UTF8.self)))
    }

    private static func fence(_ line: Substring) -> Fence? {
        let indent = indent(line)
        let rest = line.dropFirst(indent)
        guard let marker = rest.first, marker == "`" || marker == "~" else { return nil }
        let length = rest.prefix { $0 == marker }.count
        guard length >= 3 else { return nil }
        let info = rest.dropFirst(length).trimmingCharacters(in: .whitespaces)
        if marker == "`", info.contains("`") { return nil }
        return Fence(marker: marker, length: length, indent: indent, info: info)
    }

    private static func indent(_ line: Substring) -> Int {
        line.prefix { $0 == " " }.count
    }
}

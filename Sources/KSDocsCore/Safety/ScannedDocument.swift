import Foundation
import KSDocsCommands

/// A Markdown file split into lines, with what each line is: front matter, prose,
/// a fence line, or a line of a fenced code block.
///
/// Lines stay slices of the text (no copies), and explain blocks are parsed only
/// when a dangerous command in them asks for its explanation: most lines of most
/// files never need either.
struct ScannedDocument {
    let lines: [Substring]
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
        /// The block's code (fence indentation removed), one element per line.
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
        // Split on UTF-8 bytes: splitting on Characters would run grapheme breaking over every byte.
        lines = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map {
            Substring($0)
        }
        contexts = Array(repeating: .prose, count: lines.count)
        var index = 0
        if lines.first?.trimmingCharacters(in: .whitespaces) == "---" {
            contexts[0] = .fence
            var end = 1
            while end < lines.count, !["---", "..."].contains(lines[end].trimmingCharacters(in: .whitespaces)) {
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
            guard let fence = Self.fence(lines[index]) else {
                index += 1
                continue
            }
            contexts[index] = .fence
            var end = index + 1
            var code: [Substring] = []
            while end < lines.count {
                if let closing = Self.fence(lines[end]), closing.marker == fence.marker,
                    closing.length >= fence.length, closing.info.isEmpty
                {
                    break
                }
                code.append(lines[end].dropFirst(min(fence.indent, Self.indent(lines[end]))))
                end += 1
            }
            let block = CodeBlock(
                dialect: ExplainDialect(infoString: fence.info), code: code, firstCodeLine: index + 2)
            for line in (index + 1)..<end { contexts[line] = .code(block) }
            if end < lines.count { contexts[end] = .fence }
            index = end + 1
        }
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
            let trimmed = lines[index].trimmingCharacters(in: .whitespaces)
            index += 1
            if trimmed.isEmpty { continue }
            return trimmed.hasPrefix("-----END") || Placeholder.isPlaceholder(trimmed)
        }
        return true
    }

    private struct Fence {
        var marker: Character
        var length: Int
        var indent: Int
        var info: String
    }

    private static func fence(_ line: Substring) -> Fence? {
        // Fast path: most lines do not start (after spaces) with ` or ~.
        guard let firstMark = line.utf8.first(where: { $0 != 32 }), firstMark == 96 || firstMark == 126 else {
            return nil
        }
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

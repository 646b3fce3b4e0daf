// Checks the snippets inside the documentation suite in Content/:
// every `sh`/`bash` fenced block (including `sh explain`) must pass shellcheck,
// and every YAML snippet, every front matter and every .yml file must parse.
//
// Content/ is found from KSDOCS_CONTENT if set, else from this file's location
// (resolving symlinks, so the test also works from a package that links this
// folder in), else by walking up from the current directory.

import Foundation
import Testing
import Yams

// MARK: - Locating Content/

/// Errors raised while preparing the checks.
enum ContentTestError: Error, CustomStringConvertible {
    case contentNotFound(tried: [String])

    var description: String {
        switch self {
        case .contentNotFound(let tried):
            return "Content/ folder not found; set KSDOCS_CONTENT. Tried: " + tried.joined(separator: ", ")
        }
    }
}

/// The Content/ folder of the repository.
func contentDirectory(filePath: String = #filePath) throws -> URL {
    let fileManager = FileManager.default
    var tried: [String] = []

    func isContent(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        let exists = fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory)
        return exists && isDirectory.boolValue
            && fileManager.fileExists(atPath: url.appendingPathComponent("site.yml").path)
    }

    if let override = ProcessInfo.processInfo.environment["KSDOCS_CONTENT"], !override.isEmpty {
        let url = URL(fileURLWithPath: override).standardizedFileURL.resolvingSymlinksInPath()
        if isContent(url) { return url }
        tried.append(url.path)
    }

    // Walk up from this source file (through the symlink and without it) and from the working directory.
    let source = URL(fileURLWithPath: filePath)
    let starts = [
        source.resolvingSymlinksInPath().deletingLastPathComponent(),
        source.deletingLastPathComponent(),
        URL(fileURLWithPath: fileManager.currentDirectoryPath),
    ]
    for start in starts {
        var directory = start.standardizedFileURL
        while true {
            let candidate = directory.appendingPathComponent("Content")
            if isContent(candidate) { return candidate.resolvingSymlinksInPath() }
            tried.append(candidate.path)
            let parent = directory.deletingLastPathComponent()
            if parent.path == directory.path { break }
            directory = parent
        }
    }
    throw ContentTestError.contentNotFound(tried: tried)
}

/// Every file under `root` whose name ends with one of `extensions`, sorted by path.
func files(under root: URL, withExtensions extensions: Set<String>) -> [URL] {
    guard
        let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var result: [URL] = []
    for case let url as URL in enumerator where extensions.contains(url.pathExtension.lowercased()) {
        result.append(url)
    }
    return result.sorted { $0.path < $1.path }
}

/// A path relative to the folder that holds Content/, for messages: `Content/beginner/03-docker.md`.
func displayPath(_ url: URL, content: URL) -> String {
    let base = content.deletingLastPathComponent().path
    let path = url.path
    if path.hasPrefix(base + "/") { return String(path.dropFirst(base.count + 1)) }
    return path
}

// MARK: - Markdown scanning

/// A fenced code block found in a Markdown file.
struct FencedBlock {
    /// 1-based line number of the opening fence.
    var line: Int
    /// The whole info string, trimmed.
    var info: String
    /// The lines between the fences, with the container prefix removed.
    var lines: [String]

    /// The info string's first word, lowercased (`sh` for `sh explain`).
    var language: String {
        info.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "{" }).first.map { $0.lowercased() } ?? ""
    }

    /// 1-based line number in the Markdown file of the block's `index`th content line (1-based).
    func fileLine(ofBlockLine index: Int) -> Int { line + index }
}

/// Splits a line into its container prefix (indentation and `>` markers) and the rest.
private func splitPrefix(_ line: Substring) -> (prefix: Substring, rest: Substring) {
    var index = line.startIndex
    while index < line.endIndex {
        let character = line[index]
        if character == " " || character == "\t" || character == ">" {
            index = line.index(after: index)
        } else {
            break
        }
    }
    return (line[line.startIndex..<index], line[index...])
}

/// The fenced code blocks of a Markdown document, in order.
func fencedBlocks(in text: String) -> [FencedBlock] {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map {
        $0.hasSuffix("\r") ? $0.dropLast() : $0
    }
    var blocks: [FencedBlock] = []
    var index = 0
    while index < lines.count {
        let (prefix, rest) = splitPrefix(lines[index])
        guard let fenceCharacter = rest.first, fenceCharacter == "`" || fenceCharacter == "~" else {
            index += 1
            continue
        }
        let fenceLength = rest.prefix(while: { $0 == fenceCharacter }).count
        let info = rest.dropFirst(fenceLength).trimmingCharacters(in: .whitespaces)
        guard fenceLength >= 3, !(fenceCharacter == "`" && info.contains("`")) else {
            index += 1
            continue
        }
        let quoteDepth = prefix.filter { $0 == ">" }.count
        var body: [String] = []
        var closing = index + 1
        while closing < lines.count {
            let (innerPrefix, innerRest) = splitPrefix(lines[closing])
            let run = innerRest.prefix(while: { $0 == fenceCharacter }).count
            if run >= fenceLength, innerRest.dropFirst(run).allSatisfy({ $0 == " " || $0 == "\t" }),
                innerPrefix.filter({ $0 == ">" }).count == quoteDepth
            {
                break
            }
            body.append(stripContainer(lines[closing], quoteDepth: quoteDepth, indent: prefix))
            closing += 1
        }
        blocks.append(FencedBlock(line: index + 1, info: info, lines: body))
        index = closing + 1
    }
    return blocks
}

/// Removes `quoteDepth` blockquote markers and the fence's indentation from a content line.
private func stripContainer(_ line: Substring, quoteDepth: Int, indent: Substring) -> String {
    var rest = line
    for _ in 0..<quoteDepth {
        let trimmed = rest.drop(while: { $0 == " " })
        guard trimmed.first == ">" else { break }
        rest = trimmed.dropFirst()
        if rest.first == " " { rest = rest.dropFirst() }
    }
    // Drop up to as many spaces as the fence itself was indented by (after its `>` markers).
    let fenceIndent = indent.reversed().prefix(while: { $0 == " " }).count
    var dropped = 0
    while dropped < fenceIndent, rest.first == " " {
        rest = rest.dropFirst()
        dropped += 1
    }
    return String(rest)
}

/// The YAML front matter of a Markdown document and the 1-based line it starts on, if any.
func frontMatter(of text: String) -> (yaml: String, line: Int)? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" else { return nil }
    guard let end = lines.dropFirst().firstIndex(where: { $0.trimmingCharacters(in: .whitespaces) == "---" })
    else { return nil }
    return (lines[1..<end].joined(separator: "\n"), 2)
}

// MARK: - YAML

/// Parses every document of `yaml`, throwing on the first error.
///
/// `Yams.load_all(yaml:)` returns a lazy sequence whose iterator drops errors,
/// so each document is pulled from the parser explicitly. Parsing is the only
/// step of `Yams.load` that can fail; constructing values from a node cannot.
func loadAllDocuments(_ yaml: String) throws -> [Node] {
    let parser = try Parser(yaml: yaml)
    var documents: [Node] = []
    while let node = try parser.nextRoot() {
        documents.append(node)
    }
    return documents
}

// MARK: - shellcheck

/// The shellcheck executable on PATH, if installed.
func shellcheckPath() -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/local/bin:/usr/bin:/bin"
    let directories = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
    for directory in directories {
        let candidate = (directory as NSString).appendingPathComponent("shellcheck")
        if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
}

/// Runs `shellcheck -s bash -` on `script`; returns its exit status and gcc-style findings.
func runShellcheck(_ executable: String, script: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = ["--norc", "-s", "bash", "-f", "gcc", "-"]
    process.currentDirectoryURL = FileManager.default.temporaryDirectory
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    process.standardError = output
    try process.run()
    input.fileHandleForWriting.write(Data(script.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Rewrites shellcheck's `-:LINE:COL: ...` lines to point into the Markdown file.
func relocate(findings: String, file: String, block: FencedBlock) -> String {
    findings.split(separator: "\n").map { line -> String in
        let parts = line.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count == 4, parts[0] == "-", let blockLine = Int(parts[1]) else { return String(line) }
        return "\(file):\(block.fileLine(ofBlockLine: blockLine)):\(parts[2]):\(parts[3])"
    }.joined(separator: "\n")
}

// MARK: - Tests

@Suite("Content snippets")
struct ContentSnippetTests {
    @Test("Content/ is found and holds Markdown pages")
    func contentIsFound() throws {
        let content = try contentDirectory()
        #expect(!files(under: content, withExtensions: ["md"]).isEmpty, "no .md files under \(content.path)")
    }

    @Test("every sh/bash block passes shellcheck")
    func shellBlocksPassShellcheck() throws {
        guard let shellcheck = shellcheckPath() else {
            Issue.record("shellcheck is not installed: run `apt-get install shellcheck` (Debian package) and re-run")
            return
        }
        let content = try contentDirectory()
        var checked = 0
        for file in files(under: content, withExtensions: ["md", "markdown"]) {
            let text = try String(contentsOf: file, encoding: .utf8)
            let shown = displayPath(file, content: content)
            for block in fencedBlocks(in: text) where block.language == "sh" || block.language == "bash" {
                checked += 1
                let script = block.lines.joined(separator: "\n") + "\n"
                let (status, findings) = try runShellcheck(shellcheck, script: script)
                #expect(
                    status == 0,
                    "\(shown):\(block.line): shellcheck findings in the ```\(block.info) block:\n\(relocate(findings: findings, file: shown, block: block))"
                )
            }
        }
        #expect(checked > 0, "found no sh/bash blocks under \(content.path)")
    }

    @Test("every yaml/yml block parses")
    func yamlBlocksParse() throws {
        let content = try contentDirectory()
        for file in files(under: content, withExtensions: ["md", "markdown"]) {
            let text = try String(contentsOf: file, encoding: .utf8)
            let shown = displayPath(file, content: content)
            for block in fencedBlocks(in: text) where block.language == "yaml" || block.language == "yml" {
                let yaml = block.lines.joined(separator: "\n")
                do {
                    _ = try loadAllDocuments(yaml)
                } catch {
                    Issue.record("\(shown):\(block.line): the ```\(block.info) block is not valid YAML: \(error)")
                }
            }
        }
    }

    @Test("every front matter parses as a YAML mapping")
    func frontMatterParses() throws {
        let content = try contentDirectory()
        for file in files(under: content, withExtensions: ["md", "markdown"]) {
            let text = try String(contentsOf: file, encoding: .utf8)
            let shown = displayPath(file, content: content)
            guard let (yaml, line) = frontMatter(of: text) else { continue }
            do {
                let value = try Yams.load(yaml: yaml)
                #expect(value is [String: Any], "\(shown):\(line): front matter is not a mapping")
            } catch {
                Issue.record("\(shown):\(line): front matter is not valid YAML: \(error)")
            }
        }
    }

    @Test("every .yml/.yaml file parses")
    func yamlFilesParse() throws {
        let content = try contentDirectory()
        let yamlFiles = files(under: content, withExtensions: ["yml", "yaml"])
        #expect(!yamlFiles.isEmpty, "no .yml files under \(content.path)")
        for file in yamlFiles {
            let shown = displayPath(file, content: content)
            do {
                let text = try String(contentsOf: file, encoding: .utf8)
                _ = try loadAllDocuments(text)
            } catch {
                Issue.record("\(shown): not valid YAML: \(error)")
            }
        }
    }

    @Test("the fence scanner finds nested, quoted and indented blocks")
    func scannerFindsBlocks() {
        let markdown = """
            Text
            ````markdown
            ```sh
            not a block
            ```
            ````

            > ```sh explain
            > # say hi
            > echo hi
            > ```

            1. Step
               ```bash
               ls -l
               ```
            """
        let blocks = fencedBlocks(in: markdown)
        #expect(blocks.map(\.language) == ["markdown", "sh", "bash"])
        #expect(blocks.map(\.line) == [2, 8, 14])
        #expect(blocks[1].lines == ["# say hi", "echo hi"])
        #expect(blocks[2].lines == ["ls -l"])
        #expect(blocks[1].fileLine(ofBlockLine: 2) == 10)
    }

    @Test("the YAML check rejects broken documents, also in a later document")
    func yamlCheckRejectsErrors() throws {
        #expect(throws: (any Error).self) { try loadAllDocuments("key: [unclosed") }
        #expect(throws: (any Error).self) { try loadAllDocuments("a: 1\n---\nb: c: d") }
        #expect(try loadAllDocuments("a: 1\n---\nb: 2").count == 2)
    }
}

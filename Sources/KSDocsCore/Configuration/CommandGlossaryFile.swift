import Foundation
import KSDocsCommands
import Yams

/// `Content/commands.yml`: site-specific glossary entries that extend or override the built-in glossary.
enum CommandGlossaryFile {
    /// The built-in glossary merged with `commands.yml` when it exists, and the file's diagnostics.
    static func load(contentRoot: URL, display: String) -> (Glossary, [Diagnostic]) {
        let file = ContentInventory.join(display, "commands.yml")
        guard let data = FileManager.default.contents(atPath: contentRoot.appendingPathComponent("commands.yml").path)
        else { return (.builtIn, []) }
        guard case .success(let text) = TextDecoding.decode(Array(data)) else {
            return (.builtIn, [.error(file, "file is not valid UTF-8; save it as UTF-8")])
        }
        let node: Node
        do {
            guard let composed = try YAMLFields.compose(text) else { return (.builtIn, []) }
            node = composed
        } catch let error as YamlError {
            return (.builtIn, [YAMLFields.diagnostic(for: error, file: file, lineOffset: 0, context: "commands.yml")])
        } catch {
            return (.builtIn, [.error(file, "commands.yml: \(error)")])
        }
        do {
            let entries = try YAMLDecoder().decode([String: GlossaryEntry].self, from: node)
            return (Glossary.builtIn.merging(entries), [])
        } catch let error as DecodingError {
            let (path, reason) = describe(error)
            let located = locate(path, in: node)
            let key = path.map(\.stringValue).joined(separator: ".")
            return (
                .builtIn,
                [
                    .error(
                        file, line: located?.mark?.line ?? 1, column: located?.mark?.column ?? 1,
                        "commands.yml: '\(key)' \(reason); an entry is {summary: text, flags: {\"-x\": meaning}, subcommands: {name: entry}}"
                    )
                ]
            )
        } catch {
            return (.builtIn, [.error(file, "commands.yml: \(error)")])
        }
    }

    private static func describe(_ error: DecodingError) -> ([any CodingKey], String) {
        switch error {
        case .typeMismatch(_, let context): return (context.codingPath, "has the wrong type")
        case .valueNotFound(_, let context): return (context.codingPath, "is empty")
        case .keyNotFound(let key, let context): return (context.codingPath, "lacks '\(key.stringValue)'")
        case .dataCorrupted(let context): return (context.codingPath, "cannot be read")
        @unknown default: return ([], "cannot be read")
        }
    }

    /// The deepest node along `path`.
    private static func locate(_ path: [any CodingKey], in node: Node) -> Node? {
        var current = node
        for key in path {
            if let index = key.intValue, case .sequence(let sequence) = current, index < sequence.count {
                current = sequence[index]
            } else if let next = current[key.stringValue] {
                current = next
            } else {
                break
            }
        }
        return current
    }
}

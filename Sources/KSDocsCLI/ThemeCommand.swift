import ArgumentParser
import Foundation
import KSDocsCore

/// `ksdocs theme list|export`: the themes built into ksdocs.
struct ThemeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme", abstract: "List the built-in themes, or write one out to customise it.",
        subcommands: [ListThemes.self, ExportTheme.self])
}

/// `ksdocs theme list`.
struct ListThemes: ConsoleCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List the built-in themes.")

    func run(console: Console) async throws {
        for name in BuiltInThemes.names {
            let extends =
                String(decoding: BuiltInThemes.files(of: name)["theme.yml"] ?? Data(), as: UTF8.self)
                .split(separator: "\n").first { $0.hasPrefix("extends:") }
                .map { " (extends " + $0.dropFirst("extends:".count).trimmingCharacters(in: .whitespaces) + ")" } ?? ""
            console.info(name + extends)
        }
    }
}

/// `ksdocs theme export NAME [DIR]`.
struct ExportTheme: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write a built-in theme's files into DIR (default: themes/NAME) to customise them.",
        discussion: """
            Files that exist are never overwritten. A themes/ folder beside the content folder overrides \
            the built-in theme file by file: keep only the files you change.
            """)

    @Argument(help: "The theme to export.")
    var name: String

    @Argument(help: ArgumentHelp("Where to write it (default: themes/NAME).", valueName: "dir"))
    var directory: String?

    func run(console: Console) async throws {
        guard BuiltInThemes.names.contains(name) else {
            console.error(
                "no built-in theme '\(name)' (built in: \(BuiltInThemes.names.joined(separator: ", "))); see 'ksdocs theme list'"
            )
            throw ExitCode(1)
        }
        let target = directory ?? "themes/\(name)"
        do {
            let written = try BuiltInThemes.export(name, to: URL(fileURLWithPath: target))
            let kept = BuiltInThemes.files(of: name).count - written.count
            console.info(
                "Wrote \(written.count) files of theme '\(name)' into \(target)/"
                    + (kept > 0 ? " (\(kept) existing files left as they were)" : ""))
        } catch {
            console.error("cannot write into '\(target)': \(error.localizedDescription)")
            throw ExitCode(2)
        }
    }
}

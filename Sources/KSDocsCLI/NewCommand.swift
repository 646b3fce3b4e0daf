import ArgumentParser
import Foundation
import KSDocsCore

/// `ksdocs new lesson|decision|case`: a new page with valid front matter in the right folder.
struct NewCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "new",
        abstract: "Create a lesson, decision or troubleshooting case with valid front matter.",
        discussion: """
            Examples:
              ksdocs new lesson --track beginner "Reverse proxies"
              ksdocs new decision "Why Caddy?"
              ksdocs new case "502 after a restart"
            A lesson gets its track's next number; an existing file is never overwritten.
            """)

    @Argument(help: ArgumentHelp("What to create: lesson, decision or case.", valueName: "kind"))
    var kind: Kind

    @Argument(help: ArgumentHelp("The page's title (a decision's question, a case's symptom).", valueName: "title"))
    var title: String

    @Option(name: .long, help: ArgumentHelp("The track of a new lesson (a folder with _track.yml).", valueName: "name"))
    var track: String?

    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Flag(name: .long, help: "Print only errors.")
    var quiet = false

    func validate() throws {
        if track != nil, kind != .lesson { throw ValidationError("--track is only for lessons") }
    }

    func run(console: Console) async throws {
        console.quiet = quiet
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content, isDirectory: &isDirectory), isDirectory.boolValue else {
            console.error(
                "content folder '\(content)' does not exist; run ksdocs where a Content/ folder is, or pass --content DIR"
            )
            throw ExitCode(2)
        }
        let scaffolder = Scaffolder(contentRoot: URL(fileURLWithPath: content).standardizedFileURL, display: content)
        do {
            let path = try scaffolder.create(kind.scaffold, title: title, track: track)
            console.info(path)
        } catch {
            console.error(error.description)
            throw ExitCode(1)
        }
    }
}

extension NewCommand {
    /// What `new` creates; parsed here so the library type needs no ArgumentParser conformance.
    enum Kind: String, CaseIterable, ExpressibleByArgument {
        case lesson
        case decision
        case `case`

        var scaffold: Scaffolder.Kind {
            switch self {
            case .lesson: return .lesson
            case .decision: return .decision
            case .case: return .case
            }
        }
    }
}

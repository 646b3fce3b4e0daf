import ArgumentParser
import Foundation
import KSDocsCore

/// `ksdocs init [DIR]`: a new site, like `mkdocs new` or `hugo new site`.
struct InitCommand: ConsoleCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site in DIR/Content: site.yml, a home page, a track with a lesson, a decision, a case.",
        discussion: "Nothing is written when any of these files exists already.")

    @Argument(help: ArgumentHelp("The folder to create the site in (default: the current one).", valueName: "dir"))
    var directory = "."

    func run(console: Console) async throws {
        let initializer = SiteInitializer(folder: URL(fileURLWithPath: directory), display: directory)
        do {
            let written = try initializer.create()
            written.forEach(console.info)
            let content = directory == "." ? "Content" : directory + "/Content"
            console.info("Created a site in \(content)/; build it with: ksdocs build --content \(content)")
        } catch {
            console.error(error.description)
            throw ExitCode(1)
        }
    }
}

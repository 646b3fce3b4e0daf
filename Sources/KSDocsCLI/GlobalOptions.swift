import ArgumentParser
import KSDocsCore

/// Options every command accepts (DESIGN section 1).
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The content folder.", valueName: "dir"))
    var content = "Content"

    @Option(name: .long, help: ArgumentHelp("The output folder.", valueName: "dir"))
    var output = "Output"

    @Option(
        name: .long, help: ArgumentHelp("The theme (default: site.yml's theme, else kitestacks).", valueName: "name"))
    var theme: String?

    @Option(
        name: .long,
        help: ArgumentHelp("The folder holding themes (default: themes/ beside the content folder).", valueName: "dir"))
    var themes: String?

    @Flag(name: .long, help: "Print only errors.")
    var quiet = false

    @Flag(name: .long, help: "Print more detail.")
    var verbose = false

    var buildOptions: BuildOptions {
        var options = BuildOptions()
        options.content = content
        options.output = output
        options.theme = theme
        options.themesDirectory = themes
        return options
    }

    func configure(_ console: Console) {
        console.quiet = quiet
        console.verbose = verbose
    }
}

public import Foundation

/// `ksdocs init [DIR]`: a new site in `DIR/Content/`, like `mkdocs new` or `hugo new site`:
/// a site.yml with every key explained, a home page, one track with one lesson, one
/// decision and one case, all valid. Nothing is written when any of the files exists.
public struct SiteInitializer: Sendable {
    /// The folder to create the site in (its content goes into `Content/` inside it).
    public var folder: URL
    public var display: String
    public var today: Date

    public init(folder: URL, display: String, today: Date = Date()) {
        self.folder = folder
        self.display = display
        self.today = today
    }

    /// Writes the site and returns the paths written, as shown.
    public func create() throws(ScaffoldError) -> [String] {
        let date = Scaffolder.dateString(today)
        let files: [(String, String)] = [
            ("Content/site.yml", Self.siteYML),
            ("Content/index.md", Self.home),
            ("Content/guide/_track.yml", Self.track),
            ("Content/guide/01-first-steps.md", ScaffoldTemplates.lesson(title: "First steps", date: date)),
            (
                "Content/decisions/_section.yml",
                "title: Decisions\nsummary: Why things are the way they are.\nkind: decisions\norder: 2\n"
            ),
            ("Content/decisions/why-a-docs-site.md", ScaffoldTemplates.decision(title: "Why a docs site?", date: date)),
            (
                "Content/troubleshooting/_section.yml",
                "title: Troubleshooting\nsummary: Problems met and solved.\nkind: cases\norder: 3\n"
            ),
            (
                "Content/troubleshooting/build-fails-after-an-edit.md",
                ScaffoldTemplates.troubleshootingCase(title: "The build fails after an edit", date: date)
            ),
        ]
        let shown = { (path: String) in display == "." ? path : display + "/" + path }
        let existing = files.map(\.0).filter {
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path)
        }
        if let first = existing.first { throw .fileExists(shown(first)) }
        var written: [String] = []
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .withoutOverwriting)
            } catch {
                throw .cannotWrite(shown(path), error.localizedDescription)
            }
            written.append(shown(path))
        }
        return written
    }

    static let siteYML = """
        # Site settings. Every key is optional; the values shown are examples or defaults.

        title: My Docs                       # default: the home page's first heading
        # base_url: https://docs.example.org/  # for sitemap.xml and canonical links only
        # theme: kitestacks                  # kitestacks (dark) or paper (light); see 'ksdocs theme list'
        # language: en
        # reading_wpm: 200                   # words per minute, for computed time estimates
        # minutes_per_command: 2             # hands-on minutes per command of an explain block
        # links: error                       # error | warn: broken links fail the build, or only warn
        # bookstack:                         # for 'ksdocs publish --bookstack'
        #   shelf: My Docs
        #   site_id: my-docs                 # tag value marking what this site owns in BookStack

        """

    static let home = """
        # My Docs

        Welcome. Start with the [guide](guide/), read the [decisions](decisions/) behind the setup,
        or look up a [problem](troubleshooting/) you have met before.

        Build the site with `ksdocs build`, or run `ksdocs serve` and open http://127.0.0.1:8000/
        to see every save at once.

        """

    static let track = """
        title: Guide
        summary: The first steps, one lesson at a time.
        audience: everyone
        order: 1

        """
}

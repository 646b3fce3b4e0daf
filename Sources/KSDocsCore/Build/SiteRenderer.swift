import Foundation
import KSDocsMarkdown

#if canImport(Glibc)
    import Glibc
#endif

/// Renders every page of a `Site` through a theme, resolving local links: the
/// Markdown pages, the folder indexes, and the generated pages.
struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let display: String
    /// Today as YYYY-MM-DD, for the roadmap's "days to go" written at build time.
    let today: String
    /// The incremental cache keys of this build.
    let keys: OutputKeys
    /// The previous build's keys and output folder: a page whose key did not change is reused.
    var previous: (keys: [String: String], output: URL)?
    /// Loads pages taken from the build cache again in full before they are rendered.
    var completer: SiteLoader.PageCompleter?
    /// The site's flashcards, when already built (`InterviewDeck.build`).
    var cards: [Flashcard]?
    /// The link problems of each page at the last build, when everything links are checked
    /// against is as it was then (`LinkResolver.fingerprint`): a reused page keeps its problems.
    var previousLinkProblems: [String: [Diagnostic]]?
    /// Whether the previous build's files are known to be still there: `serve` builds into a
    /// folder of its own, and its session saw the last build write them; `build` checks each one.
    var previousOutputIsKept = false

    init(site: Site, theme: Theme, display: String, today: String, keys: OutputKeys) {
        self.site = site
        self.theme = theme
        self.display = display
        self.today = today
        self.keys = keys
    }

    /// A page to render.
    enum Job: Sendable {
        case page(Int)
        case folder(String)
        case services
        case service(Int)
        case interview
        case commands
        case aliases
        case notFound
    }

    /// The pages of `site`, in the order they are rendered.
    static func jobs(for site: Site, cards: [Flashcard]) -> [Job] {
        var jobs: [Job] = []
        for (index, page) in site.pages.enumerated() where page.kind != .folderIndex {
            jobs.append(.page(index))
        }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) where !section.folder.isEmpty {
            jobs.append(.folder(section.folder))
        }
        // A folder of Markdown without an index.md still gets a home page: its sections and pages.
        if !site.pages.contains(where: { $0.kind == .home }) { jobs.append(.folder("")) }
        if !site.services.services.isEmpty {
            jobs.append(.services)
            jobs += site.services.services.indices.map { .service($0) }
        }
        // Interview prep and the command reference exist only when the content has cards or commands.
        if !cards.isEmpty { jobs.append(.interview) }
        if site.hasCommandReference { jobs.append(.commands) }
        if site.pages.contains(where: { !$0.metadata.aliases.isEmpty }) { jobs.append(.aliases) }
        jobs.append(.notFound)
        return jobs
    }

    /// Which generated pages the site has and the roadmap's title, as text for the output
    /// keys: the header and the home page link to them.
    static func generatedPages(of site: Site, cards: [Flashcard]) -> String {
        let roadmap = site.pages.first { $0.kind == .roadmap }.map { $0.title + "|" + $0.urlPath } ?? "-"
        return "services=\(site.services.services.count) interview=\(!cards.isEmpty) "
            + "commands=\(site.hasCommandReference) roadmap=\(roadmap)"
    }

    /// How many pages a build of `site` makes (redirects and the 404 page are not counted).
    static func pageCount(of site: Site, cards: [Flashcard]) -> Int {
        jobs(for: site, cards: cards).count {
            switch $0 {
            case .aliases, .notFound: false
            default: true
            }
        }
    }

    /// Templates a theme may leave out, and what is used instead.
    static let templateFallbacks = [
        "decision": "page", "case": "page", "roadmap": "page", "decisions": "section", "cases": "section",
        "services": "page", "service": "page", "interview": "page", "commands": "page",
    ]

    /// What rendering gave: the site paths made, the diagnostics, and the cache key of every
    /// page and folder index.
    struct Result {
        var paths: [String] = []
        var reusedCount = 0
        var diagnostics: [Diagnostic] = []
        var keys: [String: String] = [:]
        /// The link problems of every Markdown page and folder index page, by source.
        var linkProblems: [String: [Diagnostic]] = [:]
        /// Why a file could not be written, if one could not.
        var writeFailure: BuildFailure?
    }

    /// Renders every page; with a `writer`, each page is written as soon as it is rendered
    /// (so the site's HTML is never all in memory at once).
    func render(writer: (any OutputSink)?) async -> Result {
        let cards = self.cards ?? InterviewDeck.build(site)
        var result = Result()
        // Pages the keys say are as the last build made them are taken over in one pass,
        // without a rendering job each (a one-page edit in `serve` leaves thousands so). Only
        // when the output is updated in place: a new output folder must get each file linked in.
        let unchanged = writer is InPlaceOutput || writer == nil ? unchangedPages() : []
        result.keys.reserveCapacity(site.pages.count + site.sections.count)
        result.linkProblems.reserveCapacity(site.pages.count)
        for index in unchanged.indices where unchanged[index] {
            let page = site.pages[index]
            let path = page.urlPath + "index.html"
            let problems = previousLinkProblems?[page.source] ?? []
            result.paths.append(path)
            result.reusedCount += 1
            result.keys[path] = keys.page(at: index)
            result.linkProblems[page.source] = problems
            result.diagnostics += problems
        }
        let jobs = Self.jobs(for: site, cards: cards).filter { job in
            if case .page(let index) = job, index < unchanged.count { return !unchanged[index] }
            return true
        }
        let resolver = LinkResolver(site: site, display: display)
        let sidebars = SidebarCache(site: site, theme: theme)
        let results = await ParallelMap.map(jobs) { job in
            let (files, diagnostics, key, links) = render(job, resolver: resolver, cards: cards, sidebars: sidebars)
            var failure: BuildFailure?
            do throws(BuildFailure) {
                try writer?.write(files)
            } catch {
                failure = error
            }
            let reused = files.count { if case .reuse = $0.contents { true } else { false } }
            return (files.map(\.path), reused, diagnostics, key, links, failure)
        }
        for (paths, reused, diagnostics, key, links, failure) in results {
            if let links { result.linkProblems[links.source] = links.problems }
            result.paths += paths
            result.reusedCount += reused
            result.diagnostics += diagnostics
            if let key, let path = paths.first { result.keys[path] = key }
            if let failure, result.writeFailure == nil { result.writeFailure = failure }
        }
        return result
    }

    /// For each page (by index), whether its file is the last build's as it is, known without
    /// a rendering job: its key is one the last build's keys gave it and the last build wrote
    /// it with that key, the last build's files are known to be in place, and its links' problems
    /// are the last build's (nothing they point at changed). All false when any of that is unknown.
    private func unchangedPages() -> [Bool] {
        var unchanged = [Bool](repeating: false, count: site.pages.count)
        guard let kept = keys.keptPageKeys, let previous, previousOutputIsKept, let previousLinkProblems else {
            return unchanged
        }
        for index in site.pages.indices where kept[index] {
            let page = site.pages[index]
            guard page.kind != .folderIndex, previousLinkProblems[page.source] != nil else { continue }
            unchanged[index] = previous.keys[page.urlPath + "index.html"] == keys.page(at: index)
        }
        return unchanged
    }

    /// How many pages and folder indexes must be rendered because their key changed
    /// since the previous build (all of them without one).
    func changedPageCount() -> Int {
        guard let previous else { return site.pages.count + site.sections.count }
        var changed = 0
        for (index, page) in site.pages.enumerated() where page.kind != .folderIndex {
            if previous.keys[page.urlPath + "index.html"] != keys.page(at: index) { changed += 1 }
        }
        for section in site.sections.values where !section.folder.isEmpty {
            let key = keys.folder(section, indexPage: section.indexPage.map { site.pages[$0] })
            if previous.keys[section.urlPath + "index.html"] != key { changed += 1 }
        }
        return changed
    }

    /// The previous build's file for `path` when it was made with `key` and is still there
    /// (taken on trust when `previousOutputIsKept`).
    private func reusable(_ path: String, key: String) -> String? {
        guard let previous, previous.keys[path] == key else { return nil }
        let file = previous.output.path + "/" + path
        return previousOutputIsKept || access(file, F_OK) == 0 ? file : nil
    }

    /// A job's files, diagnostics, cache key, and link problems (of its Markdown page).
    private func render(_ job: Job, resolver: LinkResolver, cards: [Flashcard], sidebars: SidebarCache) -> (
        [OutputFile], [Diagnostic], String?, (source: String, problems: [Diagnostic])?
    ) {
        switch job {
        case .page(let index):
            let page = site.pages[index]
            let key = keys.page(at: index)
            let path = page.urlPath + "index.html"
            if let previous = reusable(path, key: key) {
                // Its HTML is kept; its links are checked again unless nothing they point at changed.
                let problems = previousLinkProblems?[page.source] ?? resolver.problems(of: page)
                return ([OutputFile(path: path, contents: .reuse(previous))], problems, key, (page.source, problems))
            }
            let full = completer?.complete(page) ?? page
            let (html, diagnostics) = resolvedHTML(full.markdown.html, of: full, resolver: resolver, from: page.urlPath)
            let context = PageContext(site: site, theme: theme, urlPath: page.urlPath)
            let (values, template) = ContextBuilder(site: site, context: context, sidebarCache: sidebars)
                .pageValues(full, html: html, today: today)
            let (files, allDiagnostics) = finish(
                values, template: template, path: page.urlPath, diagnostics: diagnostics)
            return (files, allDiagnostics, key, (page.source, diagnostics))
        case .folder(let folder):
            guard let section = site.sections[folder] else { return ([], [], nil, nil) }
            var diagnostics: [Diagnostic] = []
            var html = ""
            let indexPage = section.indexPage.map { site.pages[$0] }
            let key = keys.folder(section, indexPage: indexPage)
            let path = section.urlPath + "index.html"
            if let previous = reusable(path, key: key) {
                let problems = indexPage.map { previousLinkProblems?[$0.source] ?? resolver.problems(of: $0) } ?? []
                let links = indexPage.map { (source: $0.source, problems: problems) }
                return ([OutputFile(path: path, contents: .reuse(previous))], problems, key, links)
            }
            if let page = indexPage.map({ completer?.complete($0) ?? $0 }) {
                (html, diagnostics) = resolvedHTML(
                    page.markdown.html, of: page, resolver: resolver, from: section.urlPath)
            }
            let context = PageContext(site: site, theme: theme, urlPath: section.urlPath)
            let (values, template) = ContextBuilder(site: site, context: context).folderValues(section, html: html)
            let (files, allDiagnostics) = finish(
                values, template: template, path: section.urlPath, diagnostics: diagnostics)
            return (files, allDiagnostics, key, indexPage.map { ($0.source, diagnostics) })
        case .services:
            let path = ContextBuilder.servicesPath
            let builder = ContextBuilder(site: site, context: PageContext(site: site, theme: theme, urlPath: path))
            return Self.unkeyed(finish(builder.servicesValues(), template: "services", path: path, diagnostics: []))
        case .service(let index):
            let service = site.services.services[index]
            let builder = ContextBuilder(
                site: site, context: PageContext(site: site, theme: theme, urlPath: service.urlPath))
            return Self.unkeyed(
                finish(builder.serviceValues(service), template: "service", path: service.urlPath, diagnostics: []))
        case .interview:
            return Self.unkeyed(renderInterview(cards, resolver: resolver))
        case .commands:
            let path = ContextBuilder.commandsPath
            let builder = ContextBuilder(site: site, context: PageContext(site: site, theme: theme, urlPath: path))
            let values = builder.commandsValues(CommandReference.build(site))
            return Self.unkeyed(finish(values, template: "commands", path: path, diagnostics: []))
        case .aliases:
            let aliases = AliasPages(site: site)
            let files = aliases.redirects.map {
                OutputFile.text($0.path, AliasPages.html($0, baseURL: site.configuration.baseURL))
            }
            return (files, aliases.diagnostics, nil, nil)
        case .notFound:
            let root = site.configuration.baseURL.flatMap { URL(string: $0)?.path } ?? "/"
            var context = PageContext(site: site, theme: theme, urlPath: "")
            context.baseHref = root.hasSuffix("/") ? root : root + "/"
            var values = context.base(title: "Page not found", kind: "not-found", description: nil)
            values["breadcrumbs"] = []
            values["has_breadcrumbs"] = false
            return Self.unkeyed(finish(values, template: "404", path: "", fileName: "404.html", diagnostics: []))
        }
    }

    /// A generated page's result: always rendered, so it has no cache key.
    private static func unkeyed(_ result: ([OutputFile], [Diagnostic])) -> (
        [OutputFile], [Diagnostic], String?, (source: String, problems: [Diagnostic])?
    ) {
        (result.0, result.1, nil, nil)
    }

    /// The interview page and `interview/flashcards.tsv`.
    private func renderInterview(_ cards: [Flashcard], resolver: LinkResolver) -> ([OutputFile], [Diagnostic]) {
        let path = ContextBuilder.interviewPath
        func back(_ card: Flashcard, from urlPath: String) -> String {
            guard let page = site.page(source: card.source) else { return card.backHTML }
            return resolvedHTML(card.backHTML, of: page, resolver: resolver, from: urlPath).0
        }
        let backs = cards.map { back($0, from: path) }
        let builder = ContextBuilder(site: site, context: PageContext(site: site, theme: theme, urlPath: path))
        var (files, diagnostics) = finish(
            builder.interviewValues(cards, backs: backs), template: "interview", path: path, diagnostics: [])
        // In Anki, links must be absolute: resolve from the site root and prefix base_url.
        let base = site.configuration.baseURL
        let tsv = FlashcardFile.tsv(cards, deck: site.configuration.title + " interview prep") { card in
            let html = back(card, from: "")
            guard let base else { return html }
            return html.replacingOccurrences(of: "href=\"", with: "href=\"\(base)")
                .replacingOccurrences(of: "href=\"\(base)http", with: "href=\"http")
                .replacingOccurrences(of: "href=\"\(base)#", with: "href=\"#")
        }
        files.append(.text(path + "flashcards.tsv", tsv))
        diagnostics += []
        return (files, diagnostics)
    }

    /// `html`, a part of `page`'s, with its blocks rendered by the theme and every local-link
    /// placeholder replaced by its URL from `urlPath`.
    private func resolvedHTML(_ html: String, of page: SourcePage, resolver: LinkResolver, from urlPath: String) -> (
        String, [Diagnostic]
    ) {
        let html = theme.renderBlocks(in: html, of: page, glossary: site.glossary)
        guard !page.markdown.links.isEmpty else { return (html, []) }
        var diagnostics: [Diagnostic] = []
        var urls: [String] = []
        for link in page.markdown.links {
            switch resolver.resolve(link, on: page, fromURLPath: urlPath) {
            case .url(let url): urls.append(url)
            case .problem(let diagnostic, let fallback):
                diagnostics.append(diagnostic)
                urls.append(fallback)
            }
        }
        let resolved = LinkPlaceholders.replace(in: html) { index in index < urls.count ? urls[index] : "" }
        return (resolved, diagnostics)
    }

    private func finish(
        _ values: [String: TemplateValue], template: String, path: String, fileName: String = "index.html",
        diagnostics: [Diagnostic]
    ) -> ([OutputFile], [Diagnostic]) {
        var name = template
        if !theme.has(name), let fallback = Self.templateFallbacks[name] { name = fallback }
        guard let html = theme.render(.object(values), template: name) else {
            return ([], diagnostics + [.error(theme.directory.path, "theme has no '\(template)' template")])
        }
        return ([.text(path + fileName, html)], diagnostics)
    }
}

import Foundation
import KSDocsMarkdown

/// Renders every page of a `Site` through a theme, resolving local links: the
/// Markdown pages, the folder indexes, and the generated pages.
struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let display: String
    /// Today as YYYY-MM-DD, for the roadmap's "days to go" written at build time.
    let today: String

    /// A page to render.
    enum Job: Sendable {
        case page(Int)
        case folder(String)
        case services
        case service(Int)
        case interview
        case commands
        case notFound
    }

    /// Templates a theme may leave out, and what is used instead.
    static let templateFallbacks = [
        "decision": "page", "case": "page", "roadmap": "page", "decisions": "section", "cases": "section",
        "services": "page", "service": "page", "interview": "page", "commands": "page",
    ]

    func render() async -> ([OutputFile], [Diagnostic]) {
        var jobs: [Job] = []
        for (index, page) in site.pages.enumerated() where page.kind != .folderIndex {
            jobs.append(.page(index))
        }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) where !section.folder.isEmpty {
            jobs.append(.folder(section.folder))
        }
        if !site.services.services.isEmpty {
            jobs.append(.services)
            jobs += site.services.services.indices.map { .service($0) }
        }
        jobs += [.interview, .commands, .notFound]
        let resolver = LinkResolver(site: site, display: display)
        let cards = InterviewDeck.build(site)
        let sidebars = SidebarCache(site: site, theme: theme)
        let results = await ParallelMap.map(jobs) { job in
            render(job, resolver: resolver, cards: cards, sidebars: sidebars)
        }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (jobFiles, fileDiagnostics) in results {
            files += jobFiles
            diagnostics += fileDiagnostics
        }
        return (files, diagnostics)
    }

    private func render(_ job: Job, resolver: LinkResolver, cards: [Flashcard], sidebars: SidebarCache) -> (
        [OutputFile], [Diagnostic]
    ) {
        switch job {
        case .page(let index):
            let page = site.pages[index]
            let context = PageContext(site: site, theme: theme, urlPath: page.urlPath)
            let (html, diagnostics) = resolvedHTML(page.markdown.html, of: page, resolver: resolver, from: page.urlPath)
            let (values, template) = ContextBuilder(site: site, context: context, sidebarCache: sidebars)
                .pageValues(page, html: html, today: today)
            return finish(values, template: template, path: page.urlPath, diagnostics: diagnostics)
        case .folder(let folder):
            guard let section = site.sections[folder] else { return ([], []) }
            let context = PageContext(site: site, theme: theme, urlPath: section.urlPath)
            var diagnostics: [Diagnostic] = []
            var html = ""
            if let index = section.indexPage {
                let page = site.pages[index]
                (html, diagnostics) = resolvedHTML(page.markdown.html, of: page, resolver: resolver, from: section.urlPath)
            }
            let (values, template) = ContextBuilder(site: site, context: context).folderValues(section, html: html)
            return finish(values, template: template, path: section.urlPath, diagnostics: diagnostics)
        case .services:
            let path = ContextBuilder.servicesPath
            let builder = ContextBuilder(site: site, context: PageContext(site: site, theme: theme, urlPath: path))
            return finish(builder.servicesValues(), template: "services", path: path, diagnostics: [])
        case .service(let index):
            let service = site.services.services[index]
            let builder = ContextBuilder(
                site: site, context: PageContext(site: site, theme: theme, urlPath: service.urlPath))
            return finish(builder.serviceValues(service), template: "service", path: service.urlPath, diagnostics: [])
        case .interview:
            return renderInterview(cards, resolver: resolver)
        case .commands:
            let path = ContextBuilder.commandsPath
            let builder = ContextBuilder(site: site, context: PageContext(site: site, theme: theme, urlPath: path))
            let values = builder.commandsValues(CommandReference.build(site))
            return finish(values, template: "commands", path: path, diagnostics: [])
        case .notFound:
            let root = site.configuration.baseURL.flatMap { URL(string: $0)?.path } ?? "/"
            var context = PageContext(site: site, theme: theme, urlPath: "404/")
            context.rootOverride = root.hasSuffix("/") ? root : root + "/"
            var values = context.base(title: "Page not found", kind: "not-found", description: nil)
            values["breadcrumbs"] = [[String: Any]]()
            values["has_breadcrumbs"] = false
            return finish(values, template: "404", path: "", fileName: "404.html", diagnostics: [])
        }
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
        let tsv = FlashcardFile.tsv(cards) { card in
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

    /// `html` with every local-link placeholder of `page` replaced by its URL from `urlPath`.
    private func resolvedHTML(_ html: String, of page: SourcePage, resolver: LinkResolver, from urlPath: String) -> (
        String, [Diagnostic]
    ) {
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
        _ values: [String: Any], template: String, path: String, fileName: String = "index.html",
        diagnostics: [Diagnostic]
    ) -> ([OutputFile], [Diagnostic]) {
        var name = template
        if !theme.has(name), let fallback = Self.templateFallbacks[name] { name = fallback }
        guard let html = theme.render(values, template: name) else {
            return ([], diagnostics + [.error(theme.directory.path, "theme has no '\(template)' template")])
        }
        return ([.text(path + fileName, html)], diagnostics)
    }
}

import Foundation
import KSDocsMarkdown

/// Renders every page of a `Site` through a theme, resolving local links.
struct SiteRenderer: Sendable {
    let site: Site
    let theme: Theme
    let display: String

    /// A page to render: a Markdown page, or a folder's index.
    enum Job: Sendable {
        case page(Int)
        case folder(String)
        case notFound
    }

    func render() async -> ([OutputFile], [Diagnostic]) {
        var jobs: [Job] = []
        for (index, page) in site.pages.enumerated() where page.kind != .folderIndex {
            jobs.append(.page(index))
        }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) where !section.folder.isEmpty {
            jobs.append(.folder(section.folder))
        }
        jobs.append(.notFound)
        let resolver = LinkResolver(site: site, display: display)
        let results = await ParallelMap.map(jobs) { job in render(job, resolver: resolver) }
        var files: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        for (file, fileDiagnostics) in results {
            if let file { files.append(file) }
            diagnostics += fileDiagnostics
        }
        return (files, diagnostics)
    }

    private func render(_ job: Job, resolver: LinkResolver) -> (OutputFile?, [Diagnostic]) {
        switch job {
        case .page(let index):
            let page = site.pages[index]
            let context = PageContext(site: site, theme: theme, urlPath: page.urlPath)
            let (html, diagnostics) = resolvedHTML(page, resolver: resolver, context: context)
            let builder = ContextBuilder(site: site, context: context)
            let (values, template) = builder.pageValues(page, html: html)
            return finish(values, template: template, path: page.urlPath + "index.html", diagnostics: diagnostics)
        case .folder(let folder):
            guard let section = site.sections[folder] else { return (nil, []) }
            let context = PageContext(site: site, theme: theme, urlPath: section.urlPath)
            var diagnostics: [Diagnostic] = []
            var html = ""
            if let index = section.indexPage {
                (html, diagnostics) = resolvedHTML(site.pages[index], resolver: resolver, context: context)
            }
            let values = ContextBuilder(site: site, context: context).folderValues(section, html: html)
            return finish(
                values, template: section.isTrack ? "track" : "section", path: section.urlPath + "index.html",
                diagnostics: diagnostics)
        case .notFound:
            let root = site.configuration.baseURL.flatMap { URL(string: $0)?.path } ?? "/"
            var context = PageContext(site: site, theme: theme, urlPath: "404/")
            context.rootOverride = root.hasSuffix("/") ? root : root + "/"
            var values = context.base(title: "Page not found", kind: "not-found", description: nil)
            values["breadcrumbs"] = [[String: Any]]()
            values["has_breadcrumbs"] = false
            return finish(values, template: "404", path: "404.html", diagnostics: [])
        }
    }

    /// The page's HTML with every local link placeholder replaced by its URL.
    private func resolvedHTML(_ page: SourcePage, resolver: LinkResolver, context: PageContext) -> (
        String, [Diagnostic]
    ) {
        guard !page.markdown.links.isEmpty else { return (page.markdown.html, []) }
        var diagnostics: [Diagnostic] = []
        var urls: [String] = []
        for link in page.markdown.links {
            switch resolver.resolve(link, on: page, fromURLPath: context.urlPath) {
            case .url(let url): urls.append(url)
            case .problem(let diagnostic, let fallback):
                diagnostics.append(diagnostic)
                urls.append(fallback)
            }
        }
        let html = LinkPlaceholders.replace(in: page.markdown.html) { index in
            index < urls.count ? urls[index] : ""
        }
        return (html, diagnostics)
    }

    private func finish(_ values: [String: Any], template: String, path: String, diagnostics: [Diagnostic]) -> (
        OutputFile?, [Diagnostic]
    ) {
        guard let html = theme.render(values, template: template) else {
            return (
                nil,
                diagnostics + [.error(theme.directory.path, "theme has no '\(template)' template")]
            )
        }
        return (.text(path, html), diagnostics)
    }
}

public import Foundation
public import KSDocsCore

/// Maps the site model onto BookStack (DESIGN 7): one book per track, "Architecture
/// Decisions", "Troubleshooting", and a book named after the shelf with the home page,
/// the roadmap, other pages, the services catalog and interview prep.
public enum BookStackSiteMapper {
    /// The site as BookStack books and pages. `shelfName` overrides site.yml's `bookstack.shelf`.
    public static func map(_ site: Site, contentRoot: URL, shelfName: String? = nil) -> BookStackSite {
        let renderer = BookStackPageRenderer(site: site, contentRoot: contentRoot)
        let shelf = shelfName ?? site.configuration.bookStackShelf ?? site.configuration.title
        func pages(_ sources: [SourcePage]) -> [BookStackSite.Page] {
            sources.map { page in
                let rendered = renderer.render(page)
                return BookStackSite.Page(
                    source: page.source, name: page.title, html: rendered.html, images: rendered.images)
            }
        }
        var books: [BookStackSite.Book] = []
        var general: [SourcePage] = site.pages.filter { $0.kind == .home } + site.pages.filter { $0.kind == .roadmap }
        for section in site.topLevelSections {
            let members = pagesBelow(section.folder, in: site)
            switch (section.isTrack, section.folder) {
            case (true, _):
                books.append(
                    BookStackSite.Book(
                        source: "book:\(section.folder)", name: section.title, description: section.summary ?? "",
                        pages: pages(members)))
            case (false, "decisions"):
                books.append(
                    BookStackSite.Book(
                        source: "book:decisions", name: "Architecture Decisions", description: section.summary ?? "",
                        pages: pages(members)))
            case (false, "troubleshooting"):
                books.append(
                    BookStackSite.Book(
                        source: "book:troubleshooting", name: "Troubleshooting", description: section.summary ?? "",
                        pages: pages(members)))
            default:
                general += members
            }
        }
        general += (site.sections[""]?.pages ?? []).map { site.pages[$0] }.filter { $0.kind != .roadmap }
        var generalPages = pages(general)
        if !site.services.services.isEmpty {
            generalPages.append(
                BookStackSite.Page(
                    source: GeneratedPages.servicesSource, name: "Services", html: GeneratedPages.services(site)))
        }
        generalPages.append(
            BookStackSite.Page(
                source: GeneratedPages.interviewSource, name: "Interview prep",
                html: GeneratedPages.interview(site, renderer: renderer)))
        books.append(
            BookStackSite.Book(
                source: "book:site", name: shelf, description: "Home, roadmap, services and interview prep.",
                pages: generalPages))
        let siteID = site.configuration.bookStackSiteID ?? Slug.make(site.configuration.title)
        return BookStackSite(siteID: siteID, shelfName: shelf, shelfDescription: site.configuration.title, books: books)
    }

    /// A folder's pages in order, its index page first, then its sub-folders' pages.
    static func pagesBelow(_ folder: String, in site: Site) -> [SourcePage] {
        guard let section = site.sections[folder] else { return [] }
        var result = section.indexPage.map { [site.pages[$0]] } ?? []
        result += section.pages.map { site.pages[$0] }
        for sub in section.subsections { result += pagesBelow(sub, in: site) }
        return result
    }
}

public import Foundation

/// What to publish, already rendered for BookStack.
///
/// ## Links, images and anchors in `Page.html`
/// - A link to another page is written `href="ksdocs-page:<source>"` or
///   `href="ksdocs-page:<source>#<anchor>"`; the publisher replaces it with
///   the BookStack page URL (`<BOOKSTACK_URL>/books/<book-slug>/page/<page-slug>`).
///   A link to a source that is not in the site is left as it is and reported
///   as a warning.
/// - An image is written `src="ksdocs-image:<path>"` with `path` one of the
///   page's ``Image/path``s; the publisher uploads it to the image gallery
///   (BookStack v23.05+) or inlines it as a data URI (older servers, which
///   store it in the gallery themselves).
/// - Anchors: BookStack replaces every element id that does not start with
///   `bkmrk` (BookStack API §8). The publisher therefore prefixes every
///   `id="x"` with `bkmrk-` (`id="bkmrk-x"`, kept verbatim by BookStack) and
///   rewrites `href="#x"` and cross-page `#x` fragments the same way, so
///   in-page and cross-page anchors keep working. Ids already starting with
///   `bkmrk` are left alone.
public struct BookStackSite: Sendable, Equatable {
    /// Value of the `ksdocs-site` tag: marks what this site owns.
    public var siteID: String
    public var shelfName: String
    public var shelfDescription: String
    /// Books in site order.
    public var books: [Book]

    public init(siteID: String, shelfName: String, shelfDescription: String = "", books: [Book]) {
        self.siteID = siteID
        self.shelfName = shelfName
        self.shelfDescription = shelfDescription
        self.books = books
    }

    public struct Book: Sendable, Equatable {
        /// Value of the `ksdocs-source` tag, e.g. `book:beginner`.
        public var source: String
        public var name: String
        /// Plain text; BookStack allows 1000 characters before v23.12, 1900 after.
        public var description: String
        /// Pages in site order.
        public var pages: [Page]

        public init(source: String, name: String, description: String = "", pages: [Page]) {
            self.source = source
            self.name = name
            self.description = description
            self.pages = pages
        }
    }

    public struct Page: Sendable, Equatable {
        /// Path relative to Content/ (`beginner/01-map.md`) or a fixed name (`generated:services`).
        public var source: String
        public var name: String
        /// BookStack-ready HTML with `ksdocs-page:` links and `ksdocs-image:` images (see above).
        public var html: String
        public var images: [Image]

        public init(source: String, name: String, html: String, images: [Image] = []) {
            self.source = source
            self.name = name
            self.html = html
            self.images = images
        }
    }

    public struct Image: Sendable, Equatable {
        /// Path relative to Content/, as written after `ksdocs-image:`.
        public var path: String
        public var fileName: String
        public var data: Data

        public init(path: String, fileName: String, data: Data) {
            self.path = path
            self.fileName = fileName
            self.data = data
        }
    }
}

import Foundation

/// A loaded page kept in the build cache (see `BuildCache`), so the next build need not
/// read and parse a file that did not change.
///
/// It holds the page without the HTML, full text and code blocks that only rendering and
/// search need (`SourcePage.withoutContent` says what it keeps for flashcards;
/// `SourcePage.isComplete` is false; a page that must be rendered again is
/// loaded again, and its search tokens come from the last search files), the diagnostics loading it
/// gave, and what `stat` said of the file when it was read.
struct CachedPage: Codable, Sendable {
    var file: FileSignature
    var page: SourcePage
    var diagnostics: [Diagnostic]
    /// Taken from the cache as it was: the bytes it was read from can be saved again as they are.
    var unchangedSinceLoad = false

    private enum CodingKeys: String, CodingKey {
        case file, page, diagnostics
    }

    /// Keeps `page` (a complete page) without what only rendering and search need.
    init(file: FileSignature, page: SourcePage, diagnostics: [Diagnostic]) {
        self.file = file
        self.page = page.withoutContent()
        self.diagnostics = diagnostics
    }
}

import Foundation

/// One page of the site, prepared for BookStack: anchors rewritten, references collected.
struct PagePlan {
    var bookSource: String
    /// 1-based position in its book: the `priority` sent (v23.08+) and part of the hash.
    var order: Int
    var page: BookStackSite.Page
    /// HTML after ``HTMLRewriter/rewriteAnchors(_:)``, placeholders still in.
    var anchored: String
    /// `ksdocs-page:` targets that are pages of this site.
    var links: Set<String>
    /// `ksdocs-image:` paths, in order of first use.
    var imagePaths: [String]
    /// Image path → the image, for the paths that the page provides.
    var images: [String: BookStackSite.Image]
    /// Image path → SHA-256 of its bytes.
    var imageHashes: [String: String]

    var source: String { page.source }

    init(bookSource: String, order: Int, page: BookStackSite.Page, siteSources: Set<String>) {
        self.bookSource = bookSource
        self.order = order
        self.page = page
        self.anchored = HTMLRewriter.rewriteAnchors(page.html)
        let references = HTMLRewriter.references(in: anchored)
        self.links = Set(references.pages.filter { siteSources.contains($0) && $0 != page.source })
        var seen = Set<String>()
        self.imagePaths = references.images.filter { seen.insert($0).inserted }
        var images: [String: BookStackSite.Image] = [:]
        for image in page.images { images[image.path] = image }
        self.images = images
        self.imageHashes = images.mapValues { SHA256.hex($0.data) }
    }

    /// Image paths used in the HTML and provided with a supported type: the ones to upload.
    var uploadable: [BookStackSite.Image] {
        imagePaths.compactMap { images[$0] }.filter { Self.mimeType($0.fileName) != nil }
    }

    /// The MIME type BookStack's gallery accepts for this file name, or nil.
    static func mimeType(_ fileName: String) -> String? {
        switch (fileName as NSString).pathExtension.lowercased() {
        case "png": return "image/png"
        case "jpg", "jpeg": return "image/jpeg"
        case "gif": return "image/gif"
        case "webp": return "image/webp"
        default: return nil
        }
    }

    /// The gallery name of an image: content hash + file name, so a rerun finds what it uploaded.
    static func galleryName(_ image: BookStackSite.Image, hash: String) -> String {
        String("ksdocs-\(hash.prefix(12))-\(image.fileName)".prefix(180))
    }
}

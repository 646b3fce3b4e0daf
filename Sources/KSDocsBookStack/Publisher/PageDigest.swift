/// The `ksdocs-hash` tag value of a page: `<content>-<placement>`, a hash of what the page
/// says (name and HTML) and one of where it stands (book and order).
///
/// Kept in two parts so that a renamed file is recognised: a page whose source is gone and
/// whose content part equals a new source's is the same page, moved (see `renamedPage`).
struct PageDigest: Equatable {
    var content: String
    var placement: String

    init(content: String, placement: String) {
        self.content = String(content.prefix(12))
        self.placement = String(placement.prefix(4))
    }

    /// Reads a tag value; nil for `pending` and for values written by older versions.
    init?(tagValue: String) {
        let parts = tagValue.split(separator: "-")
        guard parts.count == 2, parts[0].count == 12, parts[1].count == 4 else { return nil }
        content = String(parts[0])
        placement = String(parts[1])
    }

    var tagValue: String { content + "-" + placement }
}

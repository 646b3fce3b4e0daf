import KSDocsCommands

/// The glossary meanings a page has already shown, for a compact per-page glossary: the first
/// use of a term (`docker`, `-d`, `|`) is explained in full under an anchor, later uses in the
/// same page link to it instead of repeating the definition.
struct ExplainedTerms {
    private var anchors: [String: String] = [:]

    /// The anchor of the earlier explanation of `term`, or nil when this is its first use on the
    /// page (the term is then recorded, under ``anchor(ofFirst:)``).
    mutating func earlierAnchor(of term: TokenExplanation) -> String? {
        let key = term.token + "\u{0}" + term.meaning
        if let anchor = anchors[key] { return anchor }
        anchors[key] = "term-\(anchors.count + 1)"
        return nil
    }

    /// The anchor given to a term at its first use.
    func anchor(ofFirst term: TokenExplanation) -> String {
        anchors[term.token + "\u{0}" + term.meaning] ?? ""
    }
}

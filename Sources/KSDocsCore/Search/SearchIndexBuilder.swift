import Foundation

/// Builds the search index of a site: every page and every folder index page.
struct SearchIndexBuilder: Sendable {
    let site: Site
    /// The site's flashcards (`InterviewDeck.build`), each indexed as a result of its own.
    let cards: [Flashcard]
    /// The last build's search files: pages whose line they have lend their tokens from them
    /// (a page from the build cache has no full text to tokenize).
    var previous: PreviousTokens?
    /// Loads pages from the build cache again in full when their tokens are not in `previous`.
    var completer: SiteLoader.PageCompleter?
    /// The last build's entries by key (kept in memory by `serve`): a page with the same key
    /// and a line in `previous` takes its entry from here instead of making it again.
    var previousEntries: [String: SearchIndex.Entry]

    init(
        site: Site, cards: [Flashcard]? = nil, previous: PreviousTokens? = nil,
        previousEntries: [String: SearchIndex.Entry] = [:], completer: SiteLoader.PageCompleter? = nil
    ) {
        self.site = site
        self.cards = cards ?? InterviewDeck.build(site)
        self.previous = previous
        self.previousEntries = previousEntries
        self.completer = completer
    }

    /// Where the index's root script is written (its parts go under `SearchIndex.partsFolder`).
    static let path = "search-index.js"

    /// Longest snippet kept, in characters.
    static let snippetLength = 160
    /// Longest command kept, in characters.
    static let commandLength = 100

    /// The index and the site path of its root script. The files are `index.files(reusing:)`.
    func build() async -> (index: SearchIndex, path: String) {
        var index = SearchIndex()
        var folderIndexes: [String: SourcePage] = [:]
        for page in site.pages where page.kind == .folderIndex { folderIndexes[page.folder] = page }
        // Pages are tokenized in parallel, then added in site order.
        let pages = site.pages.filter { $0.kind != .folderIndex }
        let prepared = await ParallelMap.map(pages) { page in
            let key = Self.key("page", page.contentHash, page.urlPath, page.kind.rawValue)
            return (tokenized(page, title: page.title, url: page.urlPath, kind: page.kind.rawValue, key: key), key)
        }
        for ((entry, tokens), key) in prepared { index.add(entry, tokens: tokens, key: key) }
        for section in site.sections.values.sorted(by: { $0.folder < $1.folder }) where !section.folder.isEmpty {
            let kind = section.isTrack ? "track" : "section"
            if let page = folderIndexes[section.folder] {
                // The folder's title and summary replace the page's: they are part of the key.
                let key = Self.key(
                    "folder", page.contentHash, section.title, section.summary ?? "", section.urlPath, kind)
                let (entry, tokens) = tokenized(
                    page, title: section.title, url: section.urlPath, kind: kind, snippet: section.summary, key: key)
                index.add(entry, tokens: tokens, key: key)
            } else {
                let entry = SearchIndex.Entry(
                    title: section.title, url: section.urlPath, kind: kind, snippet: section.summary ?? "",
                    headings: [], commands: [], body: "")
                index.add(
                    entry, tokens: .decoded(SearchIndex.tokens(of: entry)),
                    key: Self.key("section", entry.title, entry.url, kind, entry.snippet))
            }
        }
        // Interview prep: the page and each flashcard (question as title, answer as text).
        if !cards.isEmpty {
            let page = ContextBuilder.interviewPath
            index.add(
                SearchIndex.Entry(
                    title: "Interview prep", url: page, kind: "interview",
                    snippet: "Flashcards from every decision, case and interview answer.", headings: [], commands: [],
                    body: ""))
            // A decision's or case's own card would repeat its page in the results.
            for card in cards where !Self.hasOwnPage(card, in: site) {
                let answer = Self.collapse(Self.text(ofHTML: card.backHTML))
                index.add(
                    SearchIndex.Entry(
                        title: card.front, url: page + "#card-" + card.guid, kind: "flashcard",
                        snippet: Self.shorten(answer, to: Self.snippetLength), headings: [], commands: [], body: answer)
                )
            }
        }
        addGeneratedPages(to: &index)
        // A stable name outside assets/: every page links to it, and a content-hashed name would
        // change every page whenever any text changes (defeating incremental builds).
        return (index, Self.path)
    }

    /// A line key made of parts (and the version of the indexing rules, so a line
    /// indexed by an older ksdocs is not reused).
    private static func key(_ parts: String...) -> String {
        ([SearchIndex.rulesVersion] + parts).joined(separator: "\u{1}")
    }

    /// A page's entry and tokens: the tokens of the last build's line with the same `key` when
    /// there is one, else the page's own (loaded again in full if it came from the build cache).
    private func tokenized(
        _ page: SourcePage, title: String, url: String, kind: String, snippet: String? = nil, key: String
    ) -> (SearchIndex.Entry, SearchIndex.TokenList) {
        if let previous, previous.has(key) {
            if let kept = previousEntries[key] { return (kept, .previous(previous, key: key)) }
            var entry = entry(for: page, title: title, url: url, kind: kind, body: false)
            if let snippet { entry.snippet = snippet }
            return (entry, .previous(previous, key: key))
        }
        let complete = completer?.complete(page) ?? page
        var entry = entry(for: complete, title: title, url: url, kind: kind)
        if let snippet { entry.snippet = snippet }
        let tokens = SearchIndex.tokens(of: entry)
        // The body only feeds the tokens: dropped now, it is not held (a copy of every page's
        // text) until the search files are written.
        entry.body = ""
        return (entry, .decoded(tokens))
    }

    /// With `body` false the entry's body is left empty: it only feeds the tokens.
    private func entry(for page: SourcePage, title: String, url: String, kind: String, body withBody: Bool = true)
        -> SearchIndex.Entry
    {
        let headings = page.markdown.headings.filter { (2...4).contains($0.level) }.map { (id: $0.id, text: $0.text) }
        var seen = Set<String>()
        var commands: [String] = []
        for command in page.commands {
            let line = Self.shorten(Self.collapse(command.command), to: Self.commandLength)
            if seen.insert(line).inserted, commands.count < SearchIndex.maxCommandsPerPage { commands.append(line) }
        }
        var body = withBody ? page.markdown.plainText : ""
        // The explanations of the commands are searchable as body text, and so are the other
        // code blocks (a pasted compose line or error message finds the page).
        for command in page.commands where withBody { if let text = command.explanation { body += "\n" + text } }
        for block in page.markdown.codeBlocks where withBody && !block.info.contains("explain") {
            body += "\n" + block.code
        }
        // A case is found by its error text and its cause, ranked as headings.
        let keywords = [page.metadata.symptom, page.metadata.cause].compactMap { $0 }.joined(separator: "\n")
        let snippet =
            page.metadata.summary ?? page.metadata.symptom
            ?? Self.shorten(
                Self.collapse(page.markdown.plainText, atMost: Self.snippetLength + 1), to: Self.snippetLength)
        return SearchIndex.Entry(
            title: title, url: url, kind: kind, snippet: snippet, headings: headings, commands: commands,
            fullCommands: page.commands.map(\.command), keywords: keywords, body: body)
    }

    /// The text of an HTML fragment: tags dropped, the common entities decoded.
    static func text(ofHTML html: String) -> String {
        var out = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true; out.append(" ")
            } else if character == ">" {
                inTag = false
            } else if !inTag {
                out.append(character)
            }
        }
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            out = out.replacingOccurrences(of: entity, with: character)
        }
        return out
    }

    /// Runs of whitespace (line breaks included) as single spaces, trimmed; with `atMost`,
    /// only that many characters of the result are made (enough to decide a cut).
    static func collapse(_ text: String, atMost limit: Int = .max) -> String {
        var out = ""
        var count = 0
        var pendingSpace = false
        for character in text {
            if character.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                if count == limit { break }
                out.append(" ")
                count += 1
                pendingSpace = false
            }
            if count == limit { break }
            out.append(character)
            count += 1
        }
        return out
    }

    /// `text` cut at a word boundary to at most `length` characters, with `…` when cut.
    static func shorten(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        let cut = text.prefix(length - 1)
        let end = cut.lastIndex(of: " ").map { cut[..<$0] } ?? cut
        return end + "…"
    }
}

extension SearchIndexBuilder {
    /// True for a decision's or case's own card: its page is a result already.
    static func hasOwnPage(_ card: Flashcard, in site: Site) -> Bool {
        guard let kind = site.page(source: card.source)?.kind else { return false }
        return kind == .decision || kind == .troubleshootingCase
    }

    /// The generated pages: the services catalog, one page per service and the command reference.
    func addGeneratedPages(to index: inout SearchIndex) {
        let services = site.services.services
        if !services.isEmpty {
            index.add(
                SearchIndex.Entry(
                    title: "Services", url: ContextBuilder.servicesPath, kind: "services",
                    snippet: "The \(services.count) services, their hosts, sign-in and data.", headings: [],
                    commands: [], keywords: services.map(\.name).joined(separator: "\n"),
                    body: services.map { [$0.id, $0.notes ?? ""].joined(separator: " ") }.joined(separator: "\n")))
        }
        for service in services {
            let facts = [
                service.id, service.url ?? "", service.hosts.joined(separator: " "), service.sso,
                service.database ?? "", service.notes ?? "",
            ]
            index.add(
                SearchIndex.Entry(
                    title: service.name, url: service.urlPath, kind: "service",
                    snippet: service.notes.map { Self.shorten(Self.collapse($0), to: Self.snippetLength) } ?? "",
                    headings: [], commands: [], body: facts.joined(separator: "\n")))
        }
        let reference = CommandReference.build(site)
        guard !reference.groups.isEmpty else { return }
        var shown: [String] = []
        var body = ""
        for group in reference.groups {
            if let summary = group.summary { body += summary + "\n" }
            for use in group.uses {
                if shown.count < SearchIndex.maxCommandsPerPage {
                    shown.append(Self.shorten(Self.collapse(use.command), to: Self.commandLength))
                }
                if let explanation = use.explanation { body += explanation + "\n" }
            }
        }
        index.add(
            SearchIndex.Entry(
                title: "Command reference", url: ContextBuilder.commandsPath, kind: "commands",
                snippet: "Every command in the lessons, explained, by tool.",
                headings: reference.groups.map { (id: "tool-" + Slug.make($0.tool), text: $0.tool) }, commands: shown,
                fullCommands: reference.groups.flatMap { $0.uses.map(\.command) }, body: body))
    }
}

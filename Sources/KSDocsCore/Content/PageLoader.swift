import Foundation
import KSDocsCommands
import KSDocsMarkdown

/// Reads one Markdown file into a `SourcePage`: decoding, front matter, Markdown.
struct PageLoader: Sendable {
    let contentRoot: URL
    let display: String
    let configuration: SiteConfiguration
    let codeBlocks: CodeBlockLoader
    /// Safety-scan results of the previous build, by `SafetyCacheKey`; a file whose key is
    /// here is not scanned again.
    let safetyCache: [String: [Diagnostic]]
    /// Pages of the previous build by source (see `CachedPage`); an unchanged file is not read again.
    var cachedPages: [String: CachedPage] = [:]
    /// A cached page is trusted on its file's size, time and inode alone only when the file
    /// was modified before this time (nanoseconds): a file changed within the same clock
    /// tick as the last build could keep its time, so newer files are compared by content.
    var trustSignaturesBefore: Int64 = 0

    struct Input: Sendable {
        var source: String
        var kind: PageKind
        /// The file's signature when the caller already has it (from listing Content/).
        var signature: FileSignature?
        /// Known not to have been written since the last build (`serve`'s watcher reported no
        /// change to it): its cached page is taken on its signature alone, however recent.
        var knownUnchanged = false
    }

    /// What loading one file gives: the page (nil when the file could not be read at all),
    /// its diagnostics, its safety-scan result for the cache, and the page for the next
    /// build's cache.
    struct Loaded: Sendable {
        var page: SourcePage?
        var diagnostics: [Diagnostic]
        var safety: (key: String, diagnostics: [Diagnostic])?
        var cached: CachedPage?
        /// Whether the file was read and parsed (false when its page came from the cache).
        var parsed = false
    }

    func load(_ input: Input) -> Loaded {
        let path = contentRoot.path + "/" + input.source
        let signature = input.signature ?? FileSignature.of(path: path)
        let previous = cachedPages[input.source].flatMap { $0.page.kind == input.kind ? $0 : nil }
        if let previous, let signature, signature == previous.file,
            input.knownUnchanged || signature.modifiedNanoseconds < trustSignaturesBefore
        {
            var unchanged = previous
            unchanged.unchangedSinceLoad = true
            return Loaded(page: previous.page, diagnostics: previous.diagnostics, cached: unchanged)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            let shown = ContentInventory.join(display, input.source)
            return Loaded(page: nil, diagnostics: [.error(shown, "cannot read this file; check its permissions")])
        }
        let contentHash = ContentHash.hex(data)
        if var previous, let signature, previous.page.contentHash == contentHash {
            previous.file = signature
            previous.unchangedSinceLoad = false  // its bytes on disk hold the old signature
            return Loaded(page: previous.page, diagnostics: previous.diagnostics, cached: previous)
        }
        var safety: (key: String, diagnostics: [Diagnostic])?
        let (page, diagnostics) = load(input, data: data, contentHash: contentHash, safety: &safety)
        let cached = page.flatMap { page in
            signature.map { CachedPage(file: $0, page: page, diagnostics: diagnostics) }
        }
        return Loaded(page: page, diagnostics: diagnostics, safety: safety, cached: cached, parsed: true)
    }

    /// Parses `data`, the file's bytes, whose hash is `contentHash`.
    private func load(
        _ input: Input, data: Data, contentHash: String, safety: inout (key: String, diagnostics: [Diagnostic])?
    ) -> (SourcePage?, [Diagnostic]) {
        let shown = ContentInventory.join(display, input.source)
        let text: String
        switch TextDecoding.decode(Array(data)) {
        case .success(let decoded):
            text = decoded
        case .failure(let invalid):
            return (
                nil,
                [
                    .error(
                        shown, line: invalid.line, column: invalid.column,
                        "file is not valid UTF-8; save it as UTF-8 (the first bad byte is here)")
                ]
            )
        }
        let frontMatter: FrontMatter
        switch FrontMatter.split(text) {
        case .success(let split):
            frontMatter = split
        case .failure:
            return (
                nil,
                [
                    .error(
                        shown, line: 1, column: 1,
                        "front matter starts with '---' but is never closed; add a '---' line after the last key")
                ]
            )
        }
        let safetyKey = shown + "\u{0}" + contentHash
        let scanned = safetyCache[safetyKey] ?? SafetyScanner.scan(text, file: shown)
        safety = (safetyKey, scanned)
        var diagnostics: [Diagnostic] = scanned
        var metadata = PageMetadata()
        var frontMatterUnreadable = false
        if let yaml = frontMatter.yaml {
            var fields = YAMLFields(
                yaml: yaml, file: shown, lineOffset: FrontMatter.yamlFirstLine - 1, context: "front matter")
            metadata = PageMetadata.read(&fields, kind: input.kind)
            frontMatterUnreadable = fields.parseFailed
            diagnostics += fields.diagnostics
        }
        var codeBlockDiagnostics: [Diagnostic] = []
        var explainBlocks: [ExplainBlock] = []
        var codeBlockCount = 0
        var headingCount = 0
        let hooks = MarkdownHooks(
            codeBlock: { block in
                let loaded = codeBlocks.load(block, index: codeBlockCount, explainIndex: explainBlocks.count)
                codeBlockCount += 1
                if let explain = loaded.explainBlock { explainBlocks.append(explain) }
                codeBlockDiagnostics += loaded.warnings.map { .warning(shown, line: block.line, column: 1, $0) }
                return loaded.placeholder
            },
            callout: { alert in CalloutStyle.titles[alert.type] != nil },
            headingSuffix: { _, _ in
                headingCount += 1
                return BlockPlaceholders.headingAnchor(headingCount - 1)
            }
        )
        // MkDocs blocks become ksdocs ones; lines of the new text map back to the file's for diagnostics.
        var mkdocs: MkDocsSyntax.Result?
        var source = frontMatter.body
        if MkDocsSyntax.mayApply(to: source) {
            let result = MkDocsSyntax(snippetRoots: [contentRoot, contentRoot.deletingLastPathComponent()])
                .apply(source)
            for problem in result.problems {
                diagnostics.append(
                    .error(shown, line: problem.line + frontMatter.bodyLineOffset, column: 1, problem.message))
            }
            source = result.text
            mkdocs = result
        }
        let remap = { (line: Int) -> Int in
            guard let mkdocs else { return line }
            return mkdocs.originalLine(line - frontMatter.bodyLineOffset) + frontMatter.bodyLineOffset
        }
        let (body, shortcodes) = HugoShortcodes.strip(source)
        diagnostics += HugoShortcodes.warnings(
            shortcodes.map {
                HugoShortcodes.Use(name: $0.name, line: remap($0.line + frontMatter.bodyLineOffset), column: $0.column)
            },
            file: shown)
        var markdown = MarkdownRenderer().render(
            body, lineOffset: frontMatter.bodyLineOffset,
            title: metadata.title == nil ? .firstHeading : .leadingHeading, hooks: hooks)
        if mkdocs != nil {
            for index in markdown.headings.indices {
                markdown.headings[index].line = remap(markdown.headings[index].line)
            }
            for index in markdown.links.indices { markdown.links[index].line = remap(markdown.links[index].line) }
            for index in markdown.alerts.indices { markdown.alerts[index].line = remap(markdown.alerts[index].line) }
            for index in markdown.codeBlocks.indices {
                markdown.codeBlocks[index].line = remap(markdown.codeBlocks[index].line)
            }
            for index in codeBlockDiagnostics.indices {
                codeBlockDiagnostics[index].line = remap(codeBlockDiagnostics[index].line)
            }
        }
        diagnostics += codeBlockDiagnostics
        for alert in markdown.alerts where CalloutStyle.titles[alert.type] == nil {
            diagnostics.append(
                .warning(
                    shown, line: alert.line, column: 1,
                    "unknown callout type '[!\(alert.type)]' is shown as a plain quote\(Suggestion.didYouMean(alert.type, in: CalloutStyle.titles.keys.sorted()))"
                ))
        }
        var title = metadata.title?.value ?? markdown.extractedTitle ?? ""
        // A page that names no title is named after its file, as in MkDocs; a `title:`
        // written empty is a mistake worth saying.
        if metadata.title == nil, title.trimmingCharacters(in: .whitespaces).isEmpty {
            title = FallbackTitle.forSource(input.source)
        }
        if title.trimmingCharacters(in: .whitespaces).isEmpty, !frontMatterUnreadable {
            diagnostics.append(
                .error(
                    shown, line: metadata.title?.line ?? 1, column: metadata.title?.column ?? 1,
                    "the page's title is empty; write one after 'title:' or remove the key to use the first '# ' heading"))
        }
        let time = TimeEstimate.computed(
            words: markdown.wordCount, commands: explainBlocks.reduce(0) { $0 + $1.steps.count },
            wordsPerMinute: configuration.readingWordsPerMinute, minutesPerCommand: configuration.minutesPerCommand
        ).withAuthored(metadata.time?.value)
        let page = SourcePage(
            source: input.source, displayPath: shown, kind: input.kind, folder: SitePath.folder(of: input.source),
            urlPath: Slug.urlPath(forSource: input.source), metadata: metadata, title: title, markdown: markdown,
            contentHash: contentHash, explainBlocks: explainBlocks, time: time)
        return (page, diagnostics)
    }
}

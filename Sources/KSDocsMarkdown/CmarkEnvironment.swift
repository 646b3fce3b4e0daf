internal import CCmarkGFM
internal import Synchronization

/// One-time set-up of cmark-gfm's global extension registry.
enum CmarkEnvironment {
    /// The GFM extensions ksdocs enables, in the order they are attached.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the core extensions exactly once; `static let` initialisation is thread-safe.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Held while a parser processes inlines (`cmark_parser_finish`). cmark-gfm marks the
    /// extensions' special characters (`~` for strikethrough, ...) in a table shared by all
    /// parsers, adding them before a document's inlines are parsed and removing them after:
    /// with parsers on several threads, one parser's removal made another miss `~~struck~~`
    /// (github/cmark-gfm#176). Block parsing and HTML rendering still run in parallel.
    static let inlinePhase = Mutex(())

    /// Parse options: footnotes on; raw HTML kept (the tagfilter extension still
    /// neutralises `<script>`, `<iframe>`, `<style>` and the like, as on GitHub).
    static let options: Int32 = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
}

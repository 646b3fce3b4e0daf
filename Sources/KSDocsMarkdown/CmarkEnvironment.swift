internal import CCmarkGFM

/// One-time set-up of cmark-gfm's global extension registry.
enum CmarkEnvironment {
    /// The GFM extensions ksdocs enables, in the order they are attached.
    static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// Registers the core extensions exactly once; `static let` initialisation is thread-safe.
    static let registered: Bool = {
        cmark_gfm_core_extensions_ensure_registered()
        return true
    }()

    /// Parse options: footnotes on; raw HTML kept (the tagfilter extension still
    /// neutralises `<script>`, `<iframe>`, `<style>` and the like, as on GitHub).
    static let options: Int32 = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
}

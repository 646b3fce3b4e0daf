import Mustache

/// HTML escaping for `{{name}}` in theme templates: the same five characters swift-mustache
/// escapes (`<`, `>`, `&`, `"`, `'`), escaped by `HTMLEscaping` on the UTF-8 bytes instead of
/// a dictionary lookup per `Character` (that lookup was about 5% of a build). Every template
/// is parsed with ``parse(_:)``, which selects it with a `CONTENT_TYPE` pragma line of its own.
enum TemplateEscaping {
    /// The content type's name in the pragma.
    static let contentTypeName = "KSDOCS_HTML"

    /// Registers the content type once, before the first template is parsed.
    private static let registered: Void = MustacheContentTypes.register(FastHTML(), named: contentTypeName)

    /// `text` parsed as a template that escapes with `HTMLEscaping`. The pragma line is
    /// standalone, so Mustache drops it whole: the template renders exactly as written.
    /// A syntax error's line is the line in `text`.
    static func parse(_ text: String) throws -> MustacheTemplate {
        _ = registered
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(contentTypeName) }}\n" + text)
    }

    /// Lines `parse` adds before the template's own (to subtract from reported line numbers).
    static let addedLines = 1

    private struct FastHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { HTMLEscaping.escape(text) }
    }
}

import Mustache

/// HTML escaping for `{{name}}` in theme templates: the same five characters swift-mustache
/// escapes (`<`, `>`, `&`, `"`, `'`), found by a scan of the UTF-8 bytes instead of a
/// dictionary lookup per `Character` (that lookup was about 5% of a build). Every template
/// is parsed with ``parse(_:)``, which selects it with a `CONTENT_TYPE` pragma line of its own.
enum TemplateEscaping {
    /// The content type's name in the pragma.
    static let contentTypeName = "KSDOCS_HTML"

    /// Registers the content type once, before the first template is parsed.
    private static let registered: Void = MustacheContentTypes.register(FastHTML(), named: contentTypeName)

    /// `text` parsed as a template that escapes with ``escape(_:)``. The pragma line is
    /// standalone, so Mustache drops it whole: the template renders exactly as written.
    /// A syntax error's line is the line in `text`.
    static func parse(_ text: String) throws -> MustacheTemplate {
        _ = registered
        return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(contentTypeName) }}\n" + text)
    }

    /// Lines `parse` adds before the template's own (to subtract from reported line numbers).
    static let addedLines = 1

    /// `text` with `<`, `>`, `&`, `"` and `'` replaced by entities, as swift-mustache's HTML escaping does.
    static func escape(_ text: String) -> String {
        var needsEscaping = false
        for byte in text.utf8 where byte == 60 || byte == 62 || byte == 38 || byte == 34 || byte == 39 {
            needsEscaping = true
            break
        }
        guard needsEscaping else { return text }
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case 60: output.append(contentsOf: [38, 108, 116, 59])  // &lt;
            case 62: output.append(contentsOf: [38, 103, 116, 59])  // &gt;
            case 38: output.append(contentsOf: [38, 97, 109, 112, 59])  // &amp;
            case 34: output.append(contentsOf: [38, 113, 117, 111, 116, 59])  // &quot;
            case 39: output.append(contentsOf: [38, 35, 51, 57, 59])  // &#39;
            default: output.append(byte)
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private struct FastHTML: MustacheContentType {
        func escapeText(_ text: String) -> String { TemplateEscaping.escape(text) }
    }
}

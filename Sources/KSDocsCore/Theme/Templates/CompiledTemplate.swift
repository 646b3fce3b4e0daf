/// A theme template parsed once, at theme load, into nodes that ``TemplateRenderer`` walks
/// with no parsing, name splitting or dynamic casts per page.
///
/// ``TemplateCompiler`` builds it from the same text swift-mustache parses, with the same
/// tokens (standalone lines dropped, indentation kept for partials and blocks), so both
/// render the same bytes. Templates using what it does not support have none (see
/// ``TemplateCompiler``) and are rendered by swift-mustache.
struct CompiledTemplate: Sendable {
    /// One token of a template, as swift-mustache tokenizes it. Text is split where
    /// swift-mustache splits it (at line ends and tags): a partial's indentation is added
    /// between these nodes only.
    indirect enum Node: Sendable {
        /// Literal text.
        case text(String)
        /// `{{name}}` (escaped with `HTMLEscaping`), `{{{name}}}` or `{{&name}}` (not escaped).
        case variable(TemplateName, escaped: Bool)
        /// `{{#name}}…{{/name}}`.
        case section(TemplateName, [Node])
        /// `{{^name}}…{{/name}}`.
        case invertedSection(TemplateName, [Node])
        /// `{{>name}}`, or `{{<name}}…{{/name}}` with its `{{$block}}` overrides. `indentation`
        /// is added to each line the partial renders: a standalone `{{>name}}`'s leading
        /// whitespace, always given for `{{<name}}`, nil for an inline `{{>name}}`.
        case partial(String, indentation: String?, overrides: [String: [Node]]?)
        /// `{{$name}}default{{/name}}` outside `{{<parent}}`: an override of `name` if the
        /// template was included with one, else the default.
        case block(String, defaultNodes: [Node], indentation: String)
    }

    let nodes: [Node]
    /// The templates this one includes or inherits, by name.
    let partials: Set<String>
}

/// A name looked up in the context stack, split on "." once, when the template is compiled.
struct TemplateName: Sendable, Equatable {
    enum Scope: Sendable {
        /// The first part is looked up from the innermost context outwards.
        case climbing
        /// A leading "." (`{{.title}}`): the innermost context only.
        case current
    }

    let scope: Scope
    /// Empty for `{{.}}`: the innermost context itself.
    let parts: [String]

    /// `name` as swift-mustache resolves it: "." is the innermost context; a leading "."
    /// does not climb; empty parts (`a..b`, a trailing ".") are dropped.
    init(_ name: String) {
        scope = name.first == "." ? .current : .climbing
        parts = name.split(separator: ".").map(String.init)
    }
}

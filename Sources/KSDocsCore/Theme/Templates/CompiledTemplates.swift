import Mustache

/// A theme's templates compiled for ``TemplateRenderer``, and which of them it can render:
/// a template renders compiled when it compiled and so did every template it includes or
/// inherits, directly or not (a missing one renders as nothing in both engines). The others
/// are rendered by swift-mustache, which parsed them all first.
struct CompiledTemplates: Sendable {
    private let templates: [String: CompiledTemplate]
    private let renderable: Set<String>
    /// Why each template that did not compile was not, by template name.
    let unsupported: [String: String]

    /// Compiles `parsed`, the theme's templates as swift-mustache parsed them (their
    /// `description` is the text they were parsed from).
    init(_ parsed: [String: MustacheTemplate]) {
        var templates: [String: CompiledTemplate] = [:]
        var unsupported: [String: String] = [:]
        for (name, template) in parsed {
            do {
                templates[name] = try TemplateCompiler.compile(template.description)
            } catch {
                unsupported[name] = error.description
            }
        }
        // Not renderable: the templates that did not compile, then, until none is added, those
        // including one of them (a partial the theme does not have renders as nothing in both).
        var notRenderable = Set(unsupported.keys)
        var added = true
        while added {
            added = false
            for (name, template) in templates where !notRenderable.contains(name) {
                if !template.partials.isDisjoint(with: notRenderable) {
                    notRenderable.insert(name)
                    added = true
                }
            }
        }
        self.templates = templates
        renderable = Set(templates.keys).subtracting(notRenderable)
        self.unsupported = unsupported
    }

    /// Whether ``render(_:template:)`` renders `name`.
    func canRender(_ name: String) -> Bool { renderable.contains(name) }

    /// `context` rendered with the template `name`, which ``canRender(_:)`` must accept.
    func render(_ context: TemplateValue, template name: String) -> String {
        guard let template = templates[name] else { preconditionFailure("template '\(name)' is not compiled") }
        var renderer = TemplateRenderer(templates: templates, context: context)
        renderer.render(template.nodes, indentation: nil, overrides: nil)
        return renderer.output
    }
}

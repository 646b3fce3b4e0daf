public import Foundation
import Mustache

/// A loaded theme: its Mustache templates and its assets with content-hashed names.
public struct Theme: Sendable {
    public var name: String
    public var directory: URL
    let library: MustacheLibrary
    /// The templates compiled for ``TemplateRenderer``, which renders those it can.
    let compiled: CompiledTemplates
    /// Stylesheets and scripts to link from every page, as site paths (`assets/css/site.3f2a1b9c.css`).
    public var stylesheets: [String]
    public var scripts: [String]
    /// Every asset: where it is read from and the site path it is written to.
    public var assets: [(source: URL, output: String, data: Data)]
    /// A hash of the templates and asset names, for the incremental build cache.
    public var fingerprint = ""
    /// The rendered `partials/header`, shared by the pages of one build.
    var headerCache = RenderedHeaderCache()
    /// Set by tests that check the contexts against the templates.
    var keyRecorder: TemplateKeyRecorder?
    /// Tests: render every template with swift-mustache, to compare with the compiled templates.
    var rendersWithMustacheOnly = false
    /// Site path of the search index script (`search-index.js`), set by the build.
    public var searchIndex: String?

    /// Templates every theme must have, one per page kind.
    public static let requiredTemplates = ["home", "track", "lesson", "page", "section", "404"]

    /// Loads `themes/<name>/`. A missing theme is an environment error; template
    /// syntax errors and missing templates are diagnostics.
    static func load(name: String, themes: ThemeFiles, display: String) throws(BuildFailure) -> (
        Theme?, [Diagnostic]
    ) {
        let directory = themes.root.appendingPathComponent(name)
        guard themes.hasTheme(name) else {
            let available = themes.themeNames.filter { !$0.hasPrefix(".") }
            let list = available.isEmpty ? "none found" : available.joined(separator: ", ")
            throw .environment(
                "theme '\(name)' not found in \(display)/ (available: \(list)); set 'theme:' in site.yml or pass --theme NAME"
            )
        }
        let shown = display + "/" + name
        var diagnostics: [Diagnostic] = []
        // The theme and the themes it extends, child first; a child's file wins over its parent's.
        let layers = ThemeChain.resolve(name: name, themes: themes, display: display, diagnostics: &diagnostics)
        var templates: [String: MustacheTemplate] = [:]
        var assetsByPath: [String: ThemeAssets.Asset] = [:]
        for layer in layers.reversed() {
            let own = loadTemplates(
                layer.folder + "/templates", in: themes, display: layer.display + "/templates",
                diagnostics: &diagnostics)
            templates.merge(own) { _, child in child }
            for asset in ThemeAssets.collect(layer.folder + "/assets", in: themes) {
                assetsByPath[asset.relative] = asset
            }
        }
        // A theme that does not extend a built-in one and lacks a block partial renders those blocks as kitestacks does.
        for name in [calloutPartial, explainPartial, headingAnchorPartial] where templates[name] == nil {
            if let data = BuiltInThemes.embedded["kitestacks/templates/\(name).mustache"],
                let partial = try? TemplateEscaping.parse(String(decoding: data, as: UTF8.self))
            {
                templates[name] = partial
            }
        }
        let library = MustacheLibrary(templates: templates)
        for template in requiredTemplates where library.getTemplate(named: template) == nil {
            if !diagnostics.contains(where: { $0.file.hasSuffix("/\(template).mustache") }) {
                diagnostics.append(
                    .error(
                        shown + "/templates/\(template).mustache",
                        "theme '\(name)' has no '\(template)' template; add it"))
            }
        }
        let assets = assetsByPath.values.sorted { $0.relative < $1.relative }
        let settings = ThemeSettings(
            stylesheets: layers.lazy.compactMap(\.settings.stylesheets).first,
            scripts: layers.lazy.compactMap(\.settings.scripts).first)
        let outputs = Dictionary(assets.map { ($0.relative, $0.output) }, uniquingKeysWith: { first, _ in first })
        func linked(_ list: [String]) -> [String] {
            list.compactMap { entry in
                guard let output = outputs[entry] else {
                    diagnostics.append(
                        .error(shown + "/theme.yml", "theme.yml lists '\(entry)' but assets/\(entry) does not exist"))
                    return nil
                }
                return output
            }
        }
        var theme = Theme(
            name: name, directory: directory, library: library, compiled: CompiledTemplates(templates),
            stylesheets: linked(settings.stylesheets ?? []),
            scripts: linked(settings.scripts ?? []), assets: assets.map { ($0.source, $0.output, $0.data) })
        // Everything of the theme that can change a page: template texts and asset names
        // (which carry their content hashes).
        var fingerprint = name + "\n"
        for (template, parsed) in templates.sorted(by: { $0.key < $1.key }) {
            fingerprint += template + "\u{0}" + parsed.description + "\u{0}"
        }
        fingerprint += (assets.map(\.output) + theme.stylesheets + ["|"] + theme.scripts).joined(separator: "\n")
        theme.fingerprint = ContentHash.hex(text: fingerprint)
        return (theme, diagnostics)
    }

    private static func loadTemplates(
        _ folder: String, in themes: ThemeFiles, display: String, diagnostics: inout [Diagnostic]
    ) -> [String: MustacheTemplate] {
        var templates: [String: MustacheTemplate] = [:]
        for path in themes.paths(under: folder) where path.hasSuffix(".mustache") {
            let shown = display + "/" + path
            guard let data = themes.file(folder + "/" + path),
                case .success(let text) = TextDecoding.decode(Array(data))
            else {
                diagnostics.append(.error(shown, "cannot read this template as UTF-8 text"))
                continue
            }
            do {
                templates[String(path.dropLast(".mustache".count))] = try TemplateEscaping.parse(text)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(
                    .error(
                        shown, line: max(1, error.context.lineNumber - TemplateEscaping.addedLines),
                        column: error.context.columnNumber,
                        "template syntax: \(error.error)"))
            } catch {
                diagnostics.append(.error(shown, "template syntax: \(error)"))
            }
        }
        return templates
    }

    /// Whether the theme has a template called `name`.
    func has(_ name: String) -> Bool { library.getTemplate(named: name) != nil }

    /// Renders `context` with the template `name` (nil if the theme has none): compiled when
    /// the template and its partials compiled, else (and when recording keys) with swift-mustache,
    /// given the context as plain Swift values.
    func render(_ context: TemplateValue, template name: String) -> String? {
        guard keyRecorder == nil, !rendersWithMustacheOnly, compiled.canRender(name) else {
            let values = context.anyValue
            return library.render(keyRecorder?.wrap(values) ?? TemplateNode.wrap(values), withTemplate: name)
        }
        return compiled.render(context, template: name)
    }
}

/// The settings of a theme's `theme.yml`.
struct ThemeSettings {
    /// nil when theme.yml leaves the list out (a child theme then uses its parent's).
    var stylesheets: [String]?
    var scripts: [String]?
    /// The parent theme named by `extends:`.
    var extends: String?

    /// Reads a theme's `theme.yml` (`data`, nil when it has none); `display` names the theme's folder.
    static func load(_ data: Data?, display: String, diagnostics: inout [Diagnostic]) -> ThemeSettings {
        let file = display + "/theme.yml"
        guard let data, case .success(let text) = TextDecoding.decode(Array(data))
        else {
            diagnostics.append(.error(file, "theme.yml is missing or not UTF-8 text"))
            return ThemeSettings()
        }
        var fields = YAMLFields(yaml: text, file: file, lineOffset: 0, context: "theme.yml")
        var settings = ThemeSettings()
        settings.stylesheets = fields.stringList("stylesheets")?.map(\.value)
        settings.scripts = fields.stringList("scripts")?.map(\.value)
        settings.extends = fields.string("extends")?.value
        fields.warnUnknownKeys(
            allowed: ["name", "description", "extends", "stylesheets", "scripts"], kindName: "a theme")
        diagnostics += fields.diagnostics
        return settings
    }
}

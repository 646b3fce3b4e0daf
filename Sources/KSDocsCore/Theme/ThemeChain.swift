import Foundation

/// A theme and the themes it extends (`extends:` in theme.yml), child first.
///
/// A child theme uses a parent's template or asset unless it has its own with the
/// same path, and its own `stylesheets:` / `scripts:` lists unless it leaves
/// them out.
struct ThemeLayer {
    var name: String
    /// The theme's folder as a path under the themes folder: its name.
    var folder: String
    /// `themes/paper`, for diagnostics.
    var display: String
    var settings: ThemeSettings
}

enum ThemeChain {
    /// Longest chain of `extends:` followed.
    static let maxDepth = 8

    /// The layers of theme `name` (already known to exist), child first. A missing
    /// parent or a cycle is a diagnostic on the theme.yml that names it.
    static func resolve(
        name: String, themes: ThemeFiles, display: String, diagnostics: inout [Diagnostic]
    ) -> [ThemeLayer] {
        var layers: [ThemeLayer] = []
        var current = name
        while true {
            let shown = display + "/" + current
            let settings = ThemeSettings.load(
                themes.file(current + "/theme.yml"), display: shown, diagnostics: &diagnostics)
            layers.append(ThemeLayer(name: current, folder: current, display: shown, settings: settings))
            guard let parent = settings.extends else { break }
            if layers.contains(where: { $0.name == parent }) || layers.count >= maxDepth {
                let chain = (layers.map(\.name) + [parent]).joined(separator: " → ")
                diagnostics.append(
                    .error(shown + "/theme.yml", "theme.yml: 'extends' makes a cycle (\(chain)); remove one 'extends:'")
                )
                break
            }
            guard themes.hasTheme(parent) else {
                diagnostics.append(
                    .error(
                        shown + "/theme.yml",
                        "theme.yml: 'extends: \(parent)' but there is no theme '\(parent)' in \(display)/"))
                break
            }
            current = parent
        }
        return layers
    }
}

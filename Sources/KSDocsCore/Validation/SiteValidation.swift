import Foundation

/// The validation pass over the loaded site: what needs no theme and renders nothing.
///
/// Every command runs ``always()``; `check` and `publish`, which render no HTML, also run
/// ``whatRenderingChecks()`` (links, anchors, aliases, the theme's name), which `build` gets
/// from rendering the pages instead (it needs each link's URL there anyway).
struct SiteValidation {
    let site: Site
    let options: BuildOptions
    let today: String

    /// Cross-page values (services, decisions, cases, the roadmap), roadmap dates, and the
    /// safety scan of the site-wide files and copied assets.
    func always() -> [Diagnostic] {
        var checks = CrossPageChecks(site: site)
        checks.validate()
        return checks.diagnostics
            + RoadmapDates.warnings(site, today: today, contentRoot: options.contentURL)
            + SafetyScanner.scanFiles(
                ContentInventory.siteFiles.sorted() + site.assets, contentRoot: options.contentURL,
                display: options.content)
    }

    /// Every page's links and anchors, the aliases, and whether the theme named exists.
    func whatRenderingChecks() throws(BuildFailure) -> [Diagnostic] {
        let resolver = LinkResolver(site: site, display: options.content)
        var diagnostics = site.pages.flatMap { resolver.problems(of: $0) }
        if site.pages.contains(where: { !$0.metadata.aliases.isEmpty }) {
            diagnostics += AliasPages(site: site).diagnostics
        }
        try checkThemeName()
        return diagnostics
    }

    /// The theme is not loaded, but a name that `build` would not find is reported the same way.
    private func checkThemeName() throws(BuildFailure) {
        let name = options.theme ?? site.configuration.theme ?? BuildOptions.defaultTheme
        var isFolder: ObjCBool = false
        let inSiteThemes = FileManager.default.fileExists(
            atPath: options.themesURL.appendingPathComponent(name).path, isDirectory: &isFolder)
        guard !BuiltInThemes.names.contains(name), !(inSiteThemes && isFolder.boolValue) else { return }
        let own = ((try? FileManager.default.contentsOfDirectory(atPath: options.themesURL.path)) ?? [])
            .filter { !$0.hasPrefix(".") }
        let list = Set(BuiltInThemes.names + own).sorted().joined(separator: ", ")
        throw .environment(
            "theme '\(name)' not found (available: \(list)); set 'theme:' in site.yml or pass --theme NAME")
    }
}

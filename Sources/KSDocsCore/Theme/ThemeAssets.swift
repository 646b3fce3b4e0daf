import Foundation

/// A theme's asset files and their content-hashed output names, so they can be cached for a year.
enum ThemeAssets {
    struct Asset {
        var source: URL
        /// Path inside the theme's `assets/` folder: `css/site.css`.
        var relative: String
        /// Site path written: `assets/css/site.3f2a1b9c.css`.
        var output: String
        /// The bytes written: stylesheets and scripts compacted (`AssetCompaction`), others as they are.
        var data: Data
    }

    /// The assets under `folder` (`kitestacks/assets`) of `themes`.
    static func collect(_ folder: String, in themes: ThemeFiles) -> [Asset] {
        var assets: [Asset] = []
        for path in themes.paths(under: folder) {
            guard !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                let data = themes.file(folder + "/" + path)
            else { continue }
            assets.append(
                Asset(
                    source: themes.root.appendingPathComponent(folder + "/" + path), relative: path,
                    output: "assets/" + hashedName(path, data: data), data: AssetCompaction.compact(data, path: path)))
        }
        return assets
    }

    /// `css/site.css` → `css/site.3f2a1b9c.css`.
    static func hashedName(_ path: String, data: Data) -> String {
        let hash = ContentHash.hex(data, length: 8)
        guard let dot = path.lastIndex(of: "."), path[dot...].count > 1, !path[dot...].contains("/") else {
            return path + "." + hash
        }
        return path[..<dot] + "." + hash + path[dot...]
    }
}

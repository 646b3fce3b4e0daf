/// Resolves lessons' `prerequisites:` to pages and finds cycles among them.
///
/// An entry may be a path relative to the lesson (`01-map.md`), a path relative
/// to Content/ with or without `.md` (`beginner/01-map`), or a lesson's file name
/// without `.md` when only one lesson has it (`01-map`).
struct PrerequisiteResolver {
    let site: Site
    var diagnostics: [Diagnostic] = []
    private let lessonsByStem: [String: [String]]

    init(site: Site) {
        self.site = site
        var byStem: [String: [String]] = [:]
        for page in site.pages where page.kind == .lesson {
            byStem[page.stem, default: []].append(page.source)
        }
        lessonsByStem = byStem
    }

    mutating func resolveAll() -> [String: [String]] {
        var resolved: [String: [String]] = [:]
        for page in site.pages where !page.metadata.prerequisites.isEmpty {
            var targets: [String] = []
            for entry in page.metadata.prerequisites {
                if let target = resolve(entry.value, from: page) {
                    if target == page.source {
                        diagnostics.append(
                            .error(
                                page.displayPath, line: entry.line, column: entry.column,
                                "front matter: a lesson cannot be its own prerequisite"))
                    } else {
                        targets.append(target)
                    }
                } else if !isUnloaded(entry.value, from: page) {
                    let lessons = site.pages.filter { $0.kind == .lesson }
                    let candidates = lessons.map { String($0.source.dropLast(3)) } + lessons.map(\.stem)
                    diagnostics.append(
                        .error(
                            page.displayPath, line: entry.line, column: entry.column,
                            "front matter: prerequisite '\(entry.value)' does not exist\(Suggestion.didYouMean(entry.value, in: candidates))"
                        ))
                }
            }
            resolved[page.source] = targets
        }
        reportCycles(resolved)
        return resolved
    }

    /// Whether `entry` names a page that exists but failed to load.
    private func isUnloaded(_ entry: String, from page: SourcePage) -> Bool {
        let withExtension = entry.hasSuffix(".md") ? entry : entry + ".md"
        return [SitePath.resolve(withExtension, inFolder: page.folder), SitePath.resolve(withExtension, inFolder: "")]
            .contains { $0.map(site.unloadedSources.contains) ?? false }
    }

    func resolve(_ entry: String, from page: SourcePage) -> String? {
        let trimmed = entry.hasPrefix("/") ? String(entry.dropFirst()) : entry
        let withExtension = trimmed.hasSuffix(".md") ? trimmed : trimmed + ".md"
        if let relative = SitePath.resolve(withExtension, inFolder: page.folder), site.page(source: relative) != nil {
            return relative
        }
        if let rooted = SitePath.resolve(withExtension, inFolder: ""), site.page(source: rooted) != nil {
            return rooted
        }
        let stem = String(withExtension.dropLast(3))
        if let matches = lessonsByStem[stem], matches.count == 1 { return matches[0] }
        return nil
    }

    /// Reports each cycle once, naming every lesson in it, at the first lesson of the cycle.
    private mutating func reportCycles(_ graph: [String: [String]]) {
        var state: [String: Int] = [:]  // 1 = on the current path, 2 = done
        var path: [String] = []
        var reported = Set<Set<String>>()

        func visit(_ node: String) {
            state[node] = 1
            path.append(node)
            for next in graph[node] ?? [] {
                if state[next] == 1, let start = path.firstIndex(of: next) {
                    let cycle = Array(path[start...])
                    if reported.insert(Set(cycle)).inserted { report(cycle) }
                } else if state[next] == nil {
                    visit(next)
                }
            }
            path.removeLast()
            state[node] = 2
        }
        for node in graph.keys.sorted() where state[node] == nil { visit(node) }
    }

    private mutating func report(_ cycle: [String]) {
        guard let first = cycle.min(), let start = cycle.firstIndex(of: first), let page = site.page(source: first)
        else { return }
        let rotated = Array(cycle[start...] + cycle[..<start])
        let names = (rotated + [first]).map { String($0.dropLast(3)) }.joined(separator: " → ")
        let line = page.metadata.prerequisites.first?.line ?? 1
        diagnostics.append(
            .error(
                page.displayPath, line: line, column: page.metadata.prerequisites.first?.column ?? 1,
                "front matter: prerequisites form a cycle: \(names); remove one of these prerequisites"))
    }
}

import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// Content written for MkDocs (Material): admonitions, collapsible blocks, content tabs and
/// snippet includes render as their authors expect, and diagnostics keep the file's lines.
@Suite struct MkDocsContentTests {
    static let page = """
        # Install

        !!! warning "Back up first"
            Copy `/etc/app` somewhere safe.

            Then go on.

        ??? tip "Why a backup?"
            Because upgrades migrate data.

        === "Debian"

            ```sh
            sudo apt install app
            ```

        === "Fedora"

            !!! note
                Use dnf here.

        --8<-- "snippets/footer.md"

        [broken](nope.md)
        """

    @Test func admonitionsTabsAndSnippetsRender() async throws {
        let site = try FixtureSite([
            "index.md": "# Docs\n",
            "guide/install.md": Self.page,
        ])
        defer { site.remove() }
        // Snippets usually live beside docs/, in the project (MkDocs' base_path is the project root).
        let snippets = site.root.appendingPathComponent("snippets")
        try FileManager.default.createDirectory(at: snippets, withIntermediateDirectories: true)
        try Data("*Shared footer text.*\n".utf8).write(to: snippets.appendingPathComponent("footer.md"))
        let errors = site.errors(of: await site.build())
        // The broken link is on line 24 of the file, whatever the blocks above added.
        #expect(errors == ["Content/guide/install.md:24:1: error: link to missing page 'nope.md'"])

        try site.write("guide/install.md", Self.page.replacingOccurrences(of: "[broken](nope.md)", with: ""))
        let report = try await site.build().get()
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let html = try site.read("guide/install/index.html")
        #expect(html.contains("callout callout-warning"))
        #expect(html.contains("<strong>Back up first</strong>"))
        #expect(html.contains("<code>/etc/app</code>"))
        #expect(html.contains("<p>Then go on.</p>"))
        #expect(html.contains("<details class=\"admonition admonition-tip\"><summary>Why a backup?</summary>"))
        #expect(html.contains("<p>Because upgrades migrate data.</p>"))
        #expect(html.contains("<strong>Debian</strong>") && html.contains("<strong>Fedora</strong>"))
        #expect(html.contains("apt"))
        #expect(html.contains("callout callout-note"))
        #expect(html.contains("<em>Shared footer text.</em>"))
        for marker in ["!!! ", "??? ", "=== &quot;", "=== \"", "--8&lt;--"] {
            #expect(!html.contains(marker), "\(marker)")
        }
    }

    @Test func snippetsNeverComeFromOutsideTheProject() async throws {
        let site = try FixtureSite([
            "index.md": "# Docs\n\n--8<-- \"../../../etc/passwd\"\n\n--8<-- \"missing.md\"\n"
        ])
        defer { site.remove() }
        let errors = site.errors(of: await site.build())
        #expect(
            errors == [
                "Content/index.md:3:1: error: snippet '../../../etc/passwd' is outside the project; include only files inside it",
                "Content/index.md:5:1: error: snippet 'missing.md' not found in the content folder or the project",
            ])
    }
}

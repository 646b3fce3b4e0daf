import KSDocsHighlight
import Testing

@Suite struct DiffHighlighterTests {
    func html(_ code: String) -> String { SyntaxHighlighter.html(for: code, language: "diff") }

    @Test func headersHunksAndChangedLines() {
        #expect(
            html(
                "diff --git a/f b/f\nindex 1..2 100644\n--- a/f\n+++ b/f\n@@ -1,2 +1,2 @@\n same\n-old <b>\n+new\n\\ No newline at end of file"
            )
                == #"<span class="hl-meta">diff --git a/f b/f</span>"# + "\n"
                + #"<span class="hl-meta">index 1..2 100644</span>"# + "\n"
                + #"<span class="hl-meta">--- a/f</span>"# + "\n"
                + #"<span class="hl-meta">+++ b/f</span>"# + "\n"
                + #"<span class="hl-meta">@@ -1,2 +1,2 @@</span>"# + "\n"
                + " same\n"
                + #"<span class="hl-deleted">-old &lt;b&gt;</span>"# + "\n"
                + #"<span class="hl-inserted">+new</span>"# + "\n"
                + #"<span class="hl-comment">\ No newline at end of file</span>"#)
    }

    @Test func dashesAndPlussesInsideAHunkAreChanges() {
        #expect(
            html("@@ -1 +1 @@\n--- removed dashes\n+++ added plusses")
                == #"<span class="hl-meta">@@ -1 +1 @@</span>"# + "\n"
                + #"<span class="hl-deleted">--- removed dashes</span>"# + "\n"
                + #"<span class="hl-inserted">+++ added plusses</span>"#)
    }
}

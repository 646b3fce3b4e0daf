import Testing

@testable import KSDocsMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func plainMarkdownRendersAsCmarkGFMDoes() {
        let html = renderer.render("Some *emph* and ~~gone~~.\n\n- [x] done\n- [ ] todo\n").html
        #expect(
            html
                == "<p>Some <em>emph</em> and <del>gone</del>.</p>\n<ul>\n<li><input type=\"checkbox\" checked=\"\" disabled=\"\" /> done</li>\n<li><input type=\"checkbox\" disabled=\"\" /> todo</li>\n</ul>\n"
        )
    }

    /// Pages are rendered on several threads at once: every one must get the extensions'
    /// inline syntax (cmark-gfm keeps it in a table shared by all parsers).
    @Test func extensionsHoldWhenManyDocumentsRenderAtOnce() async {
        let document = String(repeating: "Some ~~gone~~ text and www.example.com here.\n\n", count: 40)
        let struck = await withTaskGroup(of: Bool.self) { group in
            for _ in 0..<400 {
                group.addTask {
                    let html = MarkdownRenderer().render(document).html
                    return html.ranges(of: "<del>gone</del>").count == 40
                }
            }
            var all = true
            for await result in group where !result { all = false }
            return all
        }
        #expect(struck, "a document lost its strikethrough while others were parsed")
    }

    @Test func tablesRender() {
        let html = renderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n").html
        #expect(html.contains("<table>"))
        #expect(html.contains("<td>1</td>"))
    }

    @Test func tagFilterNeutralisesScriptButKeepsOtherHTML() {
        let html = renderer.render("<script>alert(1)</script>\n\n<details><summary>More</summary>x</details>\n").html
        #expect(html.contains("&lt;script>alert(1)&lt;/script>"))
        #expect(html.contains("<details><summary>More</summary>"))
    }

    @Test func autolinkAndFootnotes() {
        let html = renderer.render("See https://example.com and a note[^1].\n\n[^1]: The note.\n").html
        #expect(html.contains("<a href=\"https://example.com\">https://example.com</a>"))
        #expect(html.contains("<section class=\"footnotes\""))
        #expect(html.contains("The note."))
    }

    @Test func headingsGetGitHubStyleIdsWithDuplicatesNumbered() {
        let result = renderer.render("## Set up `docker`!\n\n## Set up docker\n\n### Why? Because.\n")
        #expect(result.headings.map(\.id) == ["set-up-docker", "set-up-docker-1", "why-because"])
        #expect(result.headings.map(\.line) == [1, 3, 5])
        #expect(
            result.html
                == "<h2 id=\"set-up-docker\">Set up <code>docker</code>!</h2>\n<h2 id=\"set-up-docker-1\">Set up docker</h2>\n<h3 id=\"why-because\">Why? Because.</h3>\n"
        )
    }

    @Test func headingSuffixIsAddedInsideTheHeading() {
        let hooks = MarkdownHooks(headingSuffix: { _, id in " <a href=\"#\(id)\">#</a>" })
        let html = renderer.render("## Hello\n", hooks: hooks).html
        #expect(html == "<h2 id=\"hello\">Hello <a href=\"#hello\">#</a></h2>\n")
    }

    @Test func firstLevelOneHeadingBecomesTheTitle() {
        let result = renderer.render("# The Title\n\nBody.\n\n# Another\n", extractTitle: true)
        #expect(result.extractedTitle == "The Title")
        #expect(result.html == "<p>Body.</p>\n<h1 id=\"another\">Another</h1>\n")
    }

    @Test func localLinksBecomePlaceholdersWithPositions() {
        let source =
            "Intro\n\nSee [docker](03-docker.md#compose) and ![map](../images/map.svg), [web](https://x.org), [top](#intro).\n"
        let result = renderer.render(source, lineOffset: 4)
        #expect(result.links.map(\.url) == ["03-docker.md#compose", "../images/map.svg", "#intro"])
        #expect(result.links.map(\.isImage) == [false, true, false])
        #expect(result.links.map(\.line) == [7, 7, 7])
        #expect(result.links[0].column == 5)
        #expect(result.html.contains("href=\"ksdocs-link:0\""))
        #expect(result.html.contains("src=\"ksdocs-link:1\""))
        #expect(result.html.contains("href=\"https://x.org\""))
        let replaced = LinkPlaceholders.replace(in: result.html) { "../target-\($0)/" }
        #expect(replaced.contains("href=\"../target-0/\""))
        #expect(replaced.contains("href=\"../target-2/\""))
    }

    @Test func placeholdersInProseAreNotReplaced() {
        let html = "<p>ksdocs-link:0</p><a href=\"ksdocs-link:1\">x</a>"
        #expect(LinkPlaceholders.replace(in: html) { "R\($0)" } == "<p>ksdocs-link:0</p><a href=\"R1\">x</a>")
    }

    @Test func calloutsAreValuesWithPlaceholdersInTheHTML() {
        let hooks = MarkdownHooks(callout: { alert in alert.type == "NOTE" })
        let result = renderer.render("> [!NOTE]\n> Read *this*.\n\n> [!BOGUS]\n> Kept.\n", hooks: hooks)
        #expect(result.alerts.map(\.type) == ["NOTE", "BOGUS"])
        #expect(result.alerts[0].contentHTML == "<p>Read <em>this</em>.</p>\n")
        #expect(result.alerts[0].text == "Read this.")
        #expect(result.alerts[1].contentHTML == "")
        #expect(
            result.html
                == "<!--ksdocs-callout:0-->\n<blockquote>\n<p>[!BOGUS]\nKept.</p>\n</blockquote>\n"
        )
        let expanded = BlockPlaceholders.replaceCallouts(in: result.html) {
            "<div>\(result.alerts[$0].contentHTML)</div>\n"
        }
        #expect(expanded.hasPrefix("<div><p>Read <em>this</em>.</p>\n</div>\n<blockquote>"))
    }

    @Test func aCalloutsContentHoldsTheCalloutsInsideIt() {
        let hooks = MarkdownHooks(callout: { _ in true })
        let result = renderer.render("> [!TIP]\n> Outer.\n>\n> > [!NOTE]\n> > Inner.\n\nAfter.\n", hooks: hooks)
        #expect(result.alerts.map(\.type) == ["TIP", "NOTE"])
        #expect(result.html == "<!--ksdocs-callout:0-->\n<p>After.</p>\n")
        #expect(result.alerts[0].contentHTML == "<p>Outer.</p>\n<!--ksdocs-callout:1-->\n")
        #expect(result.alerts[1].contentHTML == "<p>Inner.</p>\n")
    }

    @Test func codeBlocksCanBeReplaced() {
        let hooks = MarkdownHooks(codeBlock: { block in
            block.language == "sh" ? "<pre class=\"x\">\(block.info)|\(block.code)</pre>" : nil
        })
        let result = renderer.render("Text\n\n```sh explain\nls -la\n```\n\n```text\nplain\n```\n", hooks: hooks)
        #expect(result.codeBlocks.map(\.info) == ["sh explain", "text"])
        #expect(result.codeBlocks[0].line == 3)
        #expect(
            result.html
                == "<p>Text</p>\n<pre class=\"x\">sh explain|ls -la\n</pre>\n<pre><code class=\"language-text\">plain\n</code></pre>\n"
        )
    }

    /// A code block as a placeholder, expanded with `plainHTML`, gives cmark-gfm's own HTML.
    @Test(arguments: [
        "```\nno info\n```\n",
        "    indented <code> & \"quotes\" 'single'\n",
        "```Text  with words\n<b>&amp;</b>\n```\n",
        "```c++\tx\nint a = b < c && d > e;\n```\n",
        "~~~ &quot;odd&quot; info\n\"x\"\n~~~\n",
        "- item\n\n  ```sh\n  ls\n  ```\n- tight\n",
        "> quoted\n>\n> ```\n> é ü — 🙂\n> ```\n",
        "```\n```\n\nAfter.\n",
    ])
    func codePlaceholdersExpandToCmarkHTML(_ markdown: String) {
        var count = 0
        let hooks = MarkdownHooks(codeBlock: { _ in
            count += 1
            return BlockPlaceholders.code(count - 1)
        })
        let result = renderer.render(markdown, hooks: hooks)
        #expect(result.html.contains(BlockPlaceholders.codePrefix))
        let expanded = BlockPlaceholders.replaceCodeBlocks(in: result.html) { result.codeBlocks[$0].plainHTML }
        #expect(expanded == renderer.render(markdown).html)
    }

    @Test func wordCountSkipsCodeBlocks() {
        let result = renderer.render("One two `three`.\n\n```\nnot counted at all\n```\n\n## Four five\n")
        #expect(result.wordCount == 5)
    }

    @Test(arguments: [
        ("Hello World", "hello-world"),
        ("What's new in v2.0?", "whats-new-in-v20"),
        ("Café & Crème", "café--crème"),
        ("snake_case-name", "snake_case-name"),
        ("  spaced  ", "--spaced--"),
    ])
    func slugs(_ text: String, _ slug: String) {
        #expect(HeadingSlugger.slug(text) == slug)
    }

    /// ASCII is sorted without looking up general categories: letters and digits are kept,
    /// as the categories keep them, and every other ASCII character (`_` and `-` aside) is dropped.
    @Test func asciiSlugsFollowTheGeneralCategoryRule() {
        let kept: Set<Unicode.GeneralCategory> = [.lowercaseLetter, .uppercaseLetter, .decimalNumber]
        for value in UInt8(0)..<128 where value != 32 && value != 45 && value != 95 {
            let scalar = Unicode.Scalar(value)
            let expected = kept.contains(scalar.properties.generalCategory) ? String(scalar).lowercased() : ""
            #expect(HeadingSlugger.slug(String(scalar)) == expected, "byte \(value)")
        }
    }

    @Test func localURLClassification() {
        #expect(LocalURL.isLocal("a.md"))
        #expect(LocalURL.isLocal("../x/y.md#z"))
        #expect(LocalURL.isLocal("#top"))
        #expect(!LocalURL.isLocal("https://a.b"))
        #expect(!LocalURL.isLocal("mailto:x@y"))
        #expect(LocalURL.isLocal("/abs"))  // root-absolute: a page of this site, checked like the others
        #expect(!LocalURL.isLocal("//cdn"))
        #expect(LocalURL.isLocal("dir/a:b.md"))
    }
}

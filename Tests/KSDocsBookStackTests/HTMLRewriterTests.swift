import Testing

@testable import KSDocsBookStack

@Suite("HTML rewriting for BookStack")
struct HTMLRewriterTests {
    @Test("ids and in-page links get the bkmrk- prefix; other attributes and text stay")
    func anchors() {
        let html = """
            <h2 id="setup">Set up</h2><p data-id="x"><a href="#setup">up</a> \
            <a href="#">top</a> <a href="#bkmrk-kept">kept</a> id="setup" {{@3}}</p>\
            <pre><code>echo id=&quot;a&quot;</code></pre>
            """
        #expect(
            HTMLRewriter.rewriteAnchors(html) == """
                <h2 id="bkmrk-setup">Set up</h2><p data-id="x"><a href="#bkmrk-setup">up</a> \
                <a href="#">top</a> <a href="#bkmrk-kept">kept</a> id="setup" {{&#64;3}}</p>\
                <pre><code>echo id=&quot;a&quot;</code></pre>
                """)
    }

    @Test("page links become permalinks, unknown ones #, images their source")
    func placeholders() {
        let html = """
            <a href="ksdocs-page:a.md#intro">a</a><a href="ksdocs-page:b.md">b</a>\
            <a href="ksdocs-page:self.md#x">x</a><a href="ksdocs-page:self.md">self</a>\
            <img src="ksdocs-image:i.png"><img src="ksdocs-image:missing.png">
            """
        let resolved = HTMLRewriter.resolve(
            html,
            pageURL: { ["a.md": "http://w/link/1", "self.md": ""][$0] },
            imageSource: { $0 == "i.png" ? "http://w/i.png" : nil })
        #expect(
            resolved == """
                <a href="http://w/link/1#bkmrk-intro">a</a><a href="#">b</a>\
                <a href="#bkmrk-x">x</a><a href="#">self</a>\
                <img src="http://w/i.png"><img src="">
                """)
        #expect(HTMLRewriter.references(in: html).pages == ["a.md", "b.md", "self.md", "self.md"])
        #expect(HTMLRewriter.references(in: html).images == ["i.png", "missing.png"])
    }

    @Test("SHA-256 matches the standard test vectors")
    func sha256() {
        #expect(
            SHA256.hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(
            SHA256.hex(String(repeating: "a", count: 1000))
                == "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3")
    }
}

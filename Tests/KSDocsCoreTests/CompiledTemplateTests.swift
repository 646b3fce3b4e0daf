import Foundation
import KSDocsTestSupport
import Mustache
import Testing

@testable import KSDocsCore

/// The compiled templates render what swift-mustache renders, byte for byte: each case's
/// templates are rendered by both from the same context.
@Suite struct CompiledTemplateTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let name: String
        /// The templates by name; `main` is rendered.
        let templates: [String: String]
        var testDescription: String { name }
    }

    /// Values of every kind the context builders give, nested.
    nonisolated(unsafe) static let context: [String: Any] = [
        "title": "Tom & \"Jerry\" <b>'s</b>", "empty": "", "yes": true, "no": false, "zero": 0, "count": 42,
        "none": [String](), "tags": ["a", "b<", "c"], "object": [String: Any](),
        "site": ["title": "Site", "language": "en", "nested": ["deep": "D"] as [String: Any]] as [String: Any],
        "items": [
            ["title": "One", "url": "one/", "current": true, "number": 1, "children": [["title": "1a"]]],
            ["title": "Two", "url": "two/", "current": false, "number": 2, "children": [[String: Any]]()],
            ["url": "three/", "current": false, "summary": "third\nline"],
        ] as [[String: Any]],
        "mixed": ["x", 3, true, ["title": "in a list"] as [String: Any]] as [Any],
        "html": "<p>one</p>\n<p>two</p>\n", "crlf": "a\r\nb\r\n", "ratio": 1.5,
    ]

    static let cases: [Case] = [
        Case(
            name: "variables and escaping",
            templates: ["main": "{{title}}|{{{title}}}|{{&title}}|{{ title }}|{{missing}}.\n"]),
        Case(
            name: "Int, Bool, Double, list and object values",
            templates: [
                "main": "{{count}} {{zero}} {{yes}} {{no}} {{ratio}} {{tags}} {{object}} {{items}} {{mixed}}\n"
            ]),
        Case(
            name: "truthiness",
            templates: [
                "main": """
                {{#empty}}empty:[{{.}}]{{/empty}}{{^empty}}no empty{{/empty}}
                {{#zero}}zero:{{.}}{{/zero}}{{^zero}}no zero{{/zero}}
                {{#yes}}yes:{{title}}{{/yes}}{{^yes}}not yes{{/yes}}
                {{#no}}no{{/no}}{{^no}}not no{{/no}}
                {{#none}}none{{/none}}{{^none}}not none [{{.}}]{{/none}}
                {{#object}}object{{/object}}{{^object}}no object{{/object}}
                {{#missing}}missing{{/missing}}{{^missing}}not missing{{/missing}}
                {{#tags}}<{{.}}>{{/tags}}{{^tags}}no tags{{/tags}}

                """
            ]),
        Case(
            name: "standalone lines",
            templates: [
                "main": """
                <ul>
                  {{#items}}
                  <li>{{title}}</li>
                  {{/items}}
                  {{! a comment
                      over lines }}
                  {{^none}}
                    none
                  {{/none}}
                </ul>
                {{#yes}}  {{/yes}}
                  {{#yes}}inline{{/yes}}
                \t{{#yes}}\t
                tabbed
                \t{{/yes}}   \n
                end
                """
            ]),
        Case(
            name: "nested sections, climbing and dotted names",
            templates: [
                "main": """
                {{#items}}
                {{title}} in {{site.title}} ({{site.nested.deep}}) {{.title}}|{{.site.title}}|{{number}}
                {{#children}}
                  - {{title}} of {{url}} {{#current}}current{{/current}}
                {{/children}}
                {{#summary}}[{{.}}]{{/summary}}
                {{/items}}
                {{#site}}{{title}} {{nested.deep}} {{#nested}}{{deep}} {{title}}{{/nested}}{{/site}}
                {{site.nested.missing.more}}{{site..title}}{{site.title.}}{{.}}
                {{#mixed}}({{.}} {{title}}){{/mixed}}

                """
            ]),
        Case(
            name: "partials with indentation",
            templates: [
                "main": """
                <div>
                  {{> partials/list}}
                    {{>partials/html}}
                  inline {{> partials/list}} after
                {{>missing}}
                </div>

                """,
                "partials/list": """
                <ul>
                {{#items}}
                  <li>{{title}}</li>
                  {{#children}}
                  {{> partials/child}}
                  {{/children}}
                {{/items}}
                </ul>

                """,
                "partials/child": "<i>{{title}}</i>\n\n{{{html}}}",
                "partials/html": "{{{html}}}\n{{{crlf}}}\r\n{{#tags}}\r\n{{.}}\r\n{{/tags}}\r\n",
            ]),
        Case(
            name: "inheritance with and without overrides",
            templates: [
                "main": """
                {{<layout}}
                {{$title}}Page: {{title}}{{/title}}
                  {{$main}}
                    <p>{{site.title}}</p>
                      {{#items}}
                      <b>{{title}}</b>
                      {{/items}}
                  {{/main}}
                {{/layout}}
                after

                """,
                "layout": """
                <title>{{$title}}Default{{/title}}</title>
                <body>
                  {{$main}}
                  default main
                  {{/main}}
                  {{$aside}}<aside>{{site.language}}</aside>{{/aside}}
                {{> partials/footer}}
                </body>

                """,
                "partials/footer": "  {{$footer}}foot{{/footer}}\n",
                "plain": "{{<layout}}{{/layout}}",
            ]),
        Case(
            name: "nested inheritance",
            templates: [
                "main": "{{<middle}}{{$main}}child main{{/main}}{{/middle}}\n",
                "middle": "{{<layout}}\n{{$main}}middle main{{/main}}\n{{$aside}}middle aside{{/aside}}\n{{/layout}}\n",
                "layout": "[{{$main}}L{{/main}}] [{{$aside}}A{{/aside}}] [{{$title}}T{{/title}}]\n",
            ]),
        Case(
            name: "set delimiters and CRLF",
            templates: [
                "main":
                    "{{=<% %>=}}\r\n<%title%> {{title}}\r\n<%#tags%>\r\n  <%.%>\r\n<%/tags%>\r\n<%={{ }}=%>\r\n{{count}}\r\n"
            ]),
        Case(
            name: "tags at the start and end of the text",
            templates: [
                "main": "{{#yes}}\n{{title}}\n{{/yes}}", "partials/a": "{{count}}",
            ]),
        Case(
            name: "odd line ends, unicode and whitespace at the end",
            templates: [
                "main":
                    "a\rb {{title}}\r\n  {{#yes}}\r  x\u{2028}{{/yes}}\ncafe\u{301} {{! c }}é\u{301}{{title}}\n{{! end }}   ",
                "tail": "{{#tags}}\n{{.}}\n{{/tags}}  ",
                "lone": "{{! only a comment }}",
            ]),
        Case(
            name: "indented blocks inside a parent and nested partial indentation",
            templates: [
                "main": """
                <main>
                  {{<layout}}
                    {{$main}}
                      <h1>{{title}}</h1>
                        {{#items}}
                        <p>{{title}}</p>
                        {{/items}}
                      {{> partials/inner}}
                    {{/main}}
                  {{/layout}}
                </main>

                """,
                "layout": "<body>\n  {{$main}}\n  none\n  {{/main}}\n</body>\n",
                "partials/inner": "<div>\n  {{> partials/leaf}}\n  inline {{> partials/leaf}}!\n</div>\n",
                "partials/leaf": "leaf {{count}}\nsecond line\n",
            ]),
    ]

    @Test(arguments: cases) func rendersAsSwiftMustache(_ testCase: Case) throws {
        let parsed = try testCase.templates.mapValues(TemplateEscaping.parse)
        let compiled = CompiledTemplates(parsed)
        #expect(compiled.unsupported.isEmpty, "\(compiled.unsupported)")
        for name in testCase.templates.keys {
            #expect(compiled.canRender(name))
            let expected = MustacheLibrary(templates: parsed).render(
                TemplateNode.wrap(Self.context), withTemplate: name)
            let rendered = compiled.render(TemplateValue(Self.context), template: name)
            #expect(rendered == expected, "template \(name)")
        }
    }

    @Test func unsupportedTemplatesAndTheirIncludersAreLeftToSwiftMustache() throws {
        let templates = [
            "transform": "{{uppercased(title)}}", "index": "{{#items}}{{index()}}{{/items}}",
            "dynamic": "{{>*name}}", "pragma": "{{% CONTENT_TYPE: TEXT }}\n{{title}}",
            "includer": "{{> transform}}", "inheritor": "{{<includer}}{{/includer}}", "fine": "{{> absent}}",
        ]
        let compiled = CompiledTemplates(try templates.mapValues(TemplateEscaping.parse))
        #expect(Set(compiled.unsupported.keys) == ["transform", "index", "dynamic", "pragma"])
        for name in templates.keys { #expect(compiled.canRender(name) == (name == "fine"), "\(name)") }
    }

    static func builtInTheme(_ name: String) throws -> Theme {
        let themes = try BuiltInThemes.files(overrides: URL(fileURLWithPath: "/nonexistent/ksdocs-no-themes"))
        return try #require(try Theme.load(name: name, themes: themes, display: "themes").0)
    }

    @Test(arguments: ["kitestacks", "paper"]) func shippedTemplatesAllCompile(theme: String) throws {
        #expect(try Self.builtInTheme(theme).compiled.unsupported.isEmpty)
    }

    /// A context written with `TemplateValue`'s literals renders as the same context given as
    /// plain Swift values, compiled and with swift-mustache.
    @Test func literalsRenderAsTheValuesTheyWrite() throws {
        let theme = try Self.builtInTheme("kitestacks")
        let values: [String: Any] = [
            "title": "A & B", "url": "a/", "current": true, "number": 3, "time": ["short": "~5 min"],
        ]
        let typed: TemplateValue = [
            "title": "A & B", "url": "a/", "current": true, "number": 3, "time": ["short": "~5 min"],
        ]
        var mustache = theme
        mustache.rendersWithMustacheOnly = true
        #expect(theme.compiled.canRender(SidebarCache.itemTemplate))
        let rendered = theme.render(typed, template: SidebarCache.itemTemplate)
        #expect(rendered == theme.render(TemplateValue(values), template: SidebarCache.itemTemplate))
        #expect(rendered == mustache.render(typed, template: SidebarCache.itemTemplate))
    }

    /// The shipped site in both themes: the compiled templates (all of the shipped ones
    /// compile) write the same files as swift-mustache.
    @Test(arguments: ["kitestacks", "paper"]) func shippedSiteBuildsTheSame(theme: String) async throws {
        let content = FixtureSite.repositoryRoot.appendingPathComponent("Content")
        var outputs: [[String: Data]] = []
        for mustacheOnly in [false, true] {
            outputs.append(
                try await TemporaryBuild.files(of: content, theme: theme) { $0.rendersWithMustacheOnly = mustacheOnly })
        }
        #expect(outputs[0].count > 10)
        #expect(outputs[0].keys.sorted() == outputs[1].keys.sorted())
        for (path, data) in outputs[0] where outputs[1][path] != data {
            Issue.record("\(path) differs between the compiled templates and swift-mustache")
        }
    }
}

extension TemplateValue {
    /// `any`, a value of a `[String: Any]` context, as a tree. Dictionaries with string keys
    /// become objects and arrays lists; any other value becomes its text as swift-mustache
    /// shows it (`String(describing:)`: a `Double` renders `1.5`). The tests give
    /// contexts this way, as swift-mustache takes them.
    init(_ any: Any) {
        // Most values are text: asked first, it spares the other casts.
        if let text = any as? String {
            self = .text(text)
            return
        }
        // Most common first; arrays of one element type are matched as such, since casting
        // them to `[Any]` would box every element anew.
        switch any {
        case let object as [String: Any]: self = .object(object.mapValues(TemplateValue.init))
        case let bool as Bool: self = .bool(bool)
        case let int as Int: self = .int(int)
        case let list as [[String: Any]]: self = .list(list.map { .object($0.mapValues(TemplateValue.init)) })
        case let list as [String]: self = .list(list.map(TemplateValue.text))
        case let list as [Any]: self = .list(list.map(TemplateValue.init))
        default: self = .text(String(describing: any))
        }
    }
}

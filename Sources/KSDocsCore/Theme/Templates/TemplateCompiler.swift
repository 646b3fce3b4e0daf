/// Compiles a template's text into a ``CompiledTemplate``: a port of swift-mustache 2.1.1's
/// `MustacheTemplate.parse` (Template+Parser.swift) that keeps its whitespace rules token for
/// token — which tag lines are standalone and dropped, the whitespace a partial, a parent or a
/// block keeps as text and as indentation, how block bodies inside `{{<parent}}` lose the
/// indentation of their first line — so that rendering the nodes gives swift-mustache's bytes.
///
/// Only text swift-mustache has already parsed is compiled (its errors are the ones reported),
/// so any error here means "not supported", and the template is rendered by swift-mustache:
/// transforms (`{{uppercased(name)}}`, `{{index()}}`), dynamic partials (`{{>*name}}`,
/// `{{<*name}}`) and pragmas other than `TemplateEscaping`'s content type.
struct TemplateCompiler {
    /// Why a template was not compiled.
    struct Unsupported: Error, CustomStringConvertible {
        let description: String
    }

    /// The parser's state for one level of sections (swift-mustache's `ParserState`).
    private struct State {
        var sectionName: String?
        var newLine = true
        var isPartialDefinition = false
        var isPartialDefinitionTopLevel = false
        var startDelimiter = "{{"
        var endDelimiter = "}}"
        var partialDefinitionIndent: Substring?

        func inSection(_ name: String, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.isPartialDefinitionTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func inParent(_ name: String) -> State {
            var state = self
            state.sectionName = name
            state.newLine = true
            state.isPartialDefinition = true
            state.isPartialDefinitionTopLevel = true
            return state
        }
    }

    /// What one level of the template parsed to: its nodes and, directly inside
    /// `{{<parent}}`, its block overrides.
    private struct Parsed {
        var nodes: [CompiledTemplate.Node] = []
        var overrides: [String: [CompiledTemplate.Node]] = [:]
    }

    private var scanner: TemplateScanner
    private var partials: Set<String> = []

    /// `text` (as given to swift-mustache, with `TemplateEscaping`'s pragma line) compiled.
    static func compile(_ text: String) throws(Unsupported) -> CompiledTemplate {
        var compiler = TemplateCompiler(scanner: TemplateScanner(text))
        do {
            let parsed = try compiler.parse(State())
            return CompiledTemplate(nodes: parsed.nodes, partials: compiler.partials)
        } catch let error as Unsupported {
            throw error
        } catch {
            throw Unsupported(description: "the template ends inside a tag")
        }
    }

    private mutating func parse(_ initial: State) throws -> Parsed {
        var parsed = Parsed()
        var state = initial
        var whiteSpaceBefore: Substring = ""
        func appendText(_ text: some StringProtocol) { parsed.nodes.append(.text(String(text))) }
        while !scanner.reachedEnd {
            if state.newLine {
                let whiteSpace = scanner.read(while: Self.blank)
                if state.isPartialDefinition, !state.isPartialDefinitionTopLevel {
                    // Lines of a block inside {{<parent}} lose the indentation of its first line.
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = whiteSpace.dropFirst(indent.count)
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(state)
            if scanner.current.isNewline {
                appendText(whiteSpaceBefore + text + String(scanner.current))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                appendText(whiteSpaceBefore + text)
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            var setNewLine = false
            /// Whitespace before an inline tag is text of its own.
            func flushWhiteSpace() {
                if !whiteSpaceBefore.isEmpty {
                    appendText(whiteSpaceBefore)
                    whiteSpaceBefore = ""
                }
            }
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let name = try parseName(state)
                if isStandalone(state) { setNewLine = true } else { flushWhiteSpace() }
                let body = try parse(state.inSection(name, newLine: setNewLine)).nodes
                let key = TemplateName(name)
                parsed.nodes.append(inverted ? .invertedSection(key, body) : .section(key, body))
            case "/":
                scanner.advance()
                guard try parseName(state) == state.sectionName else {
                    throw Unsupported(description: "a section closes with another name")
                }
                if !isStandalone(state) { flushWhiteSpace() }
                return parsed
            case "!":
                scanner.advance()
                try scanner.skip(past: state.endDelimiter)
                setNewLine = isStandalone(state)
            case "{", "&":
                let triple = scanner.current == "{"
                flushWhiteSpace()
                scanner.advance()
                let name = try parseName(state)
                if triple { guard try scanner.read("}") else { throw Unsupported(description: "{{{ without }}}") } }
                parsed.nodes.append(.variable(TemplateName(name), escaped: false))
            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                guard scanner.current != "*" else { throw Unsupported(description: "a dynamic partial {{>*name}}") }
                let name = try parsePartialName(state)
                partials.insert(name)
                if !whiteSpaceBefore.isEmpty { appendText(whiteSpaceBefore) }
                if isStandalone(state) {
                    setNewLine = true
                    parsed.nodes.append(.partial(name, indentation: String(whiteSpaceBefore), overrides: nil))
                } else {
                    parsed.nodes.append(.partial(name, indentation: nil, overrides: nil))
                }
                whiteSpaceBefore = ""
            case "<":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let name = try parsePartialName(state)
                guard name.first != "*" else { throw Unsupported(description: "a dynamic parent {{<*name}}") }
                partials.insert(name)
                if !whiteSpaceBefore.isEmpty { appendText(whiteSpaceBefore) }
                if isStandalone(state) { setNewLine = true }
                let body = try parse(state.inParent(name))
                guard body.nodes.allSatisfy({ if case .text = $0 { true } else { false } }) else {
                    throw Unsupported(description: "a tag other than {{$block}} inside {{<\(name)}}")
                }
                parsed.nodes.append(.partial(name, indentation: String(whiteSpaceBefore), overrides: body.overrides))
                whiteSpaceBefore = ""
            case "$":
                scanner.advance()
                let name = try parseName(state)
                if state.isPartialDefinitionTopLevel {
                    if isStandalone(state) { setNewLine = true }
                    parsed.overrides[name] = try parse(state.inSection(name, newLine: setNewLine)).nodes
                } else {
                    if !whiteSpaceBefore.isEmpty { appendText(whiteSpaceBefore) }
                    if isStandalone(state) { setNewLine = true }
                    let body = try parse(state.inSection(name, newLine: setNewLine)).nodes
                    parsed.nodes.append(.block(name, defaultNodes: body, indentation: String(whiteSpaceBefore)))
                    whiteSpaceBefore = ""
                }
            case "=":
                scanner.advance()
                try setDelimiters(&state)
                setNewLine = isStandalone(state)
            case "%":
                scanner.advance()
                try readContentType(state)
                setNewLine = isStandalone(state)
            default:
                flushWhiteSpace()
                parsed.nodes.append(.variable(TemplateName(try parseName(state)), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else { throw Unsupported(description: "a section is not closed") }
        return parsed
    }

    /// Text up to the next tag (whose opening delimiter is read) or line end (not read).
    private mutating func readUntilDelimiterOrNewline(_ state: State) throws -> String {
        guard let first = state.startDelimiter.first else { return "" }
        let stops: Set<Character> = ["\n", "\r\n", first]
        var text = ""
        while !scanner.reachedEnd {
            text += scanner.read(upTo: stops)
            if scanner.current.isNewline { break }
            if scanner.current == first {
                if try scanner.read(string: state.startDelimiter) { break }
                text.append(first)
                scanner.advance()
            }
        }
        return text
    }

    /// A tag's name up to the closing delimiter; a transform (`f(name)`) is not supported.
    private mutating func parseName(_ state: State) throws -> String {
        let name = try readTagName(state, allowed: Self.nameCharacters)
        guard !name.contains(where: { $0 == "(" || $0 == ")" }) else {
            throw Unsupported(description: "a transform \(name)")
        }
        return name
    }

    private mutating func parsePartialName(_ state: State) throws -> String {
        try readTagName(state, allowed: Self.partialNameCharacters)
    }

    /// The characters of `allowed` between blanks, then the closing delimiter.
    private mutating func readTagName(_ state: State, allowed: Set<Character>) throws -> String {
        scanner.read(while: \.isWhitespace)
        let name = String(scanner.read(while: allowed))
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Unsupported(description: "an unfinished tag") }
        return name
    }

    /// `{{=<% %>=}}`: the delimiters for the rest of this section level.
    private mutating func setDelimiters(_ state: inout State) throws {
        scanner.read(while: \.isWhitespace)
        let start = try scanner.read(until: \.isWhitespace)
        scanner.read(while: \.isWhitespace)
        let end = try scanner.read(until: { $0 == "=" || $0.isWhitespace })
        scanner.read(while: \.isWhitespace)
        guard try scanner.read("="), try scanner.read(string: state.endDelimiter), !start.isEmpty, !end.isEmpty
        else { throw Unsupported(description: "a malformed {{=  =}}") }
        state.startDelimiter = String(start)
        state.endDelimiter = String(end)
        state.isPartialDefinitionTopLevel = false
    }

    /// `{{% CONTENT_TYPE: KSDOCS_HTML }}`, the pragma `TemplateEscaping` puts first: the
    /// compiled template escapes as it selects. Any other pragma is not supported.
    private mutating func readContentType(_ state: State) throws {
        scanner.read(while: \.isWhitespace)
        let variable = scanner.read(while: Self.plainNameCharacters)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(":") else { throw Unsupported(description: "a malformed pragma") }
        scanner.read(while: \.isWhitespace)
        let value = scanner.read(while: Self.plainNameCharacters)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter), variable == "CONTENT_TYPE",
            value == TemplateEscaping.contentTypeName
        else { throw Unsupported(description: "the pragma \(variable): \(value)") }
    }

    /// Whether the tag just read is alone on its line; if so its line end is read too.
    private mutating func isStandalone(_ state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        ahead.read(while: Self.blank)
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner = ahead
        return true
    }

    private static let blank: Set<Character> = [" ", "\t"]
    private static let plainNameCharacters = Set<Character>(
        "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = plainNameCharacters.union(["(", ")"])
    private static let partialNameCharacters = nameCharacters.union(["/"])
}

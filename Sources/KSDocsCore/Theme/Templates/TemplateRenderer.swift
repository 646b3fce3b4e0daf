/// Renders ``CompiledTemplate`` nodes into a string with swift-mustache 2.1.1's semantics
/// (Template+Render.swift, Context.swift, Sequence.swift):
///
/// - A name's first part is looked up from the innermost context outwards, the rest inside
///   what it found; `{{.}}` is the innermost context, `{{.name}}` does not climb. Only
///   objects have names.
/// - A value shows as its text, `true`/`false`, an Int in decimal (see
///   ``TemplateValue/renderedText``); `{{name}}` escapes it with `HTMLEscaping` (the content
///   type `TemplateEscaping` selects), `{{{name}}}` and `{{&name}}` do not.
/// - A section over a list renders once per element (none when empty), with the element
///   pushed; over `true` once with nothing pushed; over `false` or a missing name not at all;
///   over anything else (text, even empty, 0, an empty object) once with the value pushed.
///   An inverted section renders when the value is missing, `false` or an empty list (which is
///   then pushed, as swift-mustache does).
/// - Inside a partial or block with indentation, the indentation is written before each
///   node's non-empty output that starts a line of this template's output (after a "\n"
///   that is not part of "\r\n"), as swift-mustache does between its tokens.
struct TemplateRenderer {
    private let templates: [String: CompiledTemplate]
    private var stack: [TemplateValue]
    private(set) var output = ""

    init(templates: [String: CompiledTemplate], context: TemplateValue) {
        self.templates = templates
        stack = [context]
    }

    /// Renders `nodes` at `indentation` (nil or empty for none) with the block overrides
    /// `overrides` in effect.
    mutating func render(
        _ nodes: [CompiledTemplate.Node], indentation: String?, overrides: [String: [CompiledTemplate.Node]]?
    ) {
        guard let indentation, !indentation.isEmpty else {
            for node in nodes { render(node, indentation: indentation, overrides: overrides) }
            return
        }
        let start = output.utf8.count
        for node in nodes {
            // Written ahead and taken back if the node writes nothing: nodes inside see only
            // their own output when they check for a line start, so this is invisible to them.
            // (Indentation is spaces and tabs: one scalar per byte.)
            let startsLine = endsWithNewline(since: start)
            if startsLine { output += indentation }
            let before = output.utf8.count
            render(node, indentation: indentation, overrides: overrides)
            if startsLine, output.utf8.count == before { output.unicodeScalars.removeLast(indentation.utf8.count) }
        }
    }

    /// Whether the output written since `start` ends with a line feed that is a character of
    /// its own (swift-mustache compares the last `Character` with "\n"; "\r\n" is one character).
    private func endsWithNewline(since start: Int) -> Bool {
        let bytes = output.utf8
        let count = bytes.count
        guard count > start, bytes.last == 10 else { return false }
        return count - start < 2 || bytes[bytes.index(bytes.endIndex, offsetBy: -2)] != 13
    }

    private mutating func render(
        _ node: CompiledTemplate.Node, indentation: String?, overrides: [String: [CompiledTemplate.Node]]?
    ) {
        switch node {
        case .text(let text):
            output += text
        case .variable(let name, let escaped):
            guard let value = lookUp(name) else { return }
            let text = value.renderedText
            output += escaped ? HTMLEscaping.escape(text) : text
        case .section(let name, let body):
            switch lookUp(name) {
            case .list(let elements):
                for element in elements { renderPushing(element, body, indentation, overrides) }
            case .bool(let shown):
                if shown { render(body, indentation: indentation, overrides: overrides) }
            case .none:
                break
            case .some(let value):
                renderPushing(value, body, indentation, overrides)
            }
        case .invertedSection(let name, let body):
            switch lookUp(name) {
            case .list(let elements):
                if elements.isEmpty { renderPushing(.list(elements), body, indentation, overrides) }
            case .bool(let shown):
                if !shown { render(body, indentation: indentation, overrides: overrides) }
            case .none:
                render(body, indentation: indentation, overrides: overrides)
            case .some:
                break
            }
        case .partial(let name, let added, let partialOverrides):
            guard let template = templates[name] else { return }
            // The includer's overrides win over the ones given here, as in swift-mustache.
            var merged = overrides
            if let partialOverrides {
                merged = overrides?.merging(partialOverrides) { outer, _ in outer } ?? partialOverrides
            }
            render(
                template.nodes, indentation: added.map { (indentation ?? "") + $0 } ?? indentation,
                overrides: merged)
        case .block(let name, let defaultNodes, let added):
            render(
                overrides?[name] ?? defaultNodes, indentation: (indentation ?? "") + added, overrides: overrides)
        }
    }

    private mutating func renderPushing(
        _ value: TemplateValue, _ body: [CompiledTemplate.Node], _ indentation: String?,
        _ overrides: [String: [CompiledTemplate.Node]]?
    ) {
        stack.append(value)
        render(body, indentation: indentation, overrides: overrides)
        stack.removeLast()
    }

    /// The value `name` names in the context stack, or nil.
    private func lookUp(_ name: TemplateName) -> TemplateValue? {
        guard let first = name.parts.first else { return stack.last }
        var value: TemplateValue
        switch name.scope {
        case .current:
            guard case .object(let object) = stack[stack.count - 1], let found = object[first] else { return nil }
            value = found
        case .climbing:
            guard let found = climb(to: first) else { return nil }
            value = found
        }
        for part in name.parts.dropFirst() {
            guard case .object(let object) = value, let found = object[part] else { return nil }
            value = found
        }
        return value
    }

    /// The value of `key` in the innermost context that is an object having it.
    private func climb(to key: String) -> TemplateValue? {
        for context in stack.reversed() {
            if case .object(let object) = context, let found = object[key] { return found }
        }
        return nil
    }
}

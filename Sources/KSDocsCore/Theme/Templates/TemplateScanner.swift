/// A cursor over a template's text, by `Character`, with the reads swift-mustache 2.1.1's
/// `Parser` offers and the same results, including where a read at the end of the text fails
/// (``TemplateScanner/Overflow``): ``TemplateCompiler`` is a port of its parser on top of it.
struct TemplateScanner {
    /// A read needed more text than there is.
    struct Overflow: Error {}

    let text: String
    var position: String.Index

    init(_ text: String) {
        self.text = text
        position = text.startIndex
    }

    var reachedEnd: Bool { position == text.endIndex }

    /// The character at the cursor; `"\0"` at the end, as swift-mustache's parser gives.
    var current: Character { reachedEnd ? "\0" : text[position] }

    mutating func advance() { position = text.index(after: position) }

    @discardableResult mutating func read(while set: Set<Character>) -> Substring {
        read(while: { set.contains($0) })
    }

    @discardableResult mutating func read(while predicate: (Character) -> Bool) -> Substring {
        let start = position
        while !reachedEnd, predicate(text[position]) { advance() }
        return text[start..<position]
    }

    /// Reads up to the first character of `set`, or to the end.
    mutating func read(upTo set: Set<Character>) -> Substring {
        read(while: { !set.contains($0) })
    }

    /// Reads up to the first character matching `predicate`; throws (and stays) if none does.
    mutating func read(until predicate: (Character) -> Bool) throws(Overflow) -> Substring {
        let start = position
        while !reachedEnd {
            if predicate(text[position]) { return text[start..<position] }
            advance()
        }
        position = start
        throw Overflow()
    }

    /// Reads `character` if it is next; throws at the end.
    mutating func read(_ character: Character) throws(Overflow) -> Bool {
        guard !reachedEnd else { throw Overflow() }
        guard text[position] == character else { return false }
        advance()
        return true
    }

    /// Reads `string` if it comes next; throws if fewer characters than it has are left.
    mutating func read(string: String) throws(Overflow) -> Bool {
        guard !string.isEmpty else { return true }
        guard let end = text.index(position, offsetBy: string.count, limitedBy: text.endIndex) else {
            throw Overflow()
        }
        guard text[position..<end] == string else { return false }
        position = end
        return true
    }

    /// Skips past the next `marker` (a comment's end); throws (and stays) if there is none.
    /// Matches as swift-mustache does: a mismatch restarts the match at the next character.
    mutating func skip(past marker: String) throws(Overflow) {
        guard !marker.isEmpty else { return }
        let start = position
        var matched = marker.startIndex
        while !reachedEnd {
            if text[position] == marker[matched] {
                matched = marker.index(after: matched)
                if matched == marker.endIndex {
                    advance()
                    return
                }
            } else {
                matched = marker.startIndex
            }
            advance()
        }
        position = start
        throw Overflow()
    }
}

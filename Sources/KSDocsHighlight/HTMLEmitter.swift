/// The output buffer every highlighter writes into, together with the source bytes.
///
/// Scanners walk `src` by index and hand each range to `plain` or `span`
/// exactly once and in order; escaping happens while copying, so the
/// input is read once and the output is one growing byte array.
/// `cursor` guards that rule: debug builds assert it, release builds repair
/// a gap or overlap so the text still comes out whole and exactly once.
struct HTMLEmitter {
    /// The UTF-8 bytes being highlighted.
    let src: [UInt8]
    /// The HTML produced so far.
    private(set) var out: [UInt8] = []
    /// How many spans are open (see `open`/`close`).
    private var depth = 0
    /// The next source index expected: everything before it has been emitted.
    private var cursor = 0

    init(_ code: String) {
        src = Array(code.utf8)
        out.reserveCapacity(src.count + src.count / 2 + 64)
    }

    /// Copies `src[from..<to]` HTML-escaped.
    mutating func plain(_ from: Int, _ to: Int) {
        guard from < to else { return }
        assert(from == cursor, "emitter gap or overlap at \(from), expected \(cursor)")
        if from > cursor { escape(cursor, from) }
        let from = max(from, cursor)
        guard from < to else { return }
        escape(from, to)
        cursor = to
    }

    /// Appends `src[from..<to]` with `&<>"'` escaped, copying runs of other bytes whole.
    private mutating func escape(_ from: Int, _ to: Int) {
        var run = from
        var i = from
        while i < to {
            let b = src[i]
            if b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27 {
                if run < i { out.append(contentsOf: src[run..<i]) }
                switch b {
                case 0x26: out.append(contentsOf: Self.amp)
                case 0x3C: out.append(contentsOf: Self.lt)
                case 0x3E: out.append(contentsOf: Self.gt)
                case 0x22: out.append(contentsOf: Self.quot)
                default: out.append(contentsOf: Self.apos)
                }
                run = i + 1
            }
            i += 1
        }
        if run < to { out.append(contentsOf: src[run..<to]) }
    }

    /// Wraps `src[from..<to]` in one span of `kind`; an empty range emits nothing.
    mutating func span(_ kind: TokenKind, _ from: Int, _ to: Int) {
        guard from < to else { return }
        out.append(contentsOf: TokenKind.openTags[kind.rawValue])
        plain(from, to)
        out.append(contentsOf: Self.closeTag)
    }

    /// Opens a span that later `span`/`plain` calls nest inside; pair with `close`.
    mutating func open(_ kind: TokenKind) {
        out.append(contentsOf: TokenKind.openTags[kind.rawValue])
        depth += 1
    }

    /// Closes the innermost span opened with `open`.
    mutating func close() {
        guard depth > 0 else { return }
        out.append(contentsOf: Self.closeTag)
        depth -= 1
    }

    /// The finished HTML; closes any span a scanner left open.
    mutating func finish() -> String {
        assert(cursor == src.count, "emitter stopped at \(cursor) of \(src.count)")
        plain(cursor, src.count)
        while depth > 0 { close() }
        return String(decoding: out, as: UTF8.self)
    }

    /// HTML-escapes `code` with no spans.
    static func escape(_ code: String) -> String {
        var e = HTMLEmitter(code)
        e.plain(0, e.src.count)
        return e.finish()
    }

    private static let amp = Array("&amp;".utf8)
    private static let lt = Array("&lt;".utf8)
    private static let gt = Array("&gt;".utf8)
    private static let quot = Array("&quot;".utf8)
    private static let apos = Array("&#39;".utf8)
    private static let closeTag = Array("</span>".utf8)
}

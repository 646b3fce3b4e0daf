/// One token of shell source: what it is and the UTF-8 bytes `start..<end` it covers.
///
/// ``ShellScanner`` produces these for both users of shell syntax: the shell highlighter
/// (which classes words as commands, keywords and flags) and the `sh explain` tokenizer in
/// KSDocsCommands (which joins adjacent parts into words and removes quotes).
package struct ShellToken: Equatable, Sendable {
    package enum Kind: Equatable, Sendable {
        /// Spaces, tabs and carriage returns; inside a heredoc section also the tabs before a
        /// `<<-` terminator and the newline between two bodies.
        case blank
        /// A newline that ends a command line.
        case newline
        /// `\` followed by a newline where a word could start (inside a word it is part of the `word`).
        case lineContinuation
        /// `#` to the end of the line, where `#` begins a word.
        case comment
        /// Unquoted text up to a blank or metacharacter; `\x` escapes stay as written.
        case word
        /// A `$` that starts no expansion: literal text.
        case dollar
        /// `'…'`.
        case singleQuoted
        /// `"…"`; the expansions inside (`variable`, `backtick`, `commandSubstitution`) follow it
        /// as tokens of their own whose ranges lie inside its range.
        case doubleQuoted
        /// `$'…'`.
        case ansiCString
        /// `$NAME`, `${…}` or a special parameter (`$1`, `$?`, `$@`…).
        case variable
        /// `` `…` ``.
        case backtick
        /// A whole `$(…)` inside double quotes.
        case commandSubstitution
        /// `$(`: the commands inside follow as tokens, up to the matching `substitutionClose`.
        case substitutionOpen
        /// The `)` that closes a `$(`.
        case substitutionClose
        /// `<(` or `>(`, closed by a `close`.
        case processSubstitutionOpen
        /// `(` opening a subshell.
        case open
        /// `)` closing a subshell, a process substitution or nothing.
        case close
        /// `|`, `||`, `|&`, `&&`, `&`, `;`, `;;`, `;&` or `;;&`.
        case controlOperator
        /// `<`, `>`, `>>`, `>|`, `<>`, `<<<`, `&>`, `&>>`, `<&`/`>&` with any fd digits before
        /// and any target fd after (`2>&1`, `>&-`); an unattached target is a separate token.
        case redirection
        /// `<<WORD`, `<<-WORD`, `<< 'WORD'`, `<<"WORD"` or `<<\WORD`, the delimiter included.
        case heredocMarker
        /// The lines of a heredoc before its terminator line.
        case heredocBody
        /// A heredoc's terminator, without the tabs `<<-` allows before it.
        case heredocTerminator
    }

    package var kind: Kind
    /// Index of the first byte.
    package var start: Int
    /// Index after the last byte.
    package var end: Int
    /// True when the text ends before the token's closing quote, brace or terminator line
    /// (for `${`, also when the line ends first).
    package var unterminated: Bool

    package init(_ kind: Kind, _ start: Int, _ end: Int, unterminated: Bool = false) {
        self.kind = kind
        self.start = start
        self.end = end
        self.unterminated = unterminated
    }
}

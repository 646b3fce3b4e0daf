/// The fixed set of token classes the highlighters emit.
///
/// Each case renders as `<span class="hl-NAME">`, where NAME is the case's
/// `className` minus the `hl-` prefix. Both site themes style exactly these
/// classes, so adding a case means adding a rule to every theme.
///
/// | class | used for |
/// |---|---|
/// | `hl-comment` | comments in every language; diff `\ No newline at end of file` |
/// | `hl-string` | quoted strings; YAML plain and block scalars; Python triple-quoted strings |
/// | `hl-number` | numeric literals (shell: whole-number words only) |
/// | `hl-keyword` | language keywords (`if`, `SELECT`, `def`, `export`, Dockerfile `AS`) |
/// | `hl-builtin` | shell builtins and common commands, Python builtins, SQL functions |
/// | `hl-variable` | `$VAR`, `${VAR}`, `$(`…`)` markers, backtick substitutions, shell assignments, nginx `$var`, SQL `$1`/`:name` |
/// | `hl-operator` | shell `|`, `&&`, `||`, `;`, `&`, redirections, heredoc markers and terminators; nginx location modifiers; YAML `|`/`>` indicators |
/// | `hl-key` | YAML, JSON, ini, toml and env keys |
/// | `hl-literal` | `true`, `false`, `null`, `yes`, `no`, `on`, `off`, `None`, `~` |
/// | `hl-section` | ini/toml `[section]` and `[[table]]` headers |
/// | `hl-directive` | nginx directives, Dockerfile instructions |
/// | `hl-prompt` | console `$ ` and `# ` prompts |
/// | `hl-output` | console output lines |
/// | `hl-inserted` | diff `+` lines |
/// | `hl-deleted` | diff `-` lines |
/// | `hl-meta` | diff `@@` hunks and file headers, YAML `---`/`...`/anchors/aliases/tags, Python decorators, psql `\` meta-commands |
/// | `hl-flag` | shell and Dockerfile `-x`/`--long` options (up to any `=`) |
/// | `hl-heredoc` | a heredoc body, as one span up to its terminator line |
public enum TokenKind: Int, CaseIterable, Sendable {
    case comment, string, number, keyword, builtin, variable, `operator`, key, literal
    case section, directive, prompt, output, inserted, deleted, meta, flag, heredoc

    /// The CSS class name, e.g. `hl-comment`.
    public var className: String {
        switch self {
        case .comment: "hl-comment"
        case .string: "hl-string"
        case .number: "hl-number"
        case .keyword: "hl-keyword"
        case .builtin: "hl-builtin"
        case .variable: "hl-variable"
        case .operator: "hl-operator"
        case .key: "hl-key"
        case .literal: "hl-literal"
        case .section: "hl-section"
        case .directive: "hl-directive"
        case .prompt: "hl-prompt"
        case .output: "hl-output"
        case .inserted: "hl-inserted"
        case .deleted: "hl-deleted"
        case .meta: "hl-meta"
        case .flag: "hl-flag"
        case .heredoc: "hl-heredoc"
        }
    }

    /// `<span class="hl-…">` as UTF-8 bytes, indexed by `rawValue`.
    static let openTags: [[UInt8]] = allCases.map { Array("<span class=\"\($0.className)\">".utf8) }
}

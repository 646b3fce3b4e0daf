/// Build-time syntax highlighting: source text in, HTML with classed spans out.
///
/// Output is the code HTML-escaped (`&`, `<`, `>`, `"`, `'`) with
/// `<span class="hl-…">` around tokens (the classes are listed on
/// `TokenKind`), and no `<pre>`/`<code>` wrapper. Stripping the tags and
/// unescaping gives back the input exactly. Every function here is pure
/// and safe to call from many tasks at once.
public enum SyntaxHighlighter {
    /// Highlighted HTML for `code` (escaped text with <span class="hl-…"> around tokens), without any <pre>/<code> wrapper.
    /// An unknown or nil language gives the code HTML-escaped (&, <, >, ", ') with no spans.
    public static func html(for code: String, language: String?) -> String {
        guard let language, let lang = Language(name: language) else {
            return HTMLEmitter.escape(code)
        }
        var e = HTMLEmitter(code)
        let end = e.src.count
        switch lang {
        case .shell: _ = ShellHighlighter.highlight(&e, 0, end)
        case .console: ConsoleHighlighter.highlight(&e, 0, end)
        case .yaml: YAMLHighlighter.highlight(&e, 0, end)
        case .json: JSONHighlighter.highlight(&e, 0, end)
        case .dockerfile: DockerfileHighlighter.highlight(&e, 0, end)
        case .nginx: NginxHighlighter.highlight(&e, 0, end)
        case .ini: INIHighlighter.highlight(&e, 0, end)
        case .python: PythonHighlighter.highlight(&e, 0, end)
        case .sql: SQLHighlighter.highlight(&e, 0, end)
        case .diff: DiffHighlighter.highlight(&e, 0, end)
        }
        return e.finish()
    }

    /// Whether `language` (case-insensitive, aliases included) has a highlighter.
    public static func supports(_ language: String) -> Bool {
        Language(name: language) != nil
    }
}

/// The highlighters, and the names (case-insensitive) that select them.
enum Language: CaseIterable, Sendable {
    case shell, console, yaml, json, dockerfile, nginx, ini, python, sql, diff

    /// Every accepted name, lowercase.
    var names: [String] {
        switch self {
        case .shell: ["sh", "bash", "shell", "zsh", "ksh"]
        case .console: ["console", "shell-session", "shellsession", "sh-session", "terminal"]
        case .yaml: ["yaml", "yml"]
        case .json: ["json", "jsonc"]
        case .dockerfile: ["dockerfile", "docker", "containerfile"]
        case .nginx: ["nginx", "nginxconf"]
        case .ini: ["ini", "toml", "conf", "cfg", "env", "dotenv", "properties", "systemd"]
        case .python: ["python", "py", "python3"]
        case .sql: ["sql", "postgresql", "postgres", "psql", "pgsql", "plpgsql"]
        case .diff: ["diff", "patch", "udiff"]
        }
    }

    private static let byName: [String: Language] = {
        var map: [String: Language] = [:]
        for lang in allCases { for name in lang.names { map[name] = lang } }
        return map
    }()

    /// Looks up a fence info word such as `Bash` or `yml`. Only the first
    /// whitespace-separated word counts, so `sh explain` selects the shell.
    init?(name: String) {
        let word = name.split(whereSeparator: { $0 == " " || $0 == "\t" }).first.map(String.init) ?? ""
        guard let lang = Self.byName[word.lowercased()] else { return nil }
        self = lang
    }
}

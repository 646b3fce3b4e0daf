/// Plain-English meanings of programs, sub-commands and flags, used to explain the commands of
/// explain blocks.
///
/// ``builtIn`` covers the tools of a Docker homelab on Debian; a site extends or overrides it
/// with `Content/commands.yml` through ``merging(_:)``.
public struct Glossary: Sendable {
    /// Program name → entry, with flag keys normalised to one spelling each.
    public let entries: [String: GlossaryEntry]

    /// Creates a glossary; flag keys naming several spellings (`"-d, --detach"`) are split.
    public init(entries: [String: GlossaryEntry]) {
        self.entries = entries.mapValues { $0.normalized() }
    }

    /// This glossary deep-merged with `overrides`: an override's summary, flag or sub-command
    /// replaces the one here, a new program or sub-command is added, and everything the
    /// overrides do not name is kept. A flag is matched by spelling, so an override of `-p`
    /// replaces the built-in `-p <host:container>` (repeat the placeholder if it takes a value).
    public func merging(_ overrides: [String: GlossaryEntry]) -> Glossary {
        var merged = entries
        for (name, override) in overrides {
            let normalized = override.normalized()
            merged[name] = merged[name].map { $0.merged(with: normalized) } ?? normalized
        }
        return Glossary(normalizedEntries: merged)
    }

    private init(normalizedEntries: [String: GlossaryEntry]) {
        entries = normalizedEntries
    }

    /// The names of the programs the glossary knows, sorted.
    public var commandNames: [String] { entries.keys.sorted() }

    /// True when the glossary has an entry for `program` (or for its last path component, so
    /// `/usr/sbin/nginx` is known as `nginx`).
    public func knows(_ program: String) -> Bool {
        entry(for: program) != nil
    }

    /// True when a strict check has nothing to complain about: the author explained the command,
    /// or the glossary knows at least one of its programs.
    public func isExplained(_ command: ExplainedCommand) -> Bool {
        command.explanation != nil || command.simpleCommands.contains { knows($0.program) }
    }

    /// The entry for `program` or for its last path component.
    func entry(for program: String) -> GlossaryEntry? {
        if let entry = entries[program] { return entry }
        guard let slash = program.lastIndex(of: "/") else { return nil }
        let base = String(program[program.index(after: slash)...])
        return base.isEmpty ? nil : entries[base]
    }
}

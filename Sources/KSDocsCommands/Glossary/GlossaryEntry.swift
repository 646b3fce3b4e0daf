/// What the glossary knows about one program or sub-command.
///
/// In `Content/commands.yml` an entry is a mapping, every key optional:
/// ```yaml
/// docker:
///   summary: Runs and manages containers.
///   subcommands:
///     run:
///       summary: Creates and starts a new container from an image.
///       flags_end_at_argument: true
///       flags:
///         "-d, --detach": Runs the container in the background.
///         "-p, --publish <host:container>": Makes a container port reachable on a host port.
/// ```
///
/// **Flag keys.** A key names a flag (`"-d"`, `"--detach"`) or several spellings of the same flag
/// separated by commas (`"-d, --detach"`). A flag that takes a value ends with a space and a
/// placeholder in angle brackets: `"-p <host:container>"`, `"--name <name>"`,
/// `"-u, --user <user>"`. The explainer then pairs the flag with the next word
/// (`-p 8080:80`), or with the value written after `=` (`--name=web`) or attached to a short flag
/// (`-p8080:80`). ``Glossary`` stores every spelling as its own key (`"-p <host:container>"`,
/// `"--publish <host:container>"`).
public struct GlossaryEntry: Sendable, Equatable, Decodable {
    /// One short sentence saying what the program or sub-command does.
    public var summary: String?
    /// Flag key (see above) → meaning.
    public var flags: [String: String]
    /// Sub-command name → its entry; nests (`docker` → `compose` → `up`).
    public var subcommands: [String: GlossaryEntry]
    /// True when flags stop at the first plain argument because what follows belongs to another
    /// program (`docker exec web psql -U app`: `-U` is psql's, not docker's). Nil means false,
    /// and in an override, "keep the built-in setting".
    public var flagsEndAtArgument: Bool?

    /// Creates an entry.
    public init(
        summary: String? = nil,
        flags: [String: String] = [:],
        subcommands: [String: GlossaryEntry] = [:],
        flagsEndAtArgument: Bool? = nil
    ) {
        self.summary = summary
        self.flags = flags
        self.subcommands = subcommands
        self.flagsEndAtArgument = flagsEndAtArgument
    }

    /// Creates an entry; the short form used by the built-in glossary data.
    init(
        _ summary: String,
        flags: [String: String] = [:],
        subcommands: [String: GlossaryEntry] = [:],
        flagsEndAtArgument: Bool? = nil
    ) {
        self.init(summary: summary, flags: flags, subcommands: subcommands, flagsEndAtArgument: flagsEndAtArgument)
    }

    private enum CodingKeys: String, CodingKey {
        case summary, flags, subcommands
        case flagsEndAtArgument = "flags_end_at_argument"
    }

    /// Decodes an entry; missing keys mean no summary, no flags, no sub-commands.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        summary = try container.decodeIfPresent(String.self, forKey: .summary)
        flags = try container.decodeIfPresent([String: String].self, forKey: .flags) ?? [:]
        subcommands = try container.decodeIfPresent([String: GlossaryEntry].self, forKey: .subcommands) ?? [:]
        flagsEndAtArgument = try container.decodeIfPresent(Bool.self, forKey: .flagsEndAtArgument)
    }
}

/// A flag as the explainer sees it.
struct FlagDefinition: Equatable {
    /// The spelling, such as `-p` or `--publish`.
    var name: String
    /// The placeholder such as `<host:container>`, or nil when the flag takes no value.
    var placeholder: String?
    /// The meaning.
    var meaning: String

    /// The single-spelling key stored in a normalised entry: `-p <host:container>`.
    var key: String { placeholder.map { "\(name) \($0)" } ?? name }

    /// The flags a key such as `"-p, --publish <ports>"` or `"--name=<name>"` defines.
    static func parse(key: String, meaning: String) -> [FlagDefinition] {
        var placeholder: String?
        var names: [String] = []
        for part in key.split(separator: ",") {
            var name = part.trimmed()
            if let split = name.firstIndex(where: { $0 == " " || $0 == "=" }) {
                let value = name[name.index(after: split)...].trimmed()
                if !value.isEmpty { placeholder = value }
                name = String(name[..<split])
            }
            if !name.isEmpty { names.append(name) }
        }
        return names.map { FlagDefinition(name: $0, placeholder: placeholder, meaning: meaning) }
    }
}

extension GlossaryEntry {
    /// The entry with every flag key split into single spellings, recursively.
    func normalized() -> GlossaryEntry {
        var copy = self
        copy.flags = [:]
        for definition in flagDefinitions() {
            copy.flags[definition.key] = definition.meaning
        }
        copy.subcommands = subcommands.mapValues { $0.normalized() }
        return copy
    }

    /// Every flag of this entry, one per spelling, in key order.
    func flagDefinitions() -> [FlagDefinition] {
        flags.keys.sorted().flatMap { FlagDefinition.parse(key: $0, meaning: flags[$0] ?? "") }
    }

    /// The flag spelled `name`, if this entry defines it.
    func flag(named name: String) -> FlagDefinition? {
        for (key, meaning) in flags {
            if let definition = FlagDefinition.parse(key: key, meaning: meaning).first(where: { $0.name == name }) {
                return definition
            }
        }
        return nil
    }

    /// A deep merge: the override's summary, flags (by spelling) and sub-commands replace these;
    /// everything the override does not name is kept. Both entries must be normalised.
    func merged(with override: GlossaryEntry) -> GlossaryEntry {
        var result = self
        if let summary = override.summary { result.summary = summary }
        if let ends = override.flagsEndAtArgument { result.flagsEndAtArgument = ends }
        for definition in override.flagDefinitions() {
            let replaced = result.flags.keys.filter { key in
                FlagDefinition.parse(key: key, meaning: "").contains { $0.name == definition.name }
            }
            for key in replaced { result.flags[key] = nil }
            result.flags[definition.key] = definition.meaning
        }
        for (name, sub) in override.subcommands {
            result.subcommands[name] = result.subcommands[name].map { $0.merged(with: sub) } ?? sub
        }
        return result
    }
}

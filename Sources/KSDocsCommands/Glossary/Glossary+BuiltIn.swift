extension Glossary {
    /// The glossary built into ksdocs: Docker and Compose, systemd, Tailscale, Cloudflare Tunnel,
    /// PostgreSQL, Git and Forgejo, SSH and networking, nginx and OpenSSL, Debian packaging and
    /// administration, and the basic file, text and process tools.
    public static let builtIn = Glossary(entries: builtInEntries)

    /// Every family of built-in entries, merged.
    static var builtInEntries: [String: GlossaryEntry] {
        let families: [[String: GlossaryEntry]] = [
            dockerEntries, composeEntries, systemdEntries, tunnelEntries, postgresEntries, gitEntries,
            remoteEntries, networkEntries, serverEntries, adminEntries, fileEntries, archiveEntries,
            textEntries, processEntries, shellEntries,
        ]
        var all: [String: GlossaryEntry] = [:]
        for family in families {
            all.merge(family) { first, _ in first }
        }
        return all
    }
}

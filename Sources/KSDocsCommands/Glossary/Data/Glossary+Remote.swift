extension Glossary {
    /// SSH and file transfer: `ssh`, `ssh-keygen`, `ssh-copy-id`, `scp`, `rsync`.
    static let remoteEntries: [String: GlossaryEntry] = [
        "ssh": GlossaryEntry(
            "Opens a secure shell on another machine, or runs one command there.",
            flags: [
                "-p <port>": "Connects to this port instead of 22.",
                "-i <key>": "Logs in with this private key file.",
                "-l <user>": "Logs in as this user.",
                "-L <local:host:port>": "Forwards a local port through the connection to a port on the other side.",
                "-R <remote:host:port>": "Forwards a port on the other side back to this machine.",
                "-D <port>": "Opens a local SOCKS proxy through the connection.",
                "-J <jump-host>": "Connects through this jump host first.",
                "-N": "Runs no command; just keeps the forwarded ports open.",
                "-f": "Goes to the background after connecting.",
                "-t": "Forces a terminal, needed for interactive commands such as sudo.",
                "-v": "Prints debugging details about the connection.",
                "-A": "Lets the remote side use your local SSH agent.",
                "-o <Option=value>": "Sets one SSH option, such as StrictHostKeyChecking=no.",
                "-F <file>": "Uses this SSH config file.",
                "-C": "Compresses the traffic.",
                "-4": "Uses IPv4 only.",
                "-6": "Uses IPv6 only.",
                "-q": "Prints fewer warnings.",
                "-T": "Does not open a terminal.",
            ],
            flagsEndAtArgument: true
        ),
        "ssh-keygen": GlossaryEntry(
            "Creates and manages SSH keys.",
            flags: [
                "-t <type>": "Chooses the key type; ed25519 is the modern choice.",
                "-b <bits>": "Sets the key size in bits (for RSA).",
                "-C <comment>": "Adds a comment to the key, often your email or user@host.",
                "-f <file>": "Writes the key to, or reads it from, this file.",
                "-N <passphrase>": "Sets the passphrase that protects the private key.",
                "-R <host>": "Removes a host's old key from known_hosts.",
                "-l": "Prints the key's fingerprint.",
                "-y": "Prints the public key of a private key file.",
                "-p": "Changes the passphrase of a private key.",
                "-a <rounds>": "Sets how hard the passphrase is to brute-force.",
                "-q": "Prints nothing.",
            ]
        ),
        "ssh-copy-id": GlossaryEntry(
            "Copies your public key to another machine so you can log in there without a password.",
            flags: [
                "-i <key.pub>": "Copies this public key file.",
                "-p <port>": "Connects to this port.",
                "-f": "Copies even if the key seems to be there already.",
                "-n": "Shows which keys would be copied without copying.",
            ]
        ),
        "scp": GlossaryEntry(
            "Copies files to or from another machine over SSH (host:path for the remote side).",
            flags: [
                "-r": "Copies whole folders.",
                "-P <port>": "Connects to this port (capital P, unlike ssh).",
                "-i <key>": "Logs in with this private key file.",
                "-p": "Keeps the files' times and permissions.",
                "-C": "Compresses the traffic.",
                "-q": "Hides the progress meter.",
                "-3": "Copies between two remote hosts through this machine.",
                "-o <Option=value>": "Sets one SSH option.",
            ]
        ),
        "rsync": GlossaryEntry(
            "Copies files efficiently, sending only what changed, locally or over SSH.",
            flags: [
                "-a, --archive": "Copies folders recursively and keeps permissions, owners and times.",
                "-v, --verbose": "Lists the files it copies.",
                "-z, --compress": "Compresses data on the way.",
                "-h, --human-readable": "Prints sizes as K, M, G.",
                "-P": "Shows progress and keeps partly copied files to resume later.",
                "--progress": "Shows progress while copying.",
                "-n, --dry-run": "Shows what would happen without changing anything.",
                "--delete": "Deletes files in the destination that are not in the source.",
                "-e, --rsh <command>": "Uses this remote shell, such as \"ssh -p 2222\".",
                "--exclude <pattern>": "Skips files matching this pattern.",
                "--include <pattern>": "Copies files matching this pattern even if excluded.",
                "-r, --recursive": "Copies folders and everything in them.",
                "-u, --update": "Skips files that are newer in the destination.",
                "-c, --checksum": "Compares files by checksum instead of size and time.",
                "-H, --hard-links": "Keeps hard links.",
                "-A, --acls": "Keeps access control lists.",
                "-X, --xattrs": "Keeps extended attributes.",
                "--partial": "Keeps partly copied files so a retry can resume.",
                "--bwlimit <rate>": "Limits the bandwidth used.",
                "--numeric-ids": "Keeps numeric user and group IDs instead of matching names.",
                "--info <flags>": "Chooses what progress information to print.",
                "--remove-source-files": "Deletes source files after copying them (a move).",
            ]
        ),
    ]
}

extension Glossary {
    /// Flags shared by `apt` and `apt-get`.
    static let aptFlags: [String: String] = [
        "-y, --yes": "Answers yes to every question, so it runs without stopping to ask.",
        "-q, --quiet": "Prints less progress output.",
        "--no-install-recommends": "Installs only what is required, not the recommended extras.",
        "-s, --simulate": "Shows what would happen without changing anything.",
        "-f, --fix-broken": "Tries to fix broken dependencies.",
        "--purge": "Also deletes configuration files when removing.",
        "-t, --target-release <release>": "Installs from this release, such as bookworm-backports.",
        "--reinstall": "Installs the package again even if it is already installed.",
    ]

    /// Sub-commands shared by `apt` and `apt-get`.
    static let aptCommands: [String: GlossaryEntry] = [
        "update": GlossaryEntry("Downloads the latest package lists, so apt knows what versions exist."),
        "upgrade": GlossaryEntry("Installs newer versions of the packages already installed."),
        "full-upgrade": GlossaryEntry("Upgrades packages, adding or removing others if needed."),
        "dist-upgrade": GlossaryEntry("Upgrades packages, adding or removing others if needed."),
        "install": GlossaryEntry("Installs packages and what they depend on."),
        "remove": GlossaryEntry("Uninstalls packages but keeps their configuration files."),
        "purge": GlossaryEntry("Uninstalls packages and deletes their configuration files."),
        "autoremove": GlossaryEntry("Removes packages that were installed as dependencies and are no longer needed."),
        "search": GlossaryEntry("Searches the package lists for a word."),
        "show": GlossaryEntry("Shows a package's details: version, size, dependencies, description."),
        "list": GlossaryEntry(
            "Lists packages.",
            flags: [
                "--installed": "Lists only installed packages.",
                "--upgradable": "Lists only packages with a newer version available.",
            ]
        ),
        "clean": GlossaryEntry("Deletes downloaded package files to free disk space."),
        "autoclean": GlossaryEntry("Deletes downloaded package files that can no longer be downloaded."),
        "policy": GlossaryEntry("Shows which version of a package would be installed and from where."),
    ]

    /// Web server, TLS and Debian packaging: `nginx`, `openssl`, `apt`, `apt-get`, `dpkg`.
    static let serverEntries: [String: GlossaryEntry] = [
        "nginx": GlossaryEntry(
            "The nginx web server and reverse proxy.",
            flags: [
                "-t": "Checks the configuration files for mistakes without starting.",
                "-T": "Checks the configuration and prints all of it.",
                "-s <signal>": "Sends a signal to the running nginx: reload, stop, quit or reopen.",
                "-c <file>": "Uses this configuration file.",
                "-g <directives>": "Adds configuration directives from the command line.",
                "-v": "Prints the version.",
                "-V": "Prints the version and how nginx was built.",
                "-q": "Prints only errors while checking.",
            ]
        ),
        "openssl": GlossaryEntry(
            "A toolkit for TLS: keys, certificates, hashes and test connections.",
            subcommands: [
                "req": GlossaryEntry(
                    "Creates a certificate signing request or a self-signed certificate.",
                    flags: [
                        "-new": "Creates a new request.",
                        "-x509": "Makes a self-signed certificate instead of a request.",
                        "-newkey <type:bits>": "Creates a new private key too, such as rsa:4096.",
                        "-nodes, -noenc": "Leaves the private key unencrypted (no passphrase).",
                        "-keyout <file>": "Writes the new private key to this file.",
                        "-key <file>": "Uses this existing private key.",
                        "-out <file>": "Writes the result to this file.",
                        "-in <file>": "Reads the request from this file.",
                        "-days <number>": "Makes the certificate valid for this many days.",
                        "-subj <subject>": "Sets the certificate's subject, such as /CN=example.com.",
                        "-addext <extension>": "Adds an extension, such as subjectAltName=DNS:example.com.",
                        "-noout": "Does not print the encoded request.",
                        "-text": "Prints the contents in readable form.",
                    ]
                ),
                "x509": GlossaryEntry(
                    "Reads or converts certificates.",
                    flags: [
                        "-in <file>": "Reads the certificate from this file.",
                        "-out <file>": "Writes the result to this file.",
                        "-noout": "Does not print the encoded certificate.",
                        "-text": "Prints every field in readable form.",
                        "-dates": "Prints when the certificate starts and stops being valid.",
                        "-enddate": "Prints when the certificate expires.",
                        "-subject": "Prints who the certificate is for.",
                        "-issuer": "Prints who issued the certificate.",
                        "-fingerprint": "Prints the certificate's fingerprint.",
                        "-checkend <seconds>": "Fails if the certificate expires within this many seconds.",
                    ]
                ),
                "s_client": GlossaryEntry(
                    "Opens a TLS connection to a server to test it and see its certificate.",
                    flags: [
                        "-connect <host:port>": "Connects to this host and port.",
                        "-servername <name>": "Sends this name (SNI), needed for most shared servers.",
                        "-showcerts": "Prints the whole certificate chain.",
                        "-brief": "Prints a short summary of the connection.",
                    ]
                ),
                "rand": GlossaryEntry(
                    "Prints random bytes, handy for making secrets.",
                    flags: [
                        "-hex": "Prints them as hexadecimal.",
                        "-base64": "Prints them as base64.",
                        "-out <file>": "Writes them to this file.",
                    ]
                ),
                "genpkey": GlossaryEntry(
                    "Creates a private key.",
                    flags: [
                        "-algorithm <name>": "Chooses the key type, such as ed25519 or RSA.",
                        "-out <file>": "Writes the key to this file.",
                    ]
                ),
                "genrsa": GlossaryEntry(
                    "Creates an RSA private key.",
                    flags: ["-out <file>": "Writes the key to this file."]
                ),
                "rsa": GlossaryEntry("Reads or converts RSA keys."),
                "pkey": GlossaryEntry(
                    "Reads or converts private and public keys.",
                    flags: [
                        "-in <file>": "Reads the key from this file.",
                        "-pubout": "Prints the public half of the key.",
                        "-out <file>": "Writes the result to this file.",
                    ]
                ),
                "dgst": GlossaryEntry(
                    "Computes a hash (digest) of a file.",
                    flags: ["-sha256": "Uses SHA-256."]
                ),
                "verify": GlossaryEntry(
                    "Checks that a certificate is signed by a trusted authority.",
                    flags: ["-CAfile <file>": "Trusts the certificates in this file."]
                ),
                "version": GlossaryEntry("Prints the OpenSSL version."),
                "enc": GlossaryEntry("Encrypts or decrypts data with a cipher."),
                "passwd": GlossaryEntry("Makes a password hash."),
            ]
        ),
        "apt": GlossaryEntry(
            "Installs, updates and removes software packages on Debian and Ubuntu.",
            flags: aptFlags,
            subcommands: aptCommands
        ),
        "apt-get": GlossaryEntry(
            "Installs, updates and removes software packages; the script-friendly form of apt.",
            flags: aptFlags,
            subcommands: aptCommands
        ),
        "dpkg": GlossaryEntry(
            "The low-level Debian package tool that apt builds on.",
            flags: [
                "-i, --install": "Installs a downloaded .deb file.",
                "-l, --list": "Lists installed packages.",
                "-L, --listfiles": "Lists the files a package installed.",
                "-S, --search": "Finds which package installed a file.",
                "-r, --remove": "Removes a package.",
                "-P, --purge": "Removes a package and its configuration.",
                "-s, --status": "Shows a package's status.",
                "--configure": "Finishes setting up unpacked packages.",
                "--print-architecture": "Prints this machine's architecture, such as amd64 or arm64.",
                "-a": "With --configure, acts on every pending package.",
            ]
        ),
        "dpkg-reconfigure": GlossaryEntry("Asks a package's setup questions again, such as for the time zone."),
    ]
}

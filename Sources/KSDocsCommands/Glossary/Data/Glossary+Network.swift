extension Glossary {
    /// HTTP clients, network inspection, DNS and the firewall.
    static let networkEntries: [String: GlossaryEntry] = [
        "curl": GlossaryEntry(
            "Sends a request to a URL and prints the response.",
            flags: [
                "-I, --head": "Fetches only the response headers.",
                "-i, --include": "Prints the response headers before the body.",
                "-L, --location": "Follows redirects to the final address.",
                "-o, --output <file>": "Saves the response to this file.",
                "-O, --remote-name": "Saves the response under the file name from the URL.",
                "-s, --silent": "Hides the progress meter and error messages.",
                "-S, --show-error": "Shows errors even when silent.",
                "-f, --fail": "Fails with an error code on HTTP errors instead of printing the error page.",
                "-v, --verbose": "Prints the whole conversation, useful for debugging.",
                "-k, --insecure": "Skips the TLS certificate check; only for testing.",
                "-X, --request <method>": "Uses this HTTP method, such as POST or DELETE.",
                "-H, --header <header>": "Adds this header to the request.",
                "-d, --data <data>": "Sends this data in the request body (a POST).",
                "--json <data>": "Sends this JSON in the body with JSON headers.",
                "-u, --user <user:password>": "Logs in with this user name and password.",
                "-w, --write-out <format>": "Prints details after the transfer, such as %{http_code}.",
                "--resolve <host:port:ip>": "Sends requests for this host to this IP address.",
                "-x, --proxy <proxy>": "Goes through this proxy.",
                "--max-time, -m <seconds>": "Gives up after this many seconds.",
                "--connect-timeout <seconds>": "Gives up connecting after this many seconds.",
                "-A, --user-agent <name>": "Sends this User-Agent header.",
                "-F, --form <name=value>": "Sends a form field or file upload.",
                "--cacert <file>": "Trusts this CA certificate file.",
                "-4, --ipv4": "Uses IPv4 only.",
                "-6, --ipv6": "Uses IPv6 only.",
                "-b, --cookie <data>": "Sends these cookies.",
                "-T, --upload-file <file>": "Uploads this file.",
            ]
        ),
        "wget": GlossaryEntry(
            "Downloads files from the web.",
            flags: [
                "-O <file>": "Saves the download to this file (- prints it).",
                "-q, --quiet": "Prints nothing while downloading.",
                "-c, --continue": "Resumes a partly downloaded file.",
                "-P <dir>": "Saves downloads into this folder.",
                "-r, --recursive": "Follows links and downloads whole sites.",
                "--no-check-certificate": "Skips the TLS certificate check; only for testing.",
                "--spider": "Checks that the URL exists without downloading it.",
                "-S, --server-response": "Prints the server's response headers.",
                "--header <header>": "Adds this header to the request.",
                "-T, --timeout <seconds>": "Gives up after this many seconds.",
            ]
        ),
        "ss": GlossaryEntry(
            "Lists network connections and the ports programs listen on.",
            flags: [
                "-t, --tcp": "Shows TCP sockets.",
                "-u, --udp": "Shows UDP sockets.",
                "-l, --listening": "Shows only sockets waiting for connections (listening ports).",
                "-p, --processes": "Shows which program owns each socket (needs sudo for others' programs).",
                "-n, --numeric": "Shows numbers instead of resolving names and services.",
                "-a, --all": "Shows listening and connected sockets.",
                "-s, --summary": "Prints counts per socket type.",
                "-4, --ipv4": "Shows only IPv4 sockets.",
                "-6, --ipv6": "Shows only IPv6 sockets.",
                "-x, --unix": "Shows Unix domain sockets.",
            ]
        ),
        "ip": GlossaryEntry(
            "Shows and changes network settings: addresses, interfaces and routes.",
            flags: [
                "-4": "Shows only IPv4.",
                "-6": "Shows only IPv6.",
                "-br, -brief": "Prints one short line per interface.",
                "-c, -color": "Prints with colours.",
                "-s, -stats": "Adds traffic statistics.",
                "-d, -details": "Adds more details.",
            ],
            subcommands: [
                "addr": GlossaryEntry("Shows or changes the IP addresses of network interfaces."),
                "address": GlossaryEntry("Shows or changes the IP addresses of network interfaces."),
                "a": GlossaryEntry("Shows the IP addresses of network interfaces (short for address)."),
                "link": GlossaryEntry("Shows or changes network interfaces themselves (up, down, MTU)."),
                "route": GlossaryEntry("Shows or changes the routing table: where traffic is sent."),
                "r": GlossaryEntry("Shows the routing table (short for route)."),
                "neigh": GlossaryEntry("Shows the neighbour (ARP) table: nearby machines' hardware addresses."),
                "rule": GlossaryEntry("Shows or changes routing policy rules."),
            ]
        ),
        "ping": GlossaryEntry(
            "Checks whether another machine answers over the network and how fast.",
            flags: [
                "-c <count>": "Stops after this many pings.",
                "-i <seconds>": "Waits this long between pings.",
                "-W <seconds>": "Waits this long for each answer.",
                "-4": "Uses IPv4.",
                "-6": "Uses IPv6.",
                "-s <bytes>": "Sends pings of this size.",
                "-q": "Prints only the summary.",
            ]
        ),
        "dig": GlossaryEntry(
            "Asks DNS servers what a name resolves to, with full details.",
            flags: [
                "+short": "Prints only the answer.",
                "+trace": "Follows the lookup from the root servers down.",
                "-x <ip>": "Looks up the name for an IP address (reverse lookup).",
                "-t <type>": "Asks for this record type, such as A, AAAA, CNAME, MX or TXT.",
                "-p <port>": "Asks on this port.",
                "-4": "Uses IPv4.",
                "-6": "Uses IPv6.",
            ]
        ),
        "nslookup": GlossaryEntry("Asks a DNS server what a name resolves to."),
        "ufw": GlossaryEntry(
            "Manages the firewall (Uncomplicated Firewall) on Debian and Ubuntu.",
            flags: ["--dry-run": "Shows what would change without changing it."],
            subcommands: [
                "enable": GlossaryEntry("Turns the firewall on, now and at boot; allow SSH first."),
                "disable": GlossaryEntry("Turns the firewall off."),
                "status": GlossaryEntry(
                    "Shows whether the firewall is on and its rules.",
                    subcommands: [
                        "verbose": GlossaryEntry("Also shows the default policies and logging."),
                        "numbered": GlossaryEntry("Numbers the rules, so you can delete one by number."),
                    ]
                ),
                "allow": GlossaryEntry("Adds a rule that lets this traffic in, such as 22/tcp or from an address."),
                "deny": GlossaryEntry("Adds a rule that silently drops this traffic."),
                "reject": GlossaryEntry("Adds a rule that refuses this traffic with an error."),
                "limit": GlossaryEntry("Allows a port but blocks addresses that connect too often, good for SSH."),
                "delete": GlossaryEntry("Removes a rule, given by number or as written."),
                "default": GlossaryEntry("Sets what happens to traffic no rule matches (allow or deny)."),
                "reload": GlossaryEntry("Reloads the rules."),
                "reset": GlossaryEntry("Turns the firewall off and deletes every rule."),
                "app": GlossaryEntry(
                    "Works with application profiles such as OpenSSH or Nginx Full.",
                    subcommands: ["list": GlossaryEntry("Lists the application profiles.")]
                ),
                "logging": GlossaryEntry("Turns firewall logging on or off, or sets its level."),
            ]
        ),
    ]
}

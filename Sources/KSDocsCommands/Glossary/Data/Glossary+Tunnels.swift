extension Glossary {
    /// `tailscale` and `cloudflared`: the private network and the public tunnel.
    static let tunnelEntries: [String: GlossaryEntry] = [
        "tailscale": GlossaryEntry(
            "Controls Tailscale, the private network (tailnet) that links your machines securely.",
            flags: ["--socket <path>": "Talks to the Tailscale daemon through this socket."],
            subcommands: [
                "up": GlossaryEntry(
                    "Connects this machine to your tailnet, logging in if needed.",
                    flags: [
                        "--authkey, --auth-key <key>":
                            "Logs in with a pre-made auth key instead of a browser (keep it secret).",
                        "--ssh": "Lets tailnet members SSH in through Tailscale SSH.",
                        "--advertise-routes <cidrs>": "Offers to route these local networks for the tailnet.",
                        "--advertise-exit-node": "Offers this machine as an exit node for internet traffic.",
                        "--exit-node <ip|name>": "Sends this machine's internet traffic through that exit node.",
                        "--accept-routes": "Uses routes other machines advertise.",
                        "--accept-dns": "Uses the tailnet's DNS settings (MagicDNS).",
                        "--hostname <name>": "Sets the name this machine has in the tailnet.",
                        "--advertise-tags <tags>": "Tags the machine, such as tag:server, for access rules.",
                        "--reset": "Resets settings not given on this command line to their defaults.",
                        "--login-server <url>": "Uses this control server instead of Tailscale's.",
                        "--operator <user>": "Lets this local user control Tailscale without sudo.",
                        "--shields-up": "Blocks all incoming connections from the tailnet.",
                    ]
                ),
                "down": GlossaryEntry("Disconnects this machine from the tailnet but stays logged in."),
                "login": GlossaryEntry(
                    "Logs this machine in to a tailnet.",
                    flags: ["--authkey, --auth-key <key>": "Logs in with a pre-made auth key."]
                ),
                "logout": GlossaryEntry("Disconnects and logs this machine out of the tailnet."),
                "status": GlossaryEntry(
                    "Lists the machines in your tailnet and whether they are connected.",
                    flags: [
                        "--json": "Prints the status as JSON.",
                        "--peers": "Includes the other machines (on by default).",
                        "--active": "Shows only machines with recent traffic.",
                    ]
                ),
                "ip": GlossaryEntry(
                    "Prints this machine's tailnet IP addresses.",
                    flags: [
                        "-4": "Prints only the IPv4 address.",
                        "-6": "Prints only the IPv6 address.",
                    ]
                ),
                "ping": GlossaryEntry(
                    "Checks the connection to another tailnet machine and whether it is direct or relayed.",
                    flags: ["-c <count>": "Stops after this many pings."]
                ),
                "netcheck": GlossaryEntry("Tests this machine's network: NAT type, UDP, and latency to relays."),
                "serve": GlossaryEntry(
                    "Shares a local service with the tailnet over HTTPS.",
                    flags: [
                        "--bg": "Keeps serving in the background after the command exits.",
                        "--https <port>": "Serves on this HTTPS port.",
                    ]
                ),
                "funnel": GlossaryEntry(
                    "Shares a local service with the whole internet through Tailscale.",
                    flags: ["--bg": "Keeps serving in the background after the command exits."]
                ),
                "ssh": GlossaryEntry("Opens an SSH session to a tailnet machine using Tailscale SSH."),
                "set": GlossaryEntry(
                    "Changes one setting without repeating every flag of up.",
                    flags: [
                        "--ssh": "Turns Tailscale SSH on or off.",
                        "--exit-node <ip|name>": "Chooses an exit node.",
                        "--advertise-routes <cidrs>": "Offers to route these local networks.",
                        "--hostname <name>": "Sets this machine's tailnet name.",
                    ]
                ),
                "cert": GlossaryEntry("Gets a TLS certificate for this machine's tailnet name."),
                "version": GlossaryEntry("Prints the Tailscale version."),
                "update": GlossaryEntry("Updates Tailscale to the newest version."),
                "whois": GlossaryEntry("Shows which machine and user own a tailnet IP."),
                "bugreport": GlossaryEntry("Prints an ID to give Tailscale support."),
                "file": GlossaryEntry("Sends or receives files with Taildrop."),
            ]
        ),
        "cloudflared": GlossaryEntry(
            "Runs Cloudflare Tunnel, which makes local services reachable through Cloudflare without opening ports.",
            flags: [
                "--config <config.yml>": "Reads the tunnel settings from this file.",
                "--loglevel <level>": "Sets how much it logs (debug, info, warn, error).",
                "--logfile <file>": "Writes the log to this file.",
                "--no-autoupdate": "Turns off automatic updates.",
                "--metrics <address>": "Serves metrics at this address.",
                "--url <url>": "Sends the traffic to this local address.",
                "--protocol <protocol>": "Chooses how it connects to Cloudflare (auto, http2, quic).",
                "--version, -v": "Prints the cloudflared version.",
            ],
            subcommands: [
                "tunnel": GlossaryEntry(
                    "Groups the commands that create, route and run tunnels.",
                    flags: [
                        "--config <config.yml>": "Reads the tunnel settings from this file.",
                        "--cred-file, --credentials-file <file>": "Uses this tunnel credentials JSON file.",
                        "--url <url>": "Sends the traffic to this local address, such as http://localhost:8080.",
                        "--loglevel <level>": "Sets how much it logs.",
                        "--no-autoupdate": "Turns off automatic updates.",
                        "--metrics <address>": "Serves metrics at this address.",
                        "--protocol <protocol>": "Chooses how it connects to Cloudflare (auto, http2, quic).",
                        "--origincert <file>": "Uses this account certificate (cert.pem) from tunnel login.",
                    ],
                    subcommands: [
                        "login": GlossaryEntry(
                            "Opens a browser to authorise cloudflared for your Cloudflare account and saves cert.pem."
                        ),
                        "create": GlossaryEntry("Creates a named tunnel and writes its credentials file."),
                        "route": GlossaryEntry(
                            "Points traffic at a tunnel.",
                            subcommands: [
                                "dns": GlossaryEntry(
                                    "Creates a DNS record that sends a host name to the tunnel.",
                                    flags: [
                                        "-f, --overwrite-dns": "Replaces an existing DNS record with the same name."
                                    ]
                                ),
                                "ip": GlossaryEntry("Routes a private IP range through the tunnel."),
                                "lb": GlossaryEntry("Adds the tunnel to a Cloudflare load balancer pool."),
                            ]
                        ),
                        "run": GlossaryEntry(
                            "Starts the tunnel and keeps it connected to Cloudflare.",
                            flags: [
                                "--token <token>": "Runs a dashboard-managed tunnel using its token (keep it secret).",
                                "--token-file <file>": "Reads the tunnel token from a file.",
                            ]
                        ),
                        "list": GlossaryEntry(
                            "Lists the tunnels in your account.",
                            flags: ["-n, --name <name>": "Shows only the tunnel with this name."]
                        ),
                        "info": GlossaryEntry("Shows a tunnel's details and its active connections."),
                        "delete": GlossaryEntry(
                            "Deletes a tunnel.",
                            flags: ["-f, --force": "Deletes it even if it still has connections."]
                        ),
                        "cleanup": GlossaryEntry("Removes a tunnel's stale connections."),
                        "token": GlossaryEntry("Prints the token of a tunnel (keep it secret)."),
                        "ingress": GlossaryEntry(
                            "Checks the ingress rules of a config file.",
                            subcommands: [
                                "validate": GlossaryEntry("Checks that the ingress rules in the config are valid."),
                                "rule": GlossaryEntry("Shows which ingress rule a URL would match."),
                            ]
                        ),
                    ]
                ),
                "service": GlossaryEntry(
                    "Installs or removes cloudflared as a system service.",
                    subcommands: [
                        "install": GlossaryEntry(
                            "Installs cloudflared as a service that starts at boot (give a token for a dashboard tunnel)."
                        ),
                        "uninstall": GlossaryEntry("Removes the cloudflared system service."),
                    ]
                ),
                "access": GlossaryEntry("Reaches applications protected by Cloudflare Access, such as SSH."),
                "update": GlossaryEntry("Updates cloudflared to the newest version."),
                "version": GlossaryEntry("Prints the cloudflared version."),
            ]
        ),
    ]
}

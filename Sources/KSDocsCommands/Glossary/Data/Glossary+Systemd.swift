extension Glossary {
    /// `systemctl` and `journalctl`: services and logs under systemd.
    static let systemdEntries: [String: GlossaryEntry] = [
        "systemctl": GlossaryEntry(
            "Controls systemd, which starts and supervises the services of a Linux machine.",
            flags: [
                "--user": "Manages your own user services instead of the system's.",
                "--now": "With enable or disable, also starts or stops the service right away.",
                "-l, --full": "Does not shorten long lines.",
                "--no-pager": "Prints everything instead of opening a pager.",
                "-t, --type <type>": "Lists only units of this type, such as service or timer.",
                "--state <state>": "Lists only units in this state, such as failed.",
                "-a, --all": "Includes inactive units.",
                "-q, --quiet": "Prints less.",
                "-n, --lines <number>": "Shows this many log lines in status.",
                "-H, --host <user@host>": "Runs the command on a remote machine over SSH.",
            ],
            subcommands: [
                "start": GlossaryEntry("Starts a service now."),
                "stop": GlossaryEntry("Stops a running service."),
                "restart": GlossaryEntry("Stops and starts a service again, for example after changing its settings."),
                "reload": GlossaryEntry("Asks a service to reread its configuration without stopping."),
                "reload-or-restart": GlossaryEntry("Reloads a service if it can, otherwise restarts it."),
                "status": GlossaryEntry("Shows whether a service is running, with its latest log lines."),
                "enable": GlossaryEntry("Makes a service start automatically at boot."),
                "disable": GlossaryEntry("Stops a service from starting automatically at boot."),
                "is-active": GlossaryEntry("Prints whether a service is running (active) or not."),
                "is-enabled": GlossaryEntry("Prints whether a service starts at boot."),
                "is-failed": GlossaryEntry("Prints whether a service has failed."),
                "daemon-reload": GlossaryEntry("Rereads unit files after you create or edit one."),
                "list-units": GlossaryEntry("Lists the units systemd has loaded."),
                "list-unit-files": GlossaryEntry("Lists installed unit files and whether they are enabled."),
                "list-timers": GlossaryEntry("Lists scheduled timers and when they next run."),
                "cat": GlossaryEntry("Prints a unit's file, including any overrides."),
                "edit": GlossaryEntry(
                    "Opens an override file for a unit in your editor.",
                    flags: ["--full": "Edits a copy of the whole unit file instead of an override."]
                ),
                "mask": GlossaryEntry("Blocks a service from being started at all."),
                "unmask": GlossaryEntry("Allows a masked service to be started again."),
                "kill": GlossaryEntry("Sends a signal to a service's processes."),
                "show": GlossaryEntry(
                    "Prints a unit's properties as NAME=value lines.",
                    flags: ["-p, --property <name>": "Prints only this property."]
                ),
                "reset-failed": GlossaryEntry("Clears the failed state of units."),
                "reboot": GlossaryEntry("Restarts the machine."),
                "poweroff": GlossaryEntry("Shuts the machine down."),
            ]
        ),
        "journalctl": GlossaryEntry(
            "Reads the system log collected by systemd.",
            flags: [
                "-u, --unit <unit>": "Shows only the log of this service.",
                "-f, --follow": "Keeps printing new lines as they arrive; stop with Ctrl+C.",
                "-n, --lines <number>": "Shows only the last n lines.",
                "-e, --pager-end": "Jumps to the end of the log.",
                "-x, --catalog": "Adds explanations to some log lines.",
                "-b, --boot": "Shows only lines since the last boot.",
                "-p, --priority <level>": "Shows only lines at least this important, such as err.",
                "-S, --since <time>": "Shows lines since this time, such as \"1 hour ago\" or today.",
                "-U, --until <time>": "Shows lines before this time.",
                "-k, --dmesg": "Shows only kernel messages.",
                "-o, --output <format>": "Chooses the output format, such as short-iso, cat or json.",
                "-r, --reverse": "Shows the newest lines first.",
                "-g, --grep <pattern>": "Shows only lines matching this pattern.",
                "--no-pager": "Prints everything instead of opening a pager.",
                "--user": "Shows your user services' log.",
                "--disk-usage": "Shows how much disk space the log uses.",
                "--vacuum-size <size>": "Deletes old log files until the log is under this size.",
                "--vacuum-time <time>": "Deletes log files older than this, such as 2weeks.",
                "-t, --identifier <name>": "Shows only lines from this program name.",
            ]
        ),
    ]
}

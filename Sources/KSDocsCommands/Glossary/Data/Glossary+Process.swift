extension Glossary {
    /// Processes, memory and facts about the machine and the user.
    static let processEntries: [String: GlossaryEntry] = [
        "ps": GlossaryEntry(
            "Lists running processes.",
            flags: [
                "-e, -A": "Lists every process.",
                "-f": "Shows full details, including the whole command line.",
                "-u <user>": "Lists this user's processes.",
                "-p <pid>": "Shows this process.",
                "-o <columns>": "Chooses which columns to print.",
                "--sort <column>": "Sorts by this column, such as -%mem.",
                "--forest": "Shows which process started which, as a tree.",
            ],
            subcommands: [
                // BSD-style options without a dash are read as a sub-command.
                "aux": GlossaryEntry("Lists every process with its user, CPU and memory use.")
            ]
        ),
        "top": GlossaryEntry(
            "Shows processes live, busiest first; q quits.",
            flags: [
                "-u <user>": "Shows only this user's processes.",
                "-p <pid>": "Watches only this process.",
                "-b": "Prints plain text for scripts instead of a live screen.",
                "-n <number>": "Stops after this many updates.",
                "-d <seconds>": "Waits this long between updates.",
            ]
        ),
        "htop": GlossaryEntry(
            "A friendlier live view of processes, CPU and memory; F10 quits.",
            flags: [
                "-u, --user <user>": "Shows only this user's processes.",
                "-t, --tree": "Shows processes as a tree.",
            ]
        ),
        "kill": GlossaryEntry(
            "Sends a signal to a process by its ID, asking it to stop by default.",
            flags: [
                "-9": "Sends SIGKILL: stops the process at once; it cannot clean up.",
                "-15": "Sends SIGTERM: asks the process to stop cleanly (the default).",
                "-HUP": "Sends SIGHUP, which makes many services reload their settings.",
                "-s <signal>": "Sends this signal.",
                "-l": "Lists the signal names.",
            ]
        ),
        "pkill": GlossaryEntry(
            "Sends a signal to processes chosen by name.",
            flags: ["-f": "Matches against the whole command line, not just the name."]
        ),
        "pgrep": GlossaryEntry(
            "Prints the IDs of processes chosen by name.",
            flags: [
                "-f": "Matches against the whole command line.",
                "-a": "Also prints each command line.",
            ]
        ),
        "free": GlossaryEntry(
            "Shows how much memory and swap is used and free.",
            flags: [
                "-h, --human": "Shows sizes as Ki, Mi, Gi.",
                "-m, --mebi": "Shows sizes in megabytes.",
                "-g, --gibi": "Shows sizes in gigabytes.",
                "-s, --seconds <seconds>": "Repeats every this many seconds.",
            ]
        ),
        "uptime": GlossaryEntry("Shows how long the machine has been running and its load."),
        "watch": GlossaryEntry(
            "Runs a command again every few seconds and shows its latest output.",
            flags: [
                "-n, --interval <seconds>": "Runs it every this many seconds (default 2).",
                "-d, --differences": "Highlights what changed since the last run.",
                "-t, --no-title": "Hides the header line.",
            ],
            flagsEndAtArgument: true
        ),
        "command": GlossaryEntry(
            "A shell builtin: runs a program by name, skipping shell functions and aliases.",
            flags: [
                "-v": "Runs nothing: prints the path (or name) the command would run, and fails when there is none.",
                "-V": "Runs nothing: says in words what the name is (program, builtin, alias or function).",
                "-p": "Looks the program up on a default PATH that finds the standard tools.",
            ],
            flagsEndAtArgument: true
        ),
        "which": GlossaryEntry(
            "Prints the path of the program a command name runs.",
            flags: ["-a": "Prints every match on the PATH, not just the first."]
        ),
        "whoami": GlossaryEntry("Prints the name of the user you are logged in as."),
        "id": GlossaryEntry(
            "Prints a user's numeric ID and groups.",
            flags: [
                "-u, --user": "Prints only the user ID.",
                "-g, --group": "Prints only the main group ID.",
                "-G, --groups": "Prints all group IDs.",
                "-n, --name": "Prints names instead of numbers.",
            ]
        ),
        "uname": GlossaryEntry(
            "Prints facts about the system and its kernel.",
            flags: [
                "-a, --all": "Prints everything it knows.",
                "-r, --kernel-release": "Prints the kernel version.",
                "-m, --machine": "Prints the hardware type, such as x86_64 or aarch64.",
                "-n, --nodename": "Prints the host name.",
                "-s, --kernel-name": "Prints the kernel name.",
            ]
        ),
        "hostname": GlossaryEntry(
            "Prints the machine's name.",
            flags: [
                "-I, --all-ip-addresses": "Prints all of the machine's IP addresses.",
                "-f, --fqdn": "Prints the full domain name.",
                "-s, --short": "Prints the short name.",
            ]
        ),
        "date": GlossaryEntry(
            "Prints the current date and time, in a format you choose with +FORMAT.",
            flags: [
                "-u, --utc": "Uses UTC time.",
                "-I, --iso-8601": "Prints the date in ISO 8601 form, such as 2025-01-31.",
                "-d, --date <text>": "Shows this date instead of now, such as \"yesterday\".",
                "-R, --rfc-email": "Prints the date in email format.",
                "-s, --set <text>": "Sets the system clock.",
            ]
        ),
        "sleep": GlossaryEntry("Waits for a number of seconds (or 5m, 1h)."),
        "lsof": GlossaryEntry(
            "Lists open files and which programs hold them.",
            flags: [
                "-i <address>": "Lists network connections, such as :443.",
                "-p <pid>": "Lists what this process has open.",
                "-n": "Shows addresses as numbers.",
                "-P": "Shows ports as numbers.",
            ]
        ),
        "dmesg": GlossaryEntry(
            "Prints the kernel's messages, such as disk and hardware errors.",
            flags: [
                "-T, --ctime": "Prints readable times.",
                "-w, --follow": "Keeps printing new messages.",
                "-H, --human": "Prints in a readable, paged form.",
            ]
        ),
        "history": GlossaryEntry("Lists the commands you typed before."),
        "clear": GlossaryEntry("Clears the terminal screen."),
        "true": GlossaryEntry("Does nothing and succeeds."),
        "yes": GlossaryEntry("Prints y (or its argument) forever, to answer prompts automatically."),
    ]
}

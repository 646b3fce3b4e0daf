extension Glossary {
    /// Users, permissions, scheduling and disks: `sudo`, `usermod`, `useradd`, `passwd`,
    /// `crontab`, `mount`, `lsblk`.
    static let adminEntries: [String: GlossaryEntry] = [
        "sudo": GlossaryEntry(
            "Runs the command as the administrator (root), after asking for your password.",
            flags: [
                "-u, --user <user>": "Runs the command as this user instead of root.",
                "-g, --group <group>": "Runs the command with this group.",
                "-E, --preserve-env": "Keeps your environment variables.",
                "-H, --set-home": "Sets HOME to the target user's home folder.",
                "-i, --login": "Opens a login shell as the target user.",
                "-s, --shell": "Opens a shell as the target user.",
                "-n, --non-interactive": "Fails instead of asking for a password.",
                "-k, --reset-timestamp": "Forgets the cached password, so it asks again.",
                "-l, --list": "Lists what you are allowed to run with sudo.",
                "-v, --validate": "Refreshes the cached password without running anything.",
                "-b, --background": "Runs the command in the background.",
            ]
        ),
        "su": GlossaryEntry(
            "Switches to another user (root by default) in this terminal.",
            flags: [
                "-, -l, --login": "Starts a full login shell with that user's environment.",
                "-c, --command <command>": "Runs this one command as that user.",
                "-s, --shell <shell>": "Uses this shell.",
            ]
        ),
        "usermod": GlossaryEntry(
            "Changes an existing user account.",
            flags: [
                "-a, --append": "Adds the groups to the user's groups instead of replacing them (use with -G).",
                "-G, --groups <groups>": "Sets the user's extra groups, such as docker or sudo.",
                "-g, --gid <group>": "Sets the user's main group.",
                "-s, --shell <shell>": "Sets the user's login shell.",
                "-d, --home <dir>": "Sets the user's home folder.",
                "-m, --move-home": "Moves the home folder's contents to the new one.",
                "-L, --lock": "Locks the account's password.",
                "-U, --unlock": "Unlocks the account's password.",
                "-l, --login <name>": "Renames the user.",
            ]
        ),
        "useradd": GlossaryEntry(
            "Creates a user account.",
            flags: [
                "-m, --create-home": "Creates the user's home folder.",
                "-M, --no-create-home": "Does not create a home folder.",
                "-s, --shell <shell>": "Sets the login shell, such as /bin/bash or /usr/sbin/nologin.",
                "-G, --groups <groups>": "Adds the user to these extra groups.",
                "-g, --gid <group>": "Sets the main group.",
                "-r, --system": "Creates a system account for a service.",
                "-d, --home-dir <dir>": "Uses this home folder.",
                "-u, --uid <uid>": "Uses this numeric user ID.",
                "-c, --comment <text>": "Sets the account's description, often the full name.",
            ]
        ),
        "adduser": GlossaryEntry("Creates a user account interactively (Debian's friendly front end to useradd)."),
        "passwd": GlossaryEntry(
            "Changes a user's password (yours if no user is given).",
            flags: [
                "-l, --lock": "Locks the account's password.",
                "-u, --unlock": "Unlocks the account's password.",
                "-d, --delete": "Removes the password, so the account has none.",
                "-e, --expire": "Forces a new password at the next login.",
                "-S, --status": "Shows the password's status.",
            ]
        ),
        "groups": GlossaryEntry("Lists the groups a user belongs to."),
        "crontab": GlossaryEntry(
            "Edits or lists the scheduled jobs (cron jobs) of a user.",
            flags: [
                "-e": "Opens your scheduled jobs in an editor.",
                "-l": "Prints your scheduled jobs.",
                "-r": "Deletes all your scheduled jobs.",
                "-u <user>": "Works on this user's jobs instead of yours.",
            ]
        ),
        "mount": GlossaryEntry(
            "Attaches a disk, partition or network share to a folder, or lists what is attached.",
            flags: [
                "-a, --all": "Mounts everything listed in /etc/fstab.",
                "-t, --types <type>": "Says what file system it is, such as ext4, nfs or cifs.",
                "-o, --options <options>": "Sets mount options, such as ro or noatime.",
                "-r, --read-only": "Mounts read-only.",
                "-v, --verbose": "Prints what it does.",
            ]
        ),
        "umount": GlossaryEntry(
            "Detaches a mounted disk or share.",
            flags: [
                "-l, --lazy": "Detaches now and cleans up when no longer busy.",
                "-f, --force": "Forces the detach, for unreachable network shares.",
            ]
        ),
        "lsblk": GlossaryEntry(
            "Lists disks and partitions as a tree.",
            flags: [
                "-f, --fs": "Shows file systems, labels and UUIDs.",
                "-o, --output <columns>": "Chooses which columns to print.",
                "-a, --all": "Includes empty devices.",
                "-p, --paths": "Prints full device paths.",
                "-d, --nodeps": "Shows disks without their partitions.",
            ]
        ),
        "blkid": GlossaryEntry("Prints the UUID and file system type of each partition, for /etc/fstab."),
        "timedatectl": GlossaryEntry(
            "Shows or sets the clock, time zone and time syncing.",
            subcommands: [
                "set-timezone": GlossaryEntry("Sets the time zone, such as Europe/Berlin."),
                "status": GlossaryEntry("Shows the time, time zone and whether the clock is synced."),
            ]
        ),
        "hostnamectl": GlossaryEntry(
            "Shows or sets the machine's host name.",
            subcommands: ["set-hostname": GlossaryEntry("Sets a new host name.")]
        ),
        "reboot": GlossaryEntry("Restarts the machine."),
        "shutdown": GlossaryEntry(
            "Shuts down or restarts the machine, now or at a set time.",
            flags: [
                "-h": "Shuts down (halts).",
                "-r": "Restarts.",
                "-c": "Cancels a planned shutdown.",
            ]
        ),
    ]
}

extension Glossary {
    /// `git` and the `forgejo` server command.
    static let gitEntries: [String: GlossaryEntry] = [
        "git": GlossaryEntry(
            "Tracks the history of files in a repository and shares it with other copies.",
            flags: [
                "-C <dir>": "Runs as if started in this folder.",
                "-c <name=value>": "Sets a configuration value for this one command.",
                "--version": "Prints the Git version.",
                "--no-pager": "Prints everything instead of opening a pager.",
            ],
            subcommands: [
                "init": GlossaryEntry(
                    "Creates a new, empty repository in the current folder.",
                    flags: [
                        "-b, --initial-branch <name>": "Names the first branch.",
                        "--bare": "Creates a repository without working files, as on a server.",
                    ]
                ),
                "clone": GlossaryEntry(
                    "Copies a repository, with its whole history, to a new folder.",
                    flags: [
                        "--depth <number>": "Fetches only the last n commits.",
                        "-b, --branch <name>": "Checks out this branch instead of the default.",
                        "--recurse-submodules": "Also clones the submodules.",
                        "--bare": "Makes a copy without working files.",
                        "--mirror": "Makes an exact mirror, including all references.",
                    ]
                ),
                "status": GlossaryEntry(
                    "Shows which files changed and what is staged for the next commit.",
                    flags: [
                        "-s, --short": "Prints one short line per file.",
                        "-b, --branch": "Also shows the branch and how far it is ahead or behind.",
                        "--porcelain": "Prints a stable format for scripts.",
                    ]
                ),
                "add": GlossaryEntry(
                    "Stages changes so the next commit includes them.",
                    flags: [
                        "-A, --all": "Stages every change, including deletions and new files.",
                        "-p, --patch": "Lets you pick which parts of each file to stage.",
                        "-u, --update": "Stages changes to files Git already tracks.",
                        "-n, --dry-run": "Shows what would be staged without doing it.",
                    ]
                ),
                "commit": GlossaryEntry(
                    "Saves the staged changes as a new commit in the history.",
                    flags: [
                        "-m, --message <message>": "Uses this text as the commit message.",
                        "-a, --all": "Stages every changed tracked file first.",
                        "--amend": "Replaces the last commit instead of adding a new one.",
                        "-S, --gpg-sign": "Signs the commit.",
                        "--no-edit": "Keeps the existing message when amending.",
                        "-v, --verbose": "Shows the diff while you write the message.",
                    ]
                ),
                "push": GlossaryEntry(
                    "Sends your commits to a remote repository.",
                    flags: [
                        "-u, --set-upstream": "Remembers this remote branch for later pushes and pulls.",
                        "--force-with-lease": "Overwrites the remote branch only if nobody else pushed meanwhile.",
                        "-f, --force": "Overwrites the remote branch even if that loses commits.",
                        "--tags": "Also pushes tags.",
                        "--all": "Pushes every branch.",
                        "--mirror": "Makes the remote an exact copy of this repository.",
                        "-d, --delete": "Deletes the remote branch.",
                    ]
                ),
                "pull": GlossaryEntry(
                    "Fetches new commits from the remote and merges them into your branch.",
                    flags: [
                        "--rebase": "Replays your commits on top instead of merging.",
                        "--ff-only": "Updates only if no merge is needed.",
                    ]
                ),
                "fetch": GlossaryEntry(
                    "Downloads new commits from a remote without changing your files.",
                    flags: [
                        "--all": "Fetches from every remote.",
                        "-p, --prune": "Forgets remote branches that were deleted.",
                        "--tags": "Also fetches all tags.",
                    ]
                ),
                "log": GlossaryEntry(
                    "Shows the commit history.",
                    flags: [
                        "--oneline": "Prints one short line per commit.",
                        "--graph": "Draws the branch structure beside the commits.",
                        "--all": "Includes every branch.",
                        "-n, --max-count <number>": "Shows only the last n commits.",
                        "-p, --patch": "Shows each commit's changes.",
                        "--stat": "Shows which files each commit changed.",
                        "--since <date>": "Shows commits after this date.",
                        "--author <name>": "Shows commits by this author.",
                        "--follow": "Follows a file's history across renames.",
                    ]
                ),
                "diff": GlossaryEntry(
                    "Shows the changes between versions of files.",
                    flags: [
                        "--staged, --cached": "Shows the staged changes.",
                        "--stat": "Shows only which files changed and how much.",
                        "--name-only": "Prints only the names of changed files.",
                    ]
                ),
                "branch": GlossaryEntry(
                    "Lists, creates or deletes branches.",
                    flags: [
                        "-a, --all": "Includes remote branches.",
                        "-d, --delete": "Deletes a branch that is merged.",
                        "-D": "Deletes a branch even if it is not merged.",
                        "-m, --move": "Renames a branch.",
                        "-v, --verbose": "Shows each branch's last commit.",
                    ]
                ),
                "checkout": GlossaryEntry(
                    "Switches to another branch or restores files.",
                    flags: ["-b <branch>": "Creates this new branch and switches to it."]
                ),
                "switch": GlossaryEntry(
                    "Switches to another branch.",
                    flags: ["-c, --create <branch>": "Creates this new branch and switches to it."]
                ),
                "restore": GlossaryEntry(
                    "Throws away uncommitted changes to files.",
                    flags: ["--staged": "Unstages the files instead of changing them."]
                ),
                "merge": GlossaryEntry(
                    "Joins another branch's history into the current branch.",
                    flags: [
                        "--no-ff": "Always creates a merge commit.",
                        "--ff-only": "Merges only if no merge commit is needed.",
                        "--abort": "Gives up a merge that has conflicts.",
                    ]
                ),
                "rebase": GlossaryEntry(
                    "Replays your commits on top of another branch.",
                    flags: [
                        "-i, --interactive": "Lets you reorder, edit or squash commits.",
                        "--continue": "Carries on after you fixed a conflict.",
                        "--abort": "Gives up and goes back to before the rebase.",
                    ]
                ),
                "reset": GlossaryEntry(
                    "Moves the current branch to another commit.",
                    flags: [
                        "--hard": "Also throws away all uncommitted changes.",
                        "--soft": "Keeps the changes staged.",
                        "--mixed": "Keeps the changes but unstages them (the default).",
                    ]
                ),
                "stash": GlossaryEntry(
                    "Puts uncommitted changes aside so you can get them back later.",
                    subcommands: [
                        "pop": GlossaryEntry("Brings back the last stashed changes."),
                        "list": GlossaryEntry("Lists the stashed changes."),
                        "drop": GlossaryEntry("Deletes a stash."),
                    ]
                ),
                "remote": GlossaryEntry(
                    "Manages the remote repositories this one talks to.",
                    flags: ["-v, --verbose": "Shows the URL of each remote."],
                    subcommands: [
                        "add": GlossaryEntry("Adds a remote with a name and a URL."),
                        "remove": GlossaryEntry("Removes a remote."),
                        "set-url": GlossaryEntry("Changes a remote's URL."),
                        "rename": GlossaryEntry("Renames a remote."),
                    ]
                ),
                "tag": GlossaryEntry(
                    "Lists or creates tags: names for particular commits, such as releases.",
                    flags: [
                        "-a, --annotate": "Creates a tag with a message and author.",
                        "-m, --message <message>": "Uses this text as the tag message.",
                        "-d, --delete": "Deletes a tag.",
                    ]
                ),
                "config": GlossaryEntry(
                    "Reads or sets Git settings.",
                    flags: [
                        "--global": "Uses your personal settings for every repository.",
                        "--system": "Uses the settings for every user of this machine.",
                        "--local": "Uses this repository's settings.",
                        "-l, --list": "Lists all settings.",
                        "--unset": "Removes a setting.",
                    ]
                ),
                "show": GlossaryEntry("Shows a commit, with its message and changes."),
                "revert": GlossaryEntry("Makes a new commit that undoes an earlier one."),
                "cherry-pick": GlossaryEntry("Copies a commit from another branch onto this one."),
                "rm": GlossaryEntry(
                    "Deletes files and stages the deletion.",
                    flags: ["--cached": "Stops tracking the file but keeps it on disk."]
                ),
                "mv": GlossaryEntry("Moves or renames a file and stages the change."),
                "blame": GlossaryEntry("Shows who last changed each line of a file."),
                "submodule": GlossaryEntry(
                    "Manages repositories nested inside this one.",
                    subcommands: [
                        "update": GlossaryEntry(
                            "Checks out the recorded commit of each submodule.",
                            flags: [
                                "--init": "Sets up submodules that are not yet set up.",
                                "--recursive": "Also updates submodules inside submodules.",
                            ]
                        )
                    ]
                ),
                "lfs": GlossaryEntry("Stores large files outside the repository with Git LFS."),
                "gc": GlossaryEntry("Cleans up and compresses the repository's storage."),
                "clean": GlossaryEntry(
                    "Deletes untracked files.",
                    flags: [
                        "-f, --force": "Actually deletes (Git refuses without it).",
                        "-d": "Also deletes untracked folders.",
                        "-n, --dry-run": "Shows what would be deleted.",
                        "-x": "Also deletes ignored files.",
                    ]
                ),
            ]
        ),
        "forgejo": GlossaryEntry(
            "Runs or administers Forgejo, the self-hosted Git server.",
            flags: [
                "-c, --config <app.ini>": "Uses this configuration file.",
                "-w, --work-path <dir>": "Uses this folder as Forgejo's working folder.",
                "--custom-path <dir>": "Uses this folder for custom files.",
            ],
            subcommands: [
                "web": GlossaryEntry(
                    "Starts the Forgejo web server.",
                    flags: ["-p, --port <port>": "Listens on this port."]
                ),
                "admin": GlossaryEntry(
                    "Groups the administration commands.",
                    subcommands: [
                        "user": GlossaryEntry(
                            "Manages user accounts.",
                            subcommands: [
                                "create": GlossaryEntry(
                                    "Creates a user account.",
                                    flags: [
                                        "--username <name>": "The new user's login name.",
                                        "--email <email>": "The new user's email address.",
                                        "--password <password>":
                                            "The new user's password (prefer a placeholder in docs).",
                                        "--random-password": "Generates a random password and prints it.",
                                        "--admin": "Makes the user a site administrator.",
                                        "--must-change-password":
                                            "Makes the user choose a new password at first login.",
                                    ]
                                ),
                                "list": GlossaryEntry(
                                    "Lists user accounts.",
                                    flags: ["--admin": "Lists only administrators."]
                                ),
                                "change-password": GlossaryEntry(
                                    "Sets a new password for a user.",
                                    flags: [
                                        "-u, --username <name>": "The user whose password changes.",
                                        "-p, --password <password>": "The new password.",
                                    ]
                                ),
                                "delete": GlossaryEntry("Deletes a user account."),
                                "generate-access-token": GlossaryEntry("Creates an API access token for a user."),
                            ]
                        ),
                        "regenerate": GlossaryEntry("Rebuilds generated data such as hooks or SSH keys."),
                        "auth": GlossaryEntry("Manages login sources such as OAuth2 or LDAP."),
                    ]
                ),
                "dump": GlossaryEntry(
                    "Backs up Forgejo's repositories, database and settings into one archive.",
                    flags: [
                        "-f, --file <file>": "Writes the archive to this file.",
                        "-t, --tempdir <dir>": "Uses this folder for temporary files.",
                        "--type <format>": "Chooses the archive format, such as zip or tar.gz.",
                        "--skip-repository": "Leaves the repositories out.",
                        "--skip-log": "Leaves the log files out.",
                        "-d, --database <type>": "Writes the SQL for this database type.",
                    ]
                ),
                "doctor": GlossaryEntry(
                    "Checks Forgejo's data and settings for problems.",
                    flags: [
                        "--all": "Runs every check.",
                        "--fix": "Repairs the problems it can.",
                    ],
                    subcommands: [
                        "check": GlossaryEntry(
                            "Runs the health checks.",
                            flags: [
                                "--all": "Runs every check.",
                                "--fix": "Repairs the problems it can.",
                            ]
                        )
                    ]
                ),
                "migrate": GlossaryEntry("Updates the database structure to match this Forgejo version."),
                "manager": GlossaryEntry("Controls a running Forgejo server, such as flushing queues."),
                "generate": GlossaryEntry(
                    "Generates secrets for the configuration.",
                    subcommands: [
                        "secret": GlossaryEntry("Prints a new random secret, such as SECRET_KEY or JWT_SECRET.")
                    ]
                ),
                "actions": GlossaryEntry(
                    "Manages Forgejo Actions.",
                    subcommands: [
                        "generate-runner-token": GlossaryEntry("Creates a token to register an Actions runner.")
                    ]
                ),
            ]
        ),
    ]
}

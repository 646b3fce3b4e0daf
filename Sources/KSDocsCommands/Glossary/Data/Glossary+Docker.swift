extension Glossary {
    /// `docker`: containers, plus the object sub-commands from `Glossary+DockerObjects.swift`
    /// and `docker compose` from `Glossary+Compose.swift`.
    static var dockerEntries: [String: GlossaryEntry] {
        var subcommands = dockerContainerCommands
        subcommands.merge(dockerObjectCommands) { first, _ in first }
        subcommands["compose"] = composeEntry
        subcommands["container"] = GlossaryEntry(
            "Groups the commands that manage containers.",
            subcommands: dockerContainerCommands
        )
        return [
            "docker": GlossaryEntry(
                "Runs and manages containers: small isolated boxes that each hold one service.",
                flags: [
                    "-H, --host <address>": "Talks to the Docker engine at this address instead of the local one.",
                    "--context <name>": "Uses the named Docker context (which engine to talk to).",
                    "-v, --version": "Prints the Docker version.",
                    "-D, --debug": "Prints extra debugging information.",
                ],
                subcommands: subcommands
            )
        ]
    }

    /// Flags shared by `docker run` and `docker create`.
    static let dockerRunFlags: [String: String] = [
        "-d, --detach": "Runs the container in the background and gives you your prompt back.",
        "-i, --interactive": "Keeps the container's input open so you can type into it.",
        "-t, --tty": "Gives the container a terminal, so its output looks like a normal shell.",
        "--rm": "Deletes the container automatically when it stops.",
        "-p, --publish <host:container>": "Makes a container port reachable on a port of the host (host:container).",
        "-P, --publish-all": "Publishes every port the image declares on random host ports.",
        "--name <name>": "Gives the container a fixed name instead of a random one.",
        "-e, --env <NAME=value>": "Sets an environment variable inside the container.",
        "--env-file <file>": "Reads environment variables for the container from a file.",
        "-v, --volume <source:target>": "Mounts a host folder or named volume into the container (source:target).",
        "--mount <spec>": "Mounts a volume or host folder, written as key=value pairs.",
        "--network, --net <network>": "Connects the container to this network (`host` shares the host's network).",
        "--restart <policy>": "Says when Docker restarts the container (no, on-failure, always, unless-stopped).",
        "-w, --workdir <dir>": "Sets the folder the command starts in inside the container.",
        "-u, --user <user>": "Runs the container's process as this user (name or uid:gid).",
        "--entrypoint <command>": "Replaces the image's default entrypoint program.",
        "-l, --label <key=value>": "Attaches a label (metadata) to the container.",
        "--privileged": "Gives the container almost full access to the host; avoid unless you must.",
        "--cap-add <capability>": "Grants the container one extra Linux capability.",
        "--cap-drop <capability>": "Removes a Linux capability from the container.",
        "--hostname, -h <name>": "Sets the container's host name.",
        "--add-host <host:ip>": "Adds a line to the container's /etc/hosts.",
        "--dns <ip>": "Uses this DNS server inside the container.",
        "--memory, -m <size>": "Limits how much memory the container may use.",
        "--cpus <number>": "Limits how many CPUs the container may use.",
        "--health-cmd <command>": "Sets the command Docker runs to check the container is healthy.",
        "--pull <policy>": "Says when to pull the image first (always, missing, never).",
        "--platform <os/arch>": "Picks the image variant for this platform, such as linux/arm64.",
        "--read-only": "Makes the container's own file system read-only.",
        "--init": "Runs a tiny init process that forwards signals and reaps zombie processes.",
        "--log-driver <driver>": "Chooses where the container's logs go.",
        "--device <device>": "Gives the container access to a host device such as a GPU.",
        "--gpus <gpus>": "Gives the container access to GPUs.",
    ]

    /// Sub-commands that act on containers (`docker run`, `docker ps`, …).
    static let dockerContainerCommands: [String: GlossaryEntry] = [
        "run": GlossaryEntry(
            "Creates a new container from an image and starts it.",
            flags: dockerRunFlags,
            flagsEndAtArgument: true
        ),
        "create": GlossaryEntry(
            "Creates a new container from an image without starting it.",
            flags: dockerRunFlags,
            flagsEndAtArgument: true
        ),
        "ps": GlossaryEntry(
            "Lists running containers.",
            flags: [
                "-a, --all": "Includes stopped containers too.",
                "-q, --quiet": "Prints only the container IDs.",
                "-f, --filter <condition>": "Shows only containers matching a condition, such as name=web.",
                "--format <template>": "Chooses which columns to print, with a Go template.",
                "-s, --size": "Shows how much disk space each container uses.",
                "-n, --last <number>": "Shows the last n created containers.",
                "--no-trunc": "Prints full IDs and commands instead of shortening them.",
            ]
        ),
        "logs": GlossaryEntry(
            "Shows what a container has printed (its log).",
            flags: [
                "-f, --follow": "Keeps printing new log lines as they arrive; stop with Ctrl+C.",
                "--tail, -n <lines>": "Shows only the last n lines.",
                "--since <time>": "Shows only lines since this time, such as 10m or 2024-01-31.",
                "--until <time>": "Shows only lines before this time.",
                "-t, --timestamps": "Prints the time of each line.",
            ]
        ),
        "exec": GlossaryEntry(
            "Runs a command inside a container that is already running.",
            flags: [
                "-i, --interactive": "Keeps input open so you can type into the command.",
                "-t, --tty": "Gives the command a terminal.",
                "-d, --detach": "Runs the command in the background.",
                "-u, --user <user>": "Runs the command as this user inside the container.",
                "-e, --env <NAME=value>": "Sets an environment variable for the command.",
                "-w, --workdir <dir>": "Runs the command in this folder inside the container.",
                "--privileged": "Gives the command extra privileges.",
            ],
            flagsEndAtArgument: true
        ),
        "inspect": GlossaryEntry(
            "Prints every detail Docker knows about a container, image, network or volume, as JSON.",
            flags: [
                "-f, --format <template>": "Prints only the part you ask for, with a Go template.",
                "--type <type>": "Says what kind of object the name refers to.",
                "-s, --size": "Includes file sizes.",
            ]
        ),
        "stop": GlossaryEntry(
            "Stops running containers gracefully.",
            flags: ["-t, --time <seconds>": "Waits this many seconds before forcing the stop."]
        ),
        "start": GlossaryEntry(
            "Starts stopped containers.",
            flags: [
                "-a, --attach": "Shows the container's output in your terminal.",
                "-i, --interactive": "Connects your input to the container.",
            ]
        ),
        "restart": GlossaryEntry(
            "Stops and starts containers again.",
            flags: ["-t, --time <seconds>": "Waits this many seconds before forcing the stop."]
        ),
        "rm": GlossaryEntry(
            "Deletes stopped containers.",
            flags: [
                "-f, --force": "Stops the container first if it is running, then deletes it.",
                "-v, --volumes": "Also deletes the anonymous volumes the container used.",
            ]
        ),
        "kill": GlossaryEntry(
            "Stops containers immediately, without a graceful shutdown.",
            flags: ["-s, --signal <signal>": "Sends this signal instead of SIGKILL."]
        ),
        "cp": GlossaryEntry(
            "Copies files between a container and the host (container:path for the container side).",
            flags: [
                "-a, --archive": "Keeps owners and permissions.",
                "-L, --follow-link": "Copies the file a symbolic link points to.",
            ]
        ),
        "stats": GlossaryEntry(
            "Shows live CPU, memory and network use of containers.",
            flags: [
                "--no-stream": "Prints one snapshot instead of updating live.",
                "-a, --all": "Includes stopped containers.",
                "--format <template>": "Chooses which columns to print.",
            ]
        ),
        "top": GlossaryEntry("Lists the processes running inside a container."),
        "attach": GlossaryEntry("Connects your terminal to a running container's main process."),
        "pause": GlossaryEntry("Freezes all processes in a container."),
        "unpause": GlossaryEntry("Resumes a paused container."),
        "rename": GlossaryEntry("Gives a container a new name."),
        "port": GlossaryEntry("Shows which host ports a container's ports are published on."),
        "wait": GlossaryEntry("Waits until containers stop and prints their exit codes."),
        "diff": GlossaryEntry("Shows files changed inside a container since it was created."),
        "update": GlossaryEntry(
            "Changes settings, such as limits or the restart policy, of existing containers.",
            flags: [
                "--restart <policy>": "Sets a new restart policy.",
                "--memory, -m <size>": "Sets a new memory limit.",
                "--cpus <number>": "Sets a new CPU limit.",
            ]
        ),
        "commit": GlossaryEntry("Saves a container's current state as a new image."),
        "events": GlossaryEntry(
            "Prints what happens in Docker (containers starting, dying, …) as it happens.",
            flags: [
                "-f, --filter <condition>": "Shows only matching events.",
                "--since <time>": "Shows events since this time.",
            ]
        ),
        "version": GlossaryEntry("Prints the versions of the Docker client and engine."),
        "info": GlossaryEntry("Prints a summary of the Docker engine: containers, images, storage and more."),
        "login": GlossaryEntry(
            "Signs in to an image registry so you can pull private images or push.",
            flags: [
                "-u, --username <user>": "The user name to sign in with.",
                "--password-stdin": "Reads the password from input instead of the command line.",
            ]
        ),
        "logout": GlossaryEntry("Signs out of an image registry."),
    ]
}

extension Glossary {
    /// `docker-compose`, the older stand-alone spelling of `docker compose`.
    static var composeEntries: [String: GlossaryEntry] {
        var legacy = composeEntry
        legacy.summary = "The older stand-alone form of docker compose: runs the services of a compose file."
        return ["docker-compose": legacy]
    }

    /// `docker compose`: the services of a `compose.yml` / `docker-compose.yml` as one app.
    static let composeEntry = GlossaryEntry(
        "Runs a group of containers described in a compose file (compose.yml) as one app.",
        flags: [
            "-f, --file <compose.yml>": "Uses this compose file instead of the one in the current folder.",
            "-p, --project-name <name>": "Names the project (the prefix of its containers and networks).",
            "--profile <profile>": "Also includes the services that belong to this profile.",
            "--env-file <file>": "Reads the variables used in the compose file from this file.",
            "--project-directory <dir>": "Treats this folder as the project's working folder.",
            "--ansi <when>": "Says when to use colours (never, always, auto).",
        ],
        subcommands: [
            "up": GlossaryEntry(
                "Creates and starts the services, building or pulling images if needed.",
                flags: [
                    "-d, --detach": "Runs the services in the background and gives you your prompt back.",
                    "--build": "Rebuilds images before starting.",
                    "--force-recreate": "Recreates the containers even if nothing changed.",
                    "--no-deps": "Does not start the services this one depends on.",
                    "--remove-orphans": "Removes containers of services no longer in the compose file.",
                    "--pull <policy>": "Says when to pull images first (always, missing, never).",
                    "--wait": "Waits until the services are running and healthy.",
                    "--scale <service=number>": "Runs this many containers of a service.",
                    "--no-recreate": "Keeps existing containers even if their settings changed.",
                    "-V, --renew-anon-volumes": "Recreates anonymous volumes instead of reusing their data.",
                    "--abort-on-container-exit": "Stops everything when any container stops.",
                ]
            ),
            "down": GlossaryEntry(
                "Stops the services and removes their containers and networks.",
                flags: [
                    "-v, --volumes": "Also deletes the volumes and the data in them.",
                    "--rmi <all|local>": "Also deletes the images the services used.",
                    "--remove-orphans": "Removes containers of services no longer in the compose file.",
                    "-t, --timeout <seconds>": "Waits this many seconds for a graceful stop.",
                ]
            ),
            "ps": GlossaryEntry(
                "Lists the containers of this project and their state.",
                flags: [
                    "-a, --all": "Includes stopped containers.",
                    "-q, --quiet": "Prints only the container IDs.",
                    "--services": "Prints only the service names.",
                    "--format <format>": "Chooses the output format, such as table or json.",
                ]
            ),
            "logs": GlossaryEntry(
                "Shows what the services' containers have printed.",
                flags: [
                    "-f, --follow": "Keeps printing new log lines as they arrive; stop with Ctrl+C.",
                    "--tail, -n <lines>": "Shows only the last n lines of each container.",
                    "--since <time>": "Shows only lines since this time, such as 10m.",
                    "-t, --timestamps": "Prints the time of each line.",
                    "--no-color": "Prints without colours.",
                ]
            ),
            "pull": GlossaryEntry(
                "Downloads the newest images for the services.",
                flags: [
                    "-q, --quiet": "Prints less progress output.",
                    "--ignore-pull-failures": "Carries on when an image cannot be pulled.",
                ]
            ),
            "restart": GlossaryEntry(
                "Restarts the services' containers without applying compose file changes.",
                flags: ["-t, --timeout <seconds>": "Waits this many seconds for a graceful stop."]
            ),
            "exec": GlossaryEntry(
                "Runs a command inside a running service container.",
                flags: [
                    "-T, --no-TTY": "Does not give the command a terminal (useful in scripts and pipes).",
                    "-u, --user <user>": "Runs the command as this user.",
                    "-e, --env <NAME=value>": "Sets an environment variable for the command.",
                    "-w, --workdir <dir>": "Runs the command in this folder.",
                    "-d, --detach": "Runs the command in the background.",
                    "--index <number>": "Picks which container when the service has several.",
                ],
                flagsEndAtArgument: true
            ),
            "run": GlossaryEntry(
                "Starts a one-off container for a service to run a single command.",
                flags: [
                    "--rm": "Deletes the container when the command ends.",
                    "-d, --detach": "Runs in the background.",
                    "-e, --env <NAME=value>": "Sets an environment variable.",
                    "--no-deps": "Does not start the services this one depends on.",
                    "-T, --no-TTY": "Does not give the command a terminal.",
                    "-u, --user <user>": "Runs as this user.",
                    "--entrypoint <command>": "Replaces the image's entrypoint.",
                    "-p, --publish <host:container>": "Publishes a port for this run.",
                    "--service-ports": "Publishes the ports the service defines.",
                    "-v, --volume <source:target>": "Mounts an extra volume for this run.",
                ],
                flagsEndAtArgument: true
            ),
            "config": GlossaryEntry(
                "Checks the compose file and prints it with every variable filled in.",
                flags: [
                    "-q, --quiet": "Only checks the file; prints nothing when it is valid.",
                    "--services": "Prints only the service names.",
                    "--volumes": "Prints only the volume names.",
                    "--format <format>": "Prints as yaml or json.",
                ]
            ),
            "build": GlossaryEntry(
                "Builds the images of services that have a build section.",
                flags: [
                    "--no-cache": "Rebuilds every step instead of reusing cached layers.",
                    "--pull": "Downloads newer base images first.",
                    "--build-arg <NAME=value>": "Passes a build-time variable.",
                    "-q, --quiet": "Prints less output.",
                ]
            ),
            "stop": GlossaryEntry(
                "Stops the services' containers without removing them.",
                flags: ["-t, --timeout <seconds>": "Waits this many seconds for a graceful stop."]
            ),
            "start": GlossaryEntry("Starts the services' existing, stopped containers."),
            "ls": GlossaryEntry(
                "Lists the compose projects on this machine.",
                flags: ["-a, --all": "Includes stopped projects."]
            ),
            "rm": GlossaryEntry(
                "Removes the services' stopped containers.",
                flags: [
                    "-f, --force": "Does not ask for confirmation.",
                    "-s, --stop": "Stops the containers first if they are running.",
                    "-v, --volumes": "Also removes their anonymous volumes.",
                ]
            ),
            "images": GlossaryEntry("Lists the images the services' containers use."),
            "top": GlossaryEntry("Lists the processes running in the services' containers."),
            "kill": GlossaryEntry("Stops the services' containers immediately."),
            "pause": GlossaryEntry("Freezes the services' containers."),
            "unpause": GlossaryEntry("Resumes paused service containers."),
            "cp": GlossaryEntry("Copies files between a service container and the host."),
            "port": GlossaryEntry("Shows which host port a service's port is published on."),
            "events": GlossaryEntry("Prints the services' container events as they happen."),
            "version": GlossaryEntry("Prints the Compose version."),
            "watch": GlossaryEntry("Rebuilds or syncs services when their files change."),
            "create": GlossaryEntry("Creates the services' containers without starting them."),
        ]
    )
}

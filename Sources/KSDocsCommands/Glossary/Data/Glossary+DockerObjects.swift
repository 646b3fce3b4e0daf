extension Glossary {
    /// `docker` sub-commands for images, networks, volumes, builds and clean-up.
    static let dockerObjectCommands: [String: GlossaryEntry] = [
        "images": GlossaryEntry(
            "Lists the images downloaded or built on this machine.",
            flags: [
                "-a, --all": "Includes intermediate images.",
                "-q, --quiet": "Prints only the image IDs.",
                "-f, --filter <condition>": "Shows only matching images, such as dangling=true.",
                "--digests": "Shows each image's content digest.",
                "--format <template>": "Chooses which columns to print.",
            ]
        ),
        "pull": GlossaryEntry(
            "Downloads an image from a registry such as Docker Hub.",
            flags: [
                "-a, --all-tags": "Downloads every tag of the image.",
                "--platform <os/arch>": "Downloads the variant for this platform.",
                "-q, --quiet": "Prints less progress output.",
            ]
        ),
        "push": GlossaryEntry("Uploads an image to a registry."),
        "tag": GlossaryEntry("Gives an image another name (tag), such as a registry path or version."),
        "rmi": GlossaryEntry(
            "Deletes images from this machine.",
            flags: ["-f, --force": "Deletes the image even if containers or tags still use it."]
        ),
        "build": GlossaryEntry(
            "Builds an image from a Dockerfile and the files in a folder.",
            flags: [
                "-t, --tag <name:tag>": "Names the image it builds.",
                "-f, --file <Dockerfile>": "Uses this Dockerfile instead of ./Dockerfile.",
                "--build-arg <NAME=value>": "Passes a build-time variable to the Dockerfile.",
                "--no-cache": "Rebuilds every step instead of reusing cached layers.",
                "--pull": "Downloads a newer base image first if there is one.",
                "--target <stage>": "Builds only up to this stage of a multi-stage Dockerfile.",
                "--platform <os/arch>": "Builds for this platform, such as linux/arm64.",
                "-q, --quiet": "Prints only the new image ID.",
                "--progress <type>": "Chooses how build progress is shown (auto, plain, tty).",
            ]
        ),
        "save": GlossaryEntry(
            "Writes images to a tar archive so they can be copied to another machine.",
            flags: ["-o, --output <file>": "Writes the archive to this file."]
        ),
        "load": GlossaryEntry(
            "Reads images from a tar archive made by docker save.",
            flags: ["-i, --input <file>": "Reads the archive from this file."]
        ),
        "history": GlossaryEntry("Shows the layers an image was built from."),
        "search": GlossaryEntry("Searches Docker Hub for images."),
        "image": GlossaryEntry(
            "Groups the commands that manage images.",
            subcommands: [
                "ls": GlossaryEntry("Lists images."),
                "prune": GlossaryEntry(
                    "Deletes unused images.",
                    flags: [
                        "-a, --all": "Deletes every image no container uses, not only untagged ones.",
                        "-f, --force": "Does not ask for confirmation.",
                    ]
                ),
                "rm": GlossaryEntry("Deletes images."),
                "inspect": GlossaryEntry("Prints every detail of an image as JSON."),
                "pull": GlossaryEntry("Downloads an image from a registry."),
                "history": GlossaryEntry("Shows the layers an image was built from."),
            ]
        ),
        "network": GlossaryEntry(
            "Groups the commands that manage Docker networks, which let containers reach each other.",
            subcommands: [
                "ls": GlossaryEntry("Lists Docker networks."),
                "create": GlossaryEntry(
                    "Creates a new Docker network.",
                    flags: [
                        "-d, --driver <driver>": "Chooses the network type, such as bridge or overlay.",
                        "--subnet <cidr>": "Sets the network's address range.",
                        "--gateway <ip>": "Sets the network's gateway address.",
                        "--internal": "Cuts the network off from the outside world.",
                        "--attachable": "Lets standalone containers join the network.",
                    ]
                ),
                "inspect": GlossaryEntry("Prints a network's details, including the containers on it."),
                "connect": GlossaryEntry(
                    "Connects a running container to a network.",
                    flags: ["--alias <name>": "Gives the container an extra name on this network."]
                ),
                "disconnect": GlossaryEntry("Disconnects a container from a network."),
                "rm": GlossaryEntry("Deletes networks."),
                "prune": GlossaryEntry(
                    "Deletes every network no container uses.",
                    flags: ["-f, --force": "Does not ask for confirmation."]
                ),
            ]
        ),
        "volume": GlossaryEntry(
            "Groups the commands that manage volumes: storage that outlives containers.",
            subcommands: [
                "ls": GlossaryEntry(
                    "Lists volumes.",
                    flags: ["-f, --filter <condition>": "Shows only matching volumes, such as dangling=true."]
                ),
                "create": GlossaryEntry("Creates a named volume."),
                "inspect": GlossaryEntry("Prints a volume's details, including where its data lives on the host."),
                "rm": GlossaryEntry(
                    "Deletes volumes and the data in them.",
                    flags: ["-f, --force": "Deletes without asking."]
                ),
                "prune": GlossaryEntry(
                    "Deletes volumes no container uses, and their data.",
                    flags: [
                        "-a, --all": "Includes named volumes, not only anonymous ones.",
                        "-f, --force": "Does not ask for confirmation.",
                    ]
                ),
            ]
        ),
        "system": GlossaryEntry(
            "Groups the commands about the Docker engine as a whole.",
            subcommands: [
                "prune": GlossaryEntry(
                    "Deletes stopped containers, unused networks, dangling images and the build cache.",
                    flags: [
                        "-a, --all": "Also deletes every image no container uses.",
                        "--volumes": "Also deletes unused volumes and their data.",
                        "-f, --force": "Does not ask for confirmation.",
                        "--filter <condition>": "Deletes only what matches, such as until=24h.",
                    ]
                ),
                "df": GlossaryEntry(
                    "Shows how much disk space images, containers and volumes use.",
                    flags: ["-v, --verbose": "Lists every item."]
                ),
                "info": GlossaryEntry("Prints a summary of the Docker engine."),
                "events": GlossaryEntry("Prints Docker events as they happen."),
            ]
        ),
        "builder": GlossaryEntry(
            "Groups the commands that manage the build cache.",
            subcommands: [
                "prune": GlossaryEntry(
                    "Deletes the build cache.",
                    flags: [
                        "-a, --all": "Deletes all of it, not only unused parts.",
                        "-f, --force": "Does not ask for confirmation.",
                    ]
                )
            ]
        ),
        "buildx": GlossaryEntry(
            "Builds images with BuildKit, including for other CPU types.",
            subcommands: [
                "build": GlossaryEntry(
                    "Builds an image with BuildKit.",
                    flags: [
                        "-t, --tag <name:tag>": "Names the image it builds.",
                        "--platform <os/arch>": "Builds for these platforms, such as linux/amd64,linux/arm64.",
                        "--push": "Uploads the result to the registry.",
                        "--load": "Loads the result into the local image list.",
                    ]
                ),
                "ls": GlossaryEntry("Lists builder instances."),
            ]
        ),
        "context": GlossaryEntry(
            "Groups the commands that switch between Docker engines, such as a remote host.",
            subcommands: [
                "ls": GlossaryEntry("Lists contexts."),
                "use": GlossaryEntry("Makes a context the default."),
                "create": GlossaryEntry(
                    "Creates a context.",
                    flags: ["--docker <endpoint>": "Says how to reach the engine, such as host=ssh://user@host."]
                ),
            ]
        ),
    ]
}

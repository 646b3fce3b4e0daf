extension Glossary {
    /// Shell built-ins and wrappers: `env`, `export`, `source`, `time`, `nohup`, `exec`, …
    static let shellEntries: [String: GlossaryEntry] = [
        "env": GlossaryEntry(
            "Prints the environment variables, or runs a command with changed ones.",
            flags: [
                "-i, --ignore-environment": "Starts with an empty environment.",
                "-u, --unset <name>": "Removes this variable from the environment.",
                "-C, --chdir <dir>": "Runs the command in this folder.",
            ]
        ),
        "export": GlossaryEntry(
            "Sets an environment variable for this shell and the programs it starts (NAME=value).",
            flags: [
                "-p": "Lists the exported variables.",
                "-n": "Stops exporting the variable.",
            ]
        ),
        "unset": GlossaryEntry("Removes a shell variable."),
        "source": GlossaryEntry("Runs a file's commands in the current shell, so its variables stay set."),
        ".": GlossaryEntry("Runs a file's commands in the current shell (the same as source)."),
        "time": GlossaryEntry(
            "Runs the command and then reports how long it took.",
            flags: ["-p": "Prints the times in a simple, portable format."]
        ),
        "nohup": GlossaryEntry("Keeps the command running after you log out; output goes to nohup.out."),
        "exec": GlossaryEntry(
            "Replaces the current shell with the command, or changes the shell's redirections.",
            flags: ["-a <name>": "Runs the command under this name."]
        ),
        "alias": GlossaryEntry("Creates a short name for a longer command."),
        "set": GlossaryEntry(
            "Changes shell options, such as stopping a script at the first error.",
            flags: [
                "-e": "Stops the script as soon as a command fails.",
                "-u": "Treats unset variables as an error.",
                "-x": "Prints each command before running it.",
                "-o <option>": "Turns on a named option, such as pipefail.",
            ]
        ),
        "bash": GlossaryEntry(
            "Starts the Bash shell, or runs a script with it.",
            flags: [
                "-c <command>": "Runs this command string.",
                "-x": "Prints each command before running it.",
                "-n": "Checks the script for syntax errors without running it.",
                "-l, --login": "Starts a login shell.",
                "-s": "Reads the commands from its input.",
            ]
        ),
        "sh": GlossaryEntry(
            "Starts the basic POSIX shell, or runs a script with it.",
            flags: [
                "-c <command>": "Runs this command string.",
                "-x": "Prints each command before running it.",
                "-s": "Reads the commands from its input.",
            ]
        ),
        "read": GlossaryEntry(
            "Reads a line of input into a variable.",
            flags: [
                "-r": "Keeps backslashes as they are.",
                "-s": "Hides what you type, for passwords.",
                "-p <prompt>": "Shows this prompt first.",
            ]
        ),
        "test": GlossaryEntry("Checks a condition, such as whether a file exists (-f file)."),
        "exit": GlossaryEntry("Ends the shell or script, with an exit code."),
        "man": GlossaryEntry("Opens the manual page of a command."),
    ]
}

extension Glossary {
    /// Files, folders, ownership and disk space.
    static let fileEntries: [String: GlossaryEntry] = [
        "ls": GlossaryEntry(
            "Lists the files in a folder.",
            flags: [
                "-l": "Shows details: permissions, owner, size and date.",
                "-a, --all": "Includes hidden files (names starting with a dot).",
                "-A, --almost-all": "Includes hidden files but not . and ..",
                "-h, --human-readable": "Shows sizes as K, M, G.",
                "-t": "Sorts by time, newest first.",
                "-r, --reverse": "Reverses the order.",
                "-S": "Sorts by size, largest first.",
                "-R, --recursive": "Also lists everything in subfolders.",
                "-d, --directory": "Lists folders themselves, not their contents.",
                "-i, --inode": "Shows each file's inode number.",
                "-n, --numeric-uid-gid": "Shows owner and group as numbers.",
                "-1": "Lists one file per line.",
                "--color <when>": "Says when to colour the output.",
            ]
        ),
        "cd": GlossaryEntry("Changes the current folder (cd - goes back, cd alone goes home)."),
        "pwd": GlossaryEntry("Prints the current folder."),
        "cat": GlossaryEntry(
            "Prints the contents of files.",
            flags: [
                "-n, --number": "Numbers the lines.",
                "-A, --show-all": "Shows invisible characters such as tabs and line ends.",
            ]
        ),
        "less": GlossaryEntry(
            "Shows a file one screen at a time; q quits, / searches.",
            flags: [
                "-N, --LINE-NUMBERS": "Shows line numbers.",
                "-S, --chop-long-lines": "Cuts long lines instead of wrapping them.",
                "-R, --RAW-CONTROL-CHARS": "Shows colours instead of escape codes.",
                "+F": "Keeps showing new lines as the file grows, like tail -f.",
            ]
        ),
        "head": GlossaryEntry(
            "Prints the first lines of a file (10 by default).",
            flags: [
                "-n, --lines <number>": "Prints this many lines.",
                "-c, --bytes <number>": "Prints this many bytes.",
            ]
        ),
        "tail": GlossaryEntry(
            "Prints the last lines of a file (10 by default).",
            flags: [
                "-n, --lines <number>": "Prints this many lines (+n starts at line n).",
                "-f, --follow": "Keeps printing new lines as they are added; stop with Ctrl+C.",
                "-F": "Follows the file even if it is replaced, as with rotated logs.",
                "-c, --bytes <number>": "Prints this many bytes.",
            ]
        ),
        "find": GlossaryEntry(
            "Searches a folder tree for files matching conditions.",
            flags: [
                "-name <pattern>": "Matches file names against this pattern, such as '*.yml'.",
                "-iname <pattern>": "Matches names ignoring upper and lower case.",
                "-type <type>": "Matches this kind: f for files, d for folders, l for links.",
                "-path <pattern>": "Matches the whole path against this pattern.",
                "-mtime <days>": "Matches files changed this many days ago (+7 means more than 7).",
                "-mmin <minutes>": "Matches files changed this many minutes ago.",
                "-size <size>": "Matches files of this size, such as +100M.",
                "-user <user>": "Matches files owned by this user.",
                "-perm <mode>": "Matches files with these permissions.",
                "-maxdepth <levels>": "Goes at most this many folders deep.",
                "-mindepth <levels>": "Skips the first levels.",
                "-newer <file>": "Matches files changed more recently than this one.",
                "-empty": "Matches empty files and folders.",
                "-exec <command>":
                    "Runs this command on each match; {} stands for the file, and it ends with \\; or +.",
                "-delete": "Deletes each match; try without it first.",
                "-print": "Prints each match.",
                "-print0": "Prints matches separated by a null byte, for xargs -0.",
                "-not": "Inverts the next condition.",
                "-o, -or": "Matches either condition.",
                "-L": "Follows symbolic links.",
            ]
        ),
        "cp": GlossaryEntry(
            "Copies files or folders.",
            flags: [
                "-r, -R, --recursive": "Copies folders and everything in them.",
                "-a, --archive": "Copies everything and keeps permissions, owners and times.",
                "-p": "Keeps permissions, owners and times.",
                "-i, --interactive": "Asks before overwriting.",
                "-n, --no-clobber": "Never overwrites existing files.",
                "-v, --verbose": "Prints each file it copies.",
                "-f, --force": "Overwrites without asking.",
                "-u, --update": "Copies only when the source is newer.",
            ]
        ),
        "mv": GlossaryEntry(
            "Moves or renames files and folders.",
            flags: [
                "-i, --interactive": "Asks before overwriting.",
                "-n, --no-clobber": "Never overwrites existing files.",
                "-f, --force": "Overwrites without asking.",
                "-v, --verbose": "Prints each move.",
            ]
        ),
        "rm": GlossaryEntry(
            "Deletes files for good; there is no recycle bin.",
            flags: [
                "-r, -R, --recursive": "Deletes folders and everything in them.",
                "-f, --force": "Never asks and ignores missing files; double-check the path.",
                "-i": "Asks before each deletion.",
                "-v, --verbose": "Prints each file it deletes.",
                "-d, --dir": "Deletes empty folders.",
            ]
        ),
        "rmdir": GlossaryEntry("Deletes empty folders."),
        "mkdir": GlossaryEntry(
            "Creates folders.",
            flags: [
                "-p, --parents": "Also creates missing parent folders, and is fine if the folder exists.",
                "-m, --mode <mode>": "Sets the new folder's permissions.",
                "-v, --verbose": "Prints each folder it creates.",
            ]
        ),
        "touch": GlossaryEntry("Creates an empty file, or updates the time of an existing one."),
        "ln": GlossaryEntry(
            "Creates a link to a file or folder.",
            flags: [
                "-s, --symbolic": "Creates a symbolic link (a shortcut) rather than a hard link.",
                "-f, --force": "Replaces an existing file at the link's path.",
                "-n, --no-dereference": "Treats an existing link to a folder as a file.",
                "-v, --verbose": "Prints each link it creates.",
            ]
        ),
        "chown": GlossaryEntry(
            "Changes which user (and group) owns files, written user:group.",
            flags: [
                "-R, --recursive": "Also changes everything inside folders.",
                "-h, --no-dereference": "Changes a symbolic link itself, not what it points to.",
                "-v, --verbose": "Prints each file it changes.",
                "--reference <file>": "Copies the owner from this file.",
            ]
        ),
        "chgrp": GlossaryEntry(
            "Changes which group owns files.",
            flags: ["-R, --recursive": "Also changes everything inside folders."]
        ),
        "chmod": GlossaryEntry(
            "Changes who may read, write or run files (for example 644, 755, u+x).",
            flags: [
                "-R, --recursive": "Also changes everything inside folders.",
                "-v, --verbose": "Prints each file it changes.",
                "+x": "Makes the file executable (runnable as a program).",
                "-x": "Makes the file no longer executable.",
                "--reference <file>": "Copies the permissions from this file.",
            ]
        ),
        "stat": GlossaryEntry(
            "Shows a file's details: size, permissions, owner and times.",
            flags: [
                "-c, --format <format>": "Prints only the fields you ask for, such as %a for the permissions.",
                "-L, --dereference": "Follows symbolic links.",
                "-f, --file-system": "Shows details of the file system instead.",
            ]
        ),
        "df": GlossaryEntry(
            "Shows how full each disk is.",
            flags: [
                "-h, --human-readable": "Shows sizes as K, M, G.",
                "-T, --print-type": "Shows each file system's type.",
                "-i, --inodes": "Shows inode use instead of space.",
                "-x, --exclude-type <type>": "Leaves out file systems of this type, such as tmpfs.",
            ]
        ),
        "du": GlossaryEntry(
            "Shows how much disk space files and folders take.",
            flags: [
                "-h, --human-readable": "Shows sizes as K, M, G.",
                "-s, --summarize": "Prints one total per argument instead of every subfolder.",
                "-a, --all": "Includes files, not only folders.",
                "-c, --total": "Adds a grand total.",
                "-d, --max-depth <levels>": "Goes at most this many folders deep.",
                "-x, --one-file-system": "Stays on one disk.",
            ]
        ),
        "realpath": GlossaryEntry("Prints the full, absolute path of a file."),
        "file": GlossaryEntry("Guesses what kind of data a file holds."),
        "tree": GlossaryEntry(
            "Shows a folder and its contents as a tree.",
            flags: [
                "-L <levels>": "Goes at most this many folders deep.",
                "-a": "Includes hidden files.",
                "-d": "Shows folders only.",
            ]
        ),
        "nano": GlossaryEntry("Opens a file in nano, a simple text editor (Ctrl+O saves, Ctrl+X quits)."),
        "vim": GlossaryEntry("Opens a file in the vim text editor (:wq saves and quits)."),
    ]
}

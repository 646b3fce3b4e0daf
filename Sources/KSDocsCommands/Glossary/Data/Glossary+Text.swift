extension Glossary {
    /// Text tools: searching, printing, editing, sorting, counting and JSON.
    static let textEntries: [String: GlossaryEntry] = [
        "grep": GlossaryEntry(
            "Prints the lines that match a pattern.",
            flags: [
                "-i, --ignore-case": "Ignores upper and lower case.",
                "-v, --invert-match": "Prints the lines that do not match.",
                "-r, --recursive": "Searches every file in a folder and its subfolders.",
                "-R, --dereference-recursive": "Searches folders recursively, following links.",
                "-n, --line-number": "Shows the line number of each match.",
                "-l, --files-with-matches": "Prints only the names of files that match.",
                "-c, --count": "Prints how many lines match.",
                "-E, --extended-regexp": "Uses extended regular expressions, such as a|b.",
                "-F, --fixed-strings": "Treats the pattern as plain text, not a regular expression.",
                "-w, --word-regexp": "Matches whole words only.",
                "-o, --only-matching": "Prints only the matching part of each line.",
                "-q, --quiet": "Prints nothing; the exit code says whether anything matched.",
                "-A, --after-context <lines>": "Also prints this many lines after each match.",
                "-B, --before-context <lines>": "Also prints this many lines before each match.",
                "-C, --context <lines>": "Also prints this many lines around each match.",
                "-e, --regexp <pattern>": "Uses this pattern (can be given several times).",
                "-h, --no-filename": "Leaves out file names.",
                "-H, --with-filename": "Prints the file name with each match.",
                "-s, --no-messages": "Hides errors about unreadable files.",
                "--color <when>": "Says when to highlight matches.",
                "--include <glob>": "Searches only files matching this pattern.",
                "--exclude <glob>": "Skips files matching this pattern.",
                "--exclude-dir <glob>": "Skips folders matching this pattern.",
            ]
        ),
        "echo": GlossaryEntry(
            "Prints its arguments as one line of text.",
            flags: [
                "-n": "Leaves out the newline at the end.",
                "-e": "Understands escapes such as \\n and \\t.",
            ]
        ),
        "printf": GlossaryEntry("Prints text using a format, like echo with more control."),
        "tee": GlossaryEntry(
            "Copies its input both to the screen and to files, handy with sudo to write root-owned files.",
            flags: ["-a, --append": "Adds to the end of the files instead of replacing them."]
        ),
        "sed": GlossaryEntry(
            "Edits text as it streams through, such as find-and-replace with s/old/new/.",
            flags: [
                "-i, --in-place": "Changes the file itself instead of printing the result.",
                "-n, --quiet": "Prints only lines you ask for with p.",
                "-e, --expression <script>": "Runs this editing command.",
                "-E, -r, --regexp-extended": "Uses extended regular expressions.",
                "-f, --file <script>": "Reads the editing commands from this file.",
            ]
        ),
        "awk": GlossaryEntry(
            "Processes text column by column; {print $1} prints the first column.",
            flags: [
                "-F <separator>": "Splits columns on this character instead of spaces.",
                "-v <name=value>": "Sets an awk variable.",
                "-f <file>": "Reads the awk program from this file.",
            ]
        ),
        "sort": GlossaryEntry(
            "Sorts lines.",
            flags: [
                "-n, --numeric-sort": "Sorts by number rather than as text.",
                "-r, --reverse": "Sorts in reverse order.",
                "-h, --human-numeric-sort": "Sorts sizes such as 2K and 1G correctly.",
                "-u, --unique": "Leaves out duplicate lines.",
                "-k, --key <field>": "Sorts by this column.",
                "-t, --field-separator <char>": "Splits columns on this character.",
                "-V, --version-sort": "Sorts version numbers such as 1.10 after 1.9.",
            ]
        ),
        "uniq": GlossaryEntry(
            "Removes repeated neighbouring lines (sort first to remove all duplicates).",
            flags: [
                "-c, --count": "Prefixes each line with how often it occurred.",
                "-d, --repeated": "Prints only repeated lines.",
                "-u, --unique": "Prints only lines that are not repeated.",
            ]
        ),
        "wc": GlossaryEntry(
            "Counts lines, words and bytes.",
            flags: [
                "-l, --lines": "Counts lines only.",
                "-w, --words": "Counts words only.",
                "-c, --bytes": "Counts bytes only.",
                "-m, --chars": "Counts characters only.",
            ]
        ),
        "xargs": GlossaryEntry(
            "Runs a command with the lines of its input as arguments.",
            flags: [
                "-0, --null": "Expects input separated by null bytes (from find -print0).",
                "-n, --max-args <number>": "Passes at most this many arguments per run.",
                "-I <placeholder>": "Runs once per line, putting the line where the placeholder (often {}) is.",
                "-P, --max-procs <number>": "Runs this many commands at once.",
                "-r, --no-run-if-empty": "Does not run the command when there is no input.",
                "-t, --verbose": "Prints each command before running it.",
            ],
            flagsEndAtArgument: true
        ),
        "cut": GlossaryEntry(
            "Prints selected columns or characters of each line.",
            flags: [
                "-d, --delimiter <char>": "Splits columns on this character.",
                "-f, --fields <list>": "Prints these columns, such as 1,3.",
                "-c, --characters <list>": "Prints these character positions.",
            ]
        ),
        "tr": GlossaryEntry(
            "Replaces or deletes characters.",
            flags: ["-d, --delete": "Deletes the listed characters."]
        ),
        "diff": GlossaryEntry(
            "Shows the differences between two files or folders.",
            flags: [
                "-u, --unified": "Uses the unified format (+ and - lines), the most readable.",
                "-r, --recursive": "Compares folders and their subfolders.",
                "-q, --brief": "Says only whether the files differ.",
                "-y, --side-by-side": "Shows the files side by side.",
                "-w, --ignore-all-space": "Ignores differences in spaces.",
                "--color <when>": "Says when to colour the output.",
            ]
        ),
        "jq": GlossaryEntry(
            "Filters and pretty-prints JSON; . prints all of it, .key picks a field.",
            flags: [
                "-r, --raw-output": "Prints strings without quotes.",
                "-c, --compact-output": "Prints each result on one line.",
                "-s, --slurp": "Reads all inputs into one array.",
                "-e, --exit-status": "Fails when the result is false or null.",
                "-n, --null-input": "Starts without reading input.",
                "-S, --sort-keys": "Sorts object keys.",
                "--arg <name value>": "Makes a variable $name holding the text value.",
            ]
        ),
        "yq": GlossaryEntry("Filters and edits YAML, like jq does for JSON."),
    ]
}

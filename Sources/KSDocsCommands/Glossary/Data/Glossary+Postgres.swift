extension Glossary {
    /// PostgreSQL client tools and pgloader.
    static let postgresEntries: [String: GlossaryEntry] = [
        "psql": GlossaryEntry(
            "Opens the PostgreSQL command-line client to run SQL against a database.",
            flags: [
                "-U, --username <user>": "Connects as this database user.",
                "-d, --dbname <database>": "Connects to this database.",
                "-h, --host <host>": "Connects to the server on this host.",
                "-p, --port <port>": "Connects to this port (default 5432).",
                "-c, --command <sql>": "Runs this SQL command and exits.",
                "-f, --file <file>": "Runs the SQL in this file.",
                "-W, --password": "Asks for the password before connecting.",
                "-l, --list": "Lists the databases and exits.",
                "-t, --tuples-only": "Prints rows only, without headers and footers.",
                "-A, --no-align": "Prints unaligned output, handy in scripts.",
                "-x, --expanded": "Prints each row as a list of column = value lines.",
                "-v, --set <NAME=value>": "Sets a psql variable.",
                "-q, --quiet": "Prints fewer messages.",
                "-1, --single-transaction": "Runs everything in one transaction: all or nothing.",
                "-X, --no-psqlrc": "Ignores your ~/.psqlrc settings.",
                "-o, --output <file>": "Writes query results to this file.",
            ]
        ),
        "pg_dump": GlossaryEntry(
            "Backs up one PostgreSQL database to a file.",
            flags: [
                "-U, --username <user>": "Connects as this database user.",
                "-d, --dbname <database>": "Backs up this database.",
                "-h, --host <host>": "Connects to the server on this host.",
                "-p, --port <port>": "Connects to this port.",
                "-F, --format <format>": "Chooses the format: p plain SQL, c custom, d directory, t tar.",
                "-f, --file <file>": "Writes the backup to this file.",
                "-Fc": "Writes the compressed custom format that pg_restore reads.",
                "-c, --clean": "Adds commands that drop existing objects before recreating them.",
                "-C, --create": "Adds the command that creates the database itself.",
                "-s, --schema-only": "Backs up the table definitions but no data.",
                "-a, --data-only": "Backs up the data but not the table definitions.",
                "-t, --table <table>": "Backs up only this table.",
                "-n, --schema <schema>": "Backs up only this schema.",
                "-O, --no-owner": "Leaves out who owns each object.",
                "-x, --no-privileges": "Leaves out access privileges (grants).",
                "-j, --jobs <number>": "Dumps this many tables at once (directory format only).",
                "-Z, --compress <level>": "Sets the compression level.",
                "-v, --verbose": "Prints what it is doing.",
                "--if-exists": "Uses IF EXISTS when dropping objects.",
            ]
        ),
        "pg_restore": GlossaryEntry(
            "Restores a PostgreSQL backup made by pg_dump in custom, directory or tar format.",
            flags: [
                "-U, --username <user>": "Connects as this database user.",
                "-d, --dbname <database>": "Restores into this database.",
                "-h, --host <host>": "Connects to the server on this host.",
                "-p, --port <port>": "Connects to this port.",
                "-c, --clean": "Drops existing objects before recreating them.",
                "-C, --create": "Creates the database before restoring into it.",
                "-O, --no-owner": "Does not set owners; everything belongs to the user restoring.",
                "-x, --no-privileges": "Skips access privileges (grants).",
                "-j, --jobs <number>": "Restores with this many parallel jobs.",
                "-l, --list": "Lists what the backup contains instead of restoring.",
                "-s, --schema-only": "Restores only the table definitions.",
                "-a, --data-only": "Restores only the data.",
                "-t, --table <table>": "Restores only this table.",
                "-v, --verbose": "Prints what it is doing.",
                "-1, --single-transaction": "Restores in one transaction: all or nothing.",
                "--if-exists": "Uses IF EXISTS when dropping objects.",
                "-F, --format <format>": "Says which format the backup is in.",
            ]
        ),
        "pg_dumpall": GlossaryEntry(
            "Backs up every database of a PostgreSQL server, with its users and roles, as SQL.",
            flags: [
                "-U, --username <user>": "Connects as this database user.",
                "-h, --host <host>": "Connects to the server on this host.",
                "-p, --port <port>": "Connects to this port.",
                "-f, --file <file>": "Writes the backup to this file.",
                "-g, --globals-only": "Backs up only users, roles and tablespaces, no databases.",
                "-r, --roles-only": "Backs up only users and roles.",
                "-c, --clean": "Adds commands that drop databases before recreating them.",
                "-s, --schema-only": "Backs up definitions but no data.",
                "-v, --verbose": "Prints what it is doing.",
            ]
        ),
        "pg_isready": GlossaryEntry(
            "Checks whether a PostgreSQL server is accepting connections.",
            flags: [
                "-h, --host <host>": "Checks the server on this host.",
                "-p, --port <port>": "Checks this port.",
                "-U, --username <user>": "Checks as this user.",
                "-d, --dbname <database>": "Checks this database.",
                "-q, --quiet": "Prints nothing; only the exit code tells.",
            ]
        ),
        "pgloader": GlossaryEntry(
            "Copies a database from another system, such as SQLite or MySQL, into PostgreSQL.",
            flags: [
                "-v, --verbose": "Prints more about what it is doing.",
                "-d, --debug": "Prints debugging details.",
                "-q, --quiet": "Prints only warnings and errors.",
                "--dry-run": "Checks the connections and the load file without copying anything.",
                "-L, --logfile <file>": "Writes the log to this file.",
                "--with <option>": "Sets a load option, such as \"data only\".",
                "--type <type>": "Says what kind of source it reads, such as csv.",
            ]
        ),
    ]
}

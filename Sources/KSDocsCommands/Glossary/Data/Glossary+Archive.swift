extension Glossary {
    /// Archives, compression, checksums and encodings.
    static let archiveEntries: [String: GlossaryEntry] = [
        "tar": GlossaryEntry(
            "Packs files into one archive file (a tarball) or unpacks one.",
            flags: [
                "-c, --create": "Creates a new archive.",
                "-x, --extract": "Unpacks an archive.",
                "-t, --list": "Lists what an archive contains.",
                "-f, --file <archive>": "Uses this archive file.",
                "-z, --gzip": "Compresses or decompresses with gzip (.tar.gz).",
                "-j, --bzip2": "Compresses or decompresses with bzip2 (.tar.bz2).",
                "-J, --xz": "Compresses or decompresses with xz (.tar.xz).",
                "--zstd": "Compresses or decompresses with zstd (.tar.zst).",
                "-v, --verbose": "Lists each file as it goes.",
                "-C, --directory <dir>": "Changes to this folder first, such as where to unpack.",
                "-p, --preserve-permissions": "Keeps the files' permissions when unpacking.",
                "--exclude <pattern>": "Leaves out files matching this pattern.",
                "--strip-components <number>": "Drops this many leading folders from paths when unpacking.",
                "-a, --auto-compress": "Picks the compression from the archive's file name.",
            ]
        ),
        "gzip": GlossaryEntry(
            "Compresses files (adding .gz) or decompresses them.",
            flags: [
                "-d, --decompress": "Decompresses instead.",
                "-k, --keep": "Keeps the original file.",
                "-c, --stdout": "Writes to the output instead of a file.",
                "-r, --recursive": "Compresses files in folders too.",
                "-1": "Compresses fastest.",
                "-9": "Compresses smallest.",
                "-l, --list": "Shows compressed and original sizes.",
                "-t, --test": "Checks the compressed file is intact.",
            ]
        ),
        "gunzip": GlossaryEntry(
            "Decompresses .gz files.",
            flags: ["-k, --keep": "Keeps the compressed file."]
        ),
        "zstd": GlossaryEntry(
            "Compresses files fast with Zstandard, or decompresses them with -d.",
            flags: ["-d, --decompress": "Decompresses instead."]
        ),
        "zip": GlossaryEntry(
            "Packs files into a .zip archive.",
            flags: ["-r": "Includes folders and everything in them."]
        ),
        "unzip": GlossaryEntry(
            "Unpacks a .zip archive.",
            flags: [
                "-d <dir>": "Unpacks into this folder.",
                "-l": "Lists the contents without unpacking.",
                "-o": "Overwrites files without asking.",
            ]
        ),
        "sha256sum": GlossaryEntry(
            "Computes SHA-256 checksums, to check a download or backup is exactly right.",
            flags: [
                "-c, --check": "Checks files against checksums listed in a file.",
                "--quiet": "With --check, prints only failures.",
            ]
        ),
        "md5sum": GlossaryEntry("Computes MD5 checksums (fine for spotting changes, not for security)."),
        "base64": GlossaryEntry(
            "Encodes data as base64 text, or decodes it.",
            flags: [
                "-d, --decode": "Decodes base64 back to the original data.",
                "-w, --wrap <columns>": "Wraps lines at this width; 0 means never.",
            ]
        ),
    ]
}

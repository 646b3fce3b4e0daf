import Foundation
import KSDocsCore
import KSDocsTestSupport
import Testing

/// The safety scan (DESIGN 5.10). Fake secrets are assembled from parts so this file
/// never holds a contiguous real-looking one.
@Suite struct SafetyScannerTests {
    /// Real-looking fake secrets of every kind the scan knows, each on one line of a code block.
    static let secrets: [(name: String, line: String, column: Int)] = [
        (
            "Tailscale auth key",
            "sudo tailscale up --auth" + "key=" + "tskey-" + "auth-" + "kQ4dS2CNTRL" + "-"
                + "Zx9Yw8Vu7Ts6Rq5Po4Nm3Lk2Jh1Gf0a", 29
        ),
        ("Tailscale API key", "export TS_API=" + "tskey-" + "api-" + "k7Hw2p3CNTRL-" + "9fJc0Qb2Vt6Lm1Xs4Np8Rz", 15),
        (
            "GitHub token",
            "git clone https://" + "gh" + "p_" + "R8dK2mQ7xW4vB9nT1cY6zL3pH5sJ0fA2gE7u" + "@github.com/kite/x.git", 19
        ),
        ("fine-grained GitHub token", "GH=" + "github" + "_pat_" + "11ABCDE2Q0aZkPq9sL3tV8_xYw7Rm2Nb5Hc4Gd6Fe1Jk0", 4),
        (
            "Forgejo token in a header",
            "curl -H \"Authorization: token " + "9f3a6c1e" + "77b24d0a8e5f"
                + "1c2b3a4d5e6f7a8b9c0d\" https://git.kitestacks.com/api/v1/user", 31
        ),
        ("AWS access key", "aws_access_key_id = " + "AK" + "IA" + "Q3EGRXQ7ZK2LWN5P", 21),
        (
            "JWT",
            "Bearer " + "eyJ" + "hbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9" + ".eyJ" + "zdWIiOiJraXRlIiwiaWF0IjoxNzAwMDAwMDAwfQ"
                + ".Sfl" + "KxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", 8
        ),
        (
            "Cloudflare tunnel token after --token",
            "cloudflared tunnel run --token " + "eyJh"
                + "IjoiNWFiNGU5ZDEyMzQ1Njc4OTBhYmNkZWYxMjM0NTY3ODkwIiwidCI6IjEyMzQ1Njc4LTkwYWIifQ==", 32
        ),
        (
            "Cloudflare tunnel token in .env",
            "TUNNEL_TOKEN=" + "eyJh"
                + "IjoiNWFiNGU5ZDEyMzQ1Njc4OTBhYmNkZWYxMjM0NTY3ODkwIiwidCI6IjEyMzQ1Njc4LTkwYWIifQ==", 14
        ),
        ("*_SECRET=", "AUTHENTIK_SECRET_KEY=" + "q8Zr2WfL0pX" + "v7Bn3Kd9Ht5", 22),
        ("*_PASSWORD=", "- POSTGRES_PASSWORD=" + "Tr0ub4dor" + "-horse", 21),
        ("PASSWORD=", "PASSWORD=" + "hunter" + "2hunter2", 10),
        ("password: in YAML", "      password: " + "s3cr3t-" + "Grafana!", 17),
        ("*_PASSWORD: in compose", "      MYSQL_ROOT_PASSWORD: " + "\"r00t-" + "pw-2024\"", 28),
        ("--password flag", "psql --password " + "Kite" + "Stacks2024 -U forgejo", 17),
        ("SQL password", "CREATE ROLE grafana_reader WITH LOGIN PASSWORD '" + "gr4f4na" + "-Reader';", 48),
    ]

    @Test(arguments: secrets)
    func secretInCodeIsAnErrorWithItsPosition(_ secret: (name: String, line: String, column: Int)) {
        let text = "# Page\n\n```sh\n\(secret.line)\n```\n"
        let found = SafetyScanner.scan(text, file: "Content/page.md")
        #expect(found.count == 1, "\(secret.name): \(found)")
        let diagnostic = found.first
        #expect(diagnostic?.severity == .error)
        #expect(diagnostic?.line == 4)
        #expect(diagnostic?.column == secret.column, "\(secret.name)")
        #expect(diagnostic?.message.hasPrefix("secret: ") == true)
    }

    @Test func messagesNameTheKindButNeverTheValue() {
        let value = "q8Zr2WfL0pX" + "v7Bn3Kd9Ht5"
        let found = SafetyScanner.scan("```sh\nAUTHENTIK_SECRET_KEY=\(value)\n```\n", file: "Content/a.md")
        #expect(
            found.map(\.description) == [
                "Content/a.md:2:22: error: secret: 'AUTHENTIK_SECRET_KEY' has a literal value; write a placeholder such as ${AUTHENTIK_SECRET_KEY} or <authentik_secret_key>"
            ])
        #expect(!found[0].description.contains(value))
    }

    @Test func privateKeyBlockIsAnError() {
        let text =
            "```\n" + "-----BEGIN " + "OPENSSH PRIVATE KEY-----\n"
            + "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n"
            + "-----END " + "OPENSSH PRIVATE KEY-----\n```\n"
        let found = SafetyScanner.scan(text, file: "Content/k.md")
        #expect(found.map(\.line) == [2])
        #expect(found.first?.message.contains("private key block") == true)
    }

    @Test func secretsInProseAreFoundToo() {
        let token = "gh" + "p_" + "R8dK2mQ7xW4vB9nT1cY6zL3pH5sJ0fA2gE7u"
        let found = SafetyScanner.scan("Use the token `\(token)` for the mirror.\n", file: "Content/p.md")
        #expect(found.map(\.column) == [16])
    }

    @Test func colonPairsInProseNeedAValueThatLooksLikeASecret() {
        #expect(SafetyScanner.scan("The admin password: choose a long one.\n", file: "Content/p.md").isEmpty)
        let found = SafetyScanner.scan("The admin password: Tr0ub4" + "dor&3 (change it).\n", file: "Content/p.md")
        #expect(found.map(\.column) == [21])
    }

    @Test func frontMatterIsConfig() {
        let found = SafetyScanner.scan(
            "---\ntitle: X\napi_token: " + "abcd" + "1234efgh5678\n---\nBody\n", file: "Content/p.md")
        #expect(found.map(\.line) == [3])
    }

    static let placeholders = [
        "TUNNEL_TOKEN=<tunnel-token>",
        "cloudflared tunnel run --token <token>",
        "cloudflared tunnel run --token \"$TUNNEL_TOKEN\"",
        "      TUNNEL_TOKEN: ${TUNNEL_TOKEN}",
        "sudo tailscale up --authkey tskey-auth-xxxx",
        "sudo tailscale up --authkey tskey-...",
        "sudo tailscale up --authkey=tskey-auth-<key>",
        "AUTHENTIK_SECRET_KEY=changeme",
        "POSTGRES_PASSWORD=${PG_PASS}",
        "POSTGRES_PASSWORD=$PG_PASS",
        "      password: ${GRAFANA_PG_PASSWORD}",
        "OIDC_CLIENT_SECRET=your-client-secret",
        "DB_PASSWORD=xxxx",
        "API_TOKEN=...",
        "AWS_SECRET_ACCESS_KEY=example",
        "PASSWORD=",
        "CREATE ROLE forgejo WITH LOGIN PASSWORD 'changeme';",
        "echo \"AUTHENTIK_SECRET_KEY=$(openssl rand -base64 60 | tr -d '\\n')\" >> .env",
        "FORGEJO_TOKEN = os.environ.get(\"FORGEJO_TOKEN\", \"\")",
        "POSTGRES_PASSWORD_FILE=/run/secrets/db_password",
        "curl -H \"Authorization: Bearer $TOKEN\" https://example.org/",
        "git clone https://ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx@github.com/a/b.git",
        "-----BEGIN OPENSSH PRIVATE KEY-----",
        "  \"token\": {\"timeout\": 77, \"retries\": 12},",
        "  secret: [a, b]",
        "    SECRET_TIMEOUT: \"46s\"",
        "TOKEN_TTL=3600",
        "PASSWORD_MIN_LENGTH=12",
    ]

    @Test(arguments: placeholders)
    func placeholdersPass(_ line: String) {
        let text = "```sh\n\(line)\n...\n```\n"
        #expect(SafetyScanner.scan(text, file: "Content/p.md").isEmpty, "\(line)")
    }

    static let dangerous: [(line: String, what: String)] = [
        ("sudo rm -rf /opt/kitestacks/old", "rm -rf /..."),
        ("rm -r -f ~/backups", "rm -rf /..."),
        ("curl -fsSL https://get.docker.com | sh", "curl ... | sh"),
        ("wget -qO- https://example.org/install.sh | sudo bash", "curl ... | sh"),
        ("chmod 777 /srv/data", "chmod 777"),
        ("chmod -R 777 /srv/data", "chmod 777"),
        ("docker run --privileged -d alpine", "--privileged"),
        ("sudo dd if=ubuntu.iso of=/dev/sdb bs=4M", "dd of=/dev/..."),
        ("sudo mkfs.ext4 /dev/sdb1", "mkfs"),
    ]

    @Test(arguments: dangerous)
    func dangerousCommandsAreWarnings(_ command: (line: String, what: String)) {
        let found = SafetyScanner.scan("```sh\n\(command.line)\n```\n", file: "Content/p.md")
        #expect(found.count == 1, "\(command.line): \(found)")
        #expect(found.first?.severity == .warning)
        #expect(found.first?.line == 2)
        #expect(found.first?.message.hasPrefix("dangerous command '\(command.what)'") == true)
    }

    @Test func explainBlockThatSaysWhyPassesOneThatOnlyDescribesWarns() {
        let text = """
            ```sh explain
            # Wipe the old copy because the restore below needs an empty folder
            sudo rm -rf /opt/kitestacks/forgejo-restore
            # Install Docker
            curl -fsSL https://get.docker.com | sh
            docker run --privileged -d alpine   # needed so the container can load kernel modules
            ```

            """
        let found = SafetyScanner.scan(text, file: "Content/p.md")
        #expect(
            found.map(\.description) == [
                "Content/p.md:5:1: warning: dangerous command 'curl ... | sh' runs a script from the network unread; say why it is needed in its explain-block comment (e.g. '# ... because ...'), or use a safer command"
            ])
    }

    @Test func mentionsInProseAndCommentsAreNotCommands() {
        let text = "Never pipe `curl | sh` from a blog.\n\n```sh\n# do not run: rm -rf /\nls\n```\n"
        #expect(SafetyScanner.scan(text, file: "Content/p.md").isEmpty)
    }

    @Test func buildFailsOnASecretAndListsItLikeOtherDiagnostics() async throws {
        var files = FixtureSite.basic
        files["beginner/02-second.md"] =
            "---\ntitle: Second lesson\n---\n## Set up\n\n```sh\nexport API_TOKEN=" + "f00dfeed"
            + "cafe1234beef5678\n```\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let result = await site.build()
        #expect(
            site.errors(of: result) == [
                "Content/beginner/02-second.md:7:18: error: secret: 'API_TOKEN' has a literal value; write a placeholder such as ${API_TOKEN} or <api_token>"
            ])
        #expect(!site.exists("index.html"))
    }

    @Test func copiedConfigFilesAreScanned() async throws {
        var files = FixtureSite.basic
        files["files/app.env"] = "APP_NAME=kite\nAPP_SECRET=" + "9sd8f7g6" + "h5j4k3l2\n"
        let site = try FixtureSite(files)
        defer { site.remove() }
        let result = await site.build()
        #expect(
            site.errors(of: result).map { $0.components(separatedBy: ": error")[0] } == ["Content/files/app.env:2:12"])
    }

    @Test func shippedContentHasNoFindings() throws {
        let content = FixtureSite.repositoryRoot.appendingPathComponent("Content")
        let paths = FileManager.default.enumerator(atPath: content.path)?.allObjects as? [String] ?? []
        var found: [String] = []
        for path in paths where path.hasSuffix(".md") || path.hasSuffix(".yml") {
            found += SafetyScanner.scanFile(at: content.appendingPathComponent(path), display: "Content/" + path)
                .map(\.description)
        }
        #expect(found == [])
    }
}

import KSDocsCommands
import Testing

@Suite("Built-in glossary data")
struct GlossaryDataTests {
    /// The commands the issue and the brief require the built-in glossary to cover.
    static let required = """
        docker docker-compose systemctl journalctl tailscale cloudflared psql pg_dump pg_restore pg_dumpall pgloader \
        git forgejo ssh ssh-keygen ssh-copy-id scp rsync chown chmod curl wget apt apt-get ufw nginx openssl sudo \
        ls cd cat less head tail grep find cp mv rm mkdir touch ln df du free ps top htop kill ss ip ping dig \
        nslookup tar gzip echo tee sed awk sort uniq wc xargs cut diff which whoami id uname hostname date watch \
        env export source crontab mount lsblk stat dpkg usermod useradd passwd sha256sum base64 jq time nohup exec
        """.split(separator: " ").map(String.init)

    @Test(arguments: required)
    func covers(program: String) {
        #expect(Glossary.builtIn.knows(program))
    }

    @Test(arguments: [
        "docker run", "docker ps", "docker logs", "docker exec", "docker inspect", "docker images", "docker pull",
        "docker stop", "docker start", "docker restart", "docker rm", "docker rmi", "docker network ls",
        "docker volume ls", "docker system prune", "docker cp", "docker stats", "docker build",
        "docker compose up", "docker compose down", "docker compose ps", "docker compose logs", "docker compose pull",
        "docker compose restart", "docker compose exec", "docker compose config", "docker compose build",
        "docker compose stop", "docker compose start", "docker compose run", "docker compose ls",
        "cloudflared tunnel login", "cloudflared tunnel create", "cloudflared tunnel route dns",
        "cloudflared tunnel run",
        "cloudflared tunnel list", "cloudflared tunnel info", "cloudflared tunnel delete",
        "cloudflared service install",
        "forgejo admin user create", "forgejo dump", "forgejo doctor", "forgejo migrate",
        "systemctl restart", "tailscale up", "apt install", "ufw allow", "git clone",
    ])
    func coversSubcommand(path: String) {
        let words = path.split(separator: " ").map(String.init)
        let explained = Glossary.builtIn.explain(SimpleCommand(program: words[0], arguments: Array(words.dropFirst())))
        #expect(explained.map(\.token) == words)
    }

    @Test(arguments: [
        "docker compose -f x.yml -p kite --profile tools ps",
        "cloudflared --config /etc/cloudflared/config.yml tunnel run --token abc",
    ])
    func coversRequiredFlags(command: String) {
        let words = ShellTokenizer.words(command)
        let explained = Glossary.builtIn.explain(ShellTokenizer.simpleCommands(command)[0])
        // Every word is explained, flags together with their values.
        #expect(explained.map(\.token).joined(separator: " ") == words.joined(separator: " "))
    }

    @Test func everyEntryHasASentenceAndWellFormedFlags() {
        var problems: [String] = []
        func check(_ path: String, _ entry: GlossaryEntry) {
            if let summary = entry.summary {
                if !summary.hasSuffix(".") || summary.first?.isUppercase != true {
                    problems.append("\(path): \(summary)")
                }
            } else {
                problems.append("\(path): no summary")
            }
            for (key, meaning) in entry.flags {
                if !(key.hasPrefix("-") || key.hasPrefix("+")) || key.contains(",") {
                    problems.append("\(path) \(key)")
                }
                if !meaning.hasSuffix(".") || meaning.first?.isUppercase != true {
                    problems.append("\(path) \(key): \(meaning)")
                }
            }
            for (name, sub) in entry.subcommands { check("\(path) \(name)", sub) }
        }
        for name in Glossary.builtIn.commandNames {
            if let entry = Glossary.builtIn.entries[name] { check(name, entry) }
        }
        #expect(problems == [])
    }

    @Test func commandNamesAreSorted() {
        let names = Glossary.builtIn.commandNames
        #expect(names == names.sorted())
        #expect(names.first == ".")
    }
}

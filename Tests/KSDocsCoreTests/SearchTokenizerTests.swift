@testable import KSDocsCore
import Testing

/// The search tokenizer keeps shell words whole; `js/search.js` applies the same rule.
@Suite struct SearchTokenizerTests {
    @Test(arguments: [
        ("docker run --net=host nginx", ["docker", "run", "--net=host", "nginx"]),
        ("Publish it with -p 8080:80.", ["publish", "it", "with", "-p", "8080:80"]),
        ("Mounts live in /etc/fstab.", ["mounts", "live", "in", "/etc/fstab"]),
        ("Edit docker-compose.yml, then restart.", ["edit", "docker-compose.yml", "then", "restart"]),
        ("(see `/var/lib/docker/`)", ["see", "/var/lib/docker"]),
        ("ports: [\"8080:80\"]", ["ports", "8080:80"]),
        ("KEY=${VALUE} x && y|z", ["key=$", "value"]),
        ("it’s “quoted” text", ["it", "quoted", "text"]),
        ("kite@monk:~$ sudo -u postgres psql", ["kite@monk:~$", "sudo", "-u", "postgres", "psql"]),
    ])
    func tokens(text: String, expected: [String]) {
        #expect(SearchTokenizer.tokens(text) == expected)
    }

    @Test func shellTokensAreFindableAsTyped() {
        // What a reader types is tokenized by the same rule, so each typed token is a key of the index.
        for typed in ["--net=host", "8080:80", "/etc/fstab", "docker-compose.yml"] {
            #expect(SearchTokenizer.tokens(typed) == [typed])
            #expect(SearchTokenizer.tokens("Use \(typed).").contains(typed))
        }
    }

    @Test func dropsPunctuationOnlyAndSingleCharacters() {
        #expect(SearchTokenizer.tokens("- -- && | a 1 ... :: / x/") == [])
        #expect(SearchTokenizer.tokens("Ünïcode Straße 東京") == ["ünïcode", "straße", "東京"])
        // A no-break space separates; four-byte scalars stay inside their token.
        #expect(SearchTokenizer.tokens("Café\u{00A0}CRÈME 🚀x …") == ["café", "crème", "🚀x"])
    }
}

@Suite struct TokenTableTests {
    /// The table finds what a dictionary finds, through growth and colliding slots.
    @Test func findsWhatADictionaryFinds() {
        var table = TokenTable(capacity: 4)
        var reference: [String: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for step in 0..<20_000 {
            let length = Int.random(in: 0...6, using: &generator)
            var token = String((0..<length).map { _ in "abcé".randomElement(using: &generator)! })
            let (value, isNew) = token.withUTF8 { table.findOrInsert($0, value: step) }
            #expect(isNew == (reference[token] == nil), "\(token)")
            #expect(value == reference[token, default: step], "\(token)")
            reference[token, default: step] = reference[token, default: step]
        }
    }
}

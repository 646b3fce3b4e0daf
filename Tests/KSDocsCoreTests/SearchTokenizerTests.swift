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

/// The tokenizer against a plain implementation of its documented rule, on random text.
@Suite struct SearchTokenizerFuzzTests {
    /// The rule as `SearchTokenizer` documents it, over Unicode scalars. Each piece is
    /// lowercased after it is trimmed and its code points counted (which only matters for
    /// `İ`, whose lowercase is two code points).
    /// Separators are matched as code points: as `Character`s, U+037E and U+1FEF would equal
    /// `;` and `` ` `` (their canonical decompositions).
    static func referenceTokens(_ text: String) -> [String] {
        let separators = Set(SearchTokenizer.separators.map { $0.unicodeScalars.first! })
        let trailing = Set(SearchTokenizer.trailing.map { $0.unicodeScalars.first! })
        var tokens: [String] = []
        var piece: [Unicode.Scalar] = []
        func flush() {
            while let last = piece.last, trailing.contains(last) { piece.removeLast() }
            let hasLetterOrDigit = piece.contains { $0.properties.isAlphabetic || $0.properties.numericType != nil }
            if piece.count >= 2, hasLetterOrDigit {
                var scalars = String.UnicodeScalarView()
                scalars.append(contentsOf: piece)
                tokens.append(String(scalars).lowercased())
            }
            piece.removeAll()
        }
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace || separators.contains(scalar) {
                flush()
            } else {
                piece.append(scalar)
            }
        }
        flush()
        return tokens
    }

    /// What random text is made of: ASCII letters of both cases, digits, shell punctuation,
    /// separators, whitespace (ASCII and not), accented and combining letters, CJK, emoji.
    static let pieces: [String] = {
        var pieces = (UInt8(ascii: "a")...UInt8(ascii: "z")).map { String(UnicodeScalar($0)) }
        pieces += pieces.map { $0.uppercased() } + (0...9).map(String.init)
        pieces += [".", ":", "/", "-", "_", "=", "@", "$", "~", "+", "%", "^"]
        pieces += SearchTokenizer.separators.map(String.init)
        pieces += [" ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{1C}", "\u{00}", "\u{7F}"]
        pieces += ["\u{00A0}", "\u{0085}", "\u{2028}", "\u{3000}", "\u{200B}", "\u{FEFF}"]
        pieces += ["é", "É", "ß", "ẞ", "İ", "ı", "e\u{0301}", "\u{0301}", "东京", "東京", "Ωμέγα", "ΣΑΣ", "½", "٣", "Ⅻ"]
        pieces += ["\u{212A}", "\u{037E}", "\u{1FEF}", "…", "–", "🚀", "👍🏽", "🇫🇷", "𝔘"]
        return pieces
    }()

    @Test func matchesTheDocumentedRule() {
        var generator = SplitMix64(seed: 0x6B73_646F_6373)
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...24, using: &generator)
            // Runs of a few letters make long tokens likelier than uniform picks would.
            let text = (0..<length).map { _ in
                guard Bool.random(using: &generator) else { return Self.pieces.randomElement(using: &generator)! }
                let letter = "aB".randomElement(using: &generator)!
                return String(repeating: letter, count: Int.random(in: 1...3, using: &generator))
            }.joined()
            var tokens: [String] = []
            SearchTokenizer.forEachToken(utf8: text) { bytes, hash in
                var expected = StreamingHash()
                expected.feed(bytes)
                #expect(hash == expected.value, "hash of \(String(decoding: bytes, as: UTF8.self).debugDescription)")
                tokens.append(String(decoding: bytes, as: UTF8.self))
            }
            // Compared as bytes: `String ==` would take canonically equivalent tokens as equal.
            let bytes = tokens.map { Array($0.utf8) }
            #expect(bytes == Self.referenceTokens(text).map { Array($0.utf8) }, "\(text.debugDescription)")
            #expect(SearchTokenizer.tokens(text).map { Array($0.utf8) } == bytes)
        }
    }

    /// A seeded generator, so a failure can be run again.
    struct SplitMix64: RandomNumberGenerator {
        var state: UInt64
        init(seed: UInt64) { state = seed }
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
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

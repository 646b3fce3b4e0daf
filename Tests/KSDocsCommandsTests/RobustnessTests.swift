import KSDocsCommands
import Testing

@Suite("Robustness")
struct RobustnessTests {
    /// A small deterministic generator (xorshift), so failures reproduce.
    private struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return state
        }
    }

    /// Pieces that exercise every lexer path when glued together at random.
    private static let pieces = [
        "docker", " ", " ", "-", "--", "-it", "=", "'", "\"", "\\", "\n", "\\\n", "$", "$(", ")", "(", "${", "}",
        "$'", "`", "#", " # ", "|", "||", "&", "&&", ";", "<", ">", ">>", "2>&1", "<<", "<<-", "EOF", "\nEOF\n",
        "<(", "$ ", "> ", "sudo", "-u", "x", "A=1", "\\x4", "\t", "é", "\r\n",
    ]

    @Test(arguments: 1...8)
    func randomTextNeverCrashes(seed: Int) {
        var generator = Generator(state: UInt64(seed) &* 0x9E37_79B9_7F4A_7C15)
        for _ in 0..<300 {
            let count = Int.random(in: 0...24, using: &generator)
            let text = (0..<count).map { _ in Self.pieces.randomElement(using: &generator) ?? "" }.joined()
            _ = ShellTokenizer.words(text)
            for dialect in [ExplainDialect.shell, .console] {
                for command in ExplainBlockParser.parse(text, dialect: dialect) {
                    _ = Glossary.builtIn.explain(command)
                    #expect(command.line >= 1)
                }
            }
        }
    }
}

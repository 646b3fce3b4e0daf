import Testing

@testable import KSDocsMarkdown

@Suite struct ByteSearchTests {
    @Test func findsNeedlesAnywhereAndOnlyWhole() {
        #expect(ByteSearch.contains("!!! note", "!!! "))
        #expect(ByteSearch.contains("text\n--8<-- \"a.md\"", "--8<--"))
        #expect(ByteSearch.contains("ends with {{<", "{{<"))
        #expect(!ByteSearch.contains("{{ <", "{{<"))
        #expect(!ByteSearch.contains("!!", "!!! "))
        #expect(!ByteSearch.contains("", "++"))
        #expect(ByteSearch.contains("é ++ ü", "++"))
        #expect(ByteSearch.contains("aab", "ab"), "a failed match at one byte does not skip the next start")
        #expect(ByteSearch.containsAny("x *[HTML]: y", "++", "*["))
        #expect(!ByteSearch.containsAny("plain text", "++", "*["))
    }
}

import Testing
@testable import BriefAnnotate

@Suite("KeyTable")
struct KeyTableTests {
    @Test func canonicallyEquivalentKeysMeetAsStringEqualitySays() {
        var table = KeyTable<String, Int>()
        table.set("Kelvin", 1)
        table.set("caf\u{E9}", 2)
        // KELVIN SIGN is canonically "K"; "e" + COMBINING ACUTE is "é".
        #expect("\u{212A}elvin" == "Kelvin")
        #expect(table["\u{212A}elvin"] == 1)
        #expect(table["cafe\u{301}"] == 2)
        #expect(table["Kelvi"] == nil)
    }

    @Test func manyNonASCIIKeysAreAllFoundAndKeepInsertionOrder() {
        // Distinct Cyrillic words: they must not share one hash (a probe run would make each
        // insert walk all the others).
        let words = (0..<3000).map { "\u{41F}\u{443}\u{442}\u{438}\u{43D}-\($0)" }
        var table = KeyTable<String, Int>()
        for (index, word) in words.enumerated() { table.set(word, index) }
        #expect(table.count == words.count)
        #expect(table.keys == words)
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        #expect(Set(words.prefix(100).map(\.tableHash)).count == 100)
    }
}

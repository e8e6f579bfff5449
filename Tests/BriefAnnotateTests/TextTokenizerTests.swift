import Testing
@testable import BriefAnnotate

@Suite struct TextTokenizerTests {
    private func words(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        return Tokenizer().tokenize(bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    private func kinds(_ text: String) -> [Token.Kind] {
        Tokenizer().tokenize(Array(text.utf8)).map(\.kind)
    }

    @Test("keeps abbreviations, initials, acronyms and numbers whole", arguments: [
        ("Mr. Key left.", ["Mr.", "Key", "left", "."]),
        ("Gen. Smith and Sen. Jones", ["Gen.", "Smith", "and", "Sen.", "Jones"]),
        ("on Jan. 5 in the U.S. and D.C.", ["on", "Jan.", "5", "in", "the", "U.S.", "and", "D.C."]),
        ("Steven F. Udvar-Hazy", ["Steven", "F.", "Udvar", "-", "Hazy"]),
        ("It grew 3.5% to 1,000,000.", ["It", "grew", "3.5", "%", "to", "1,000,000", "."]),
        ("O'Brien don't", ["O'Brien", "don't"]),
        ("L. Ron Hubbard", ["L.", "Ron", "Hubbard"]),
    ])
    func keepsUnitsWhole(text: String, expected: [String]) {
        #expect(words(text) == expected)
    }

    @Test("splits possessives with straight and curly apostrophes", arguments: [
        ("Kiev’s allies", ["Kiev", "’s", "allies"]),
        ("Kiev's allies", ["Kiev", "'s", "allies"]),
        ("the allies’ plan", ["the", "allies", "’", "plan"]),
    ])
    func splitsPossessives(text: String, expected: [String]) {
        #expect(words(text) == expected)
        #expect(kinds(text).contains(.possessive))
    }

    @Test func splitsHyphenatedWordsAndTellsDashes() {
        #expect(words("US-Russia summit") == ["US", "-", "Russia", "summit"])
        #expect(kinds("US-Russia") == [.word, .hyphen, .word])
        #expect(kinds("war – he said") == [.word, .dash, .word, .word])
        #expect(kinds("war - he said") == [.word, .dash, .word, .word])
        #expect(kinds("war -- he") == [.word, .dash, .word])
    }

    @Test func marksQuotesAndCapitals() {
        let bytes = Array("“Root causes” NATO Élysée".utf8)
        let toks = Tokenizer().tokenize(bytes)
        #expect(toks.map(\.kind) == [.quote, .word, .word, .quote, .word, .word])
        #expect(toks[1].flags.contains(.capitalized))
        #expect(!toks[2].flags.contains(.capitalized))
        #expect(toks[4].flags.contains(.allCaps))
        #expect(toks[5].flags.contains(.capitalized))
        #expect(toks[3].flags.contains(.joined))
    }

    @Test func dottedAcronymsAreAllCaps() {
        let toks = Tokenizer().tokenize(Array("the U.S. and U.K. and e.g. text".utf8))
        #expect(toks[1].flags.contains(.allCaps))
        #expect(toks[3].flags.contains(.allCaps))
        #expect(!toks[5].flags.contains(.allCaps))
    }

    @Test func recordsLineAndParagraphBreaks() {
        let toks = Tokenizer().tokenize(Array("One\nTwo\n\nThree".utf8))
        #expect(toks.count == 3)
        #expect(toks[1].flags.contains(.lineBefore) && !toks[1].flags.contains(.paragraphBefore))
        #expect(toks[2].flags.contains(.paragraphBefore))
    }

    @Test func cyrillicAndGreekCase() {
        let toks = Tokenizer().tokenize(Array("Сергей лавров Αθήνα".utf8))
        #expect(toks.count == 3)
        #expect(toks[0].flags.contains(.capitalized))
        #expect(!toks[1].flags.contains(.capitalized))
        #expect(toks[2].flags.contains(.capitalized))
    }
}

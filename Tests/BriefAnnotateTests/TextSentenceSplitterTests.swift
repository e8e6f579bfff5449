import Testing
@testable import BriefAnnotate

@Suite struct TextSentenceSplitterTests {
    private func sentences(_ text: String) -> [String] {
        let bytes = Array(text.utf8)
        let toks = Tokenizer().tokenize(bytes)
        return SentenceSplitter().split(toks, in: bytes).map { String(decoding: bytes[$0.range], as: UTF8.self) }
    }

    @Test("splits at stops but not after abbreviations and initials", arguments: [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Mr. Key met Gen. Lee. Then he left!", ["Mr. Key met Gen. Lee.", "Then he left!"]),
        ("U.S. President Donald Trump spoke.", ["U.S. President Donald Trump spoke."]),
        ("They went to the U.S. The President acted.", ["They went to the U.S.", "The President acted."]),
        ("Steven F. Udvar spoke. Was it 3.5 percent?", ["Steven F. Udvar spoke.", "Was it 3.5 percent?"]),
        ("It was “not interested.” He said so.", ["It was “not interested.”", "He said so."]),
    ])
    func splits(text: String, expected: [String]) {
        #expect(sentences(text) == expected)
    }

    @Test func headlinesAndParagraphsEndSentences() {
        let text = "Lavrov accuses European Leaders\n\nRussian Foreign Minister spoke\nin Moscow. Next\n\nEnd"
        #expect(sentences(text) == ["Lavrov accuses European Leaders", "Russian Foreign Minister spoke\nin Moscow.", "Next", "End"])
        let bytes = Array(text.utf8)
        let split = SentenceSplitter().split(Tokenizer().tokenize(bytes), in: bytes)
        #expect(split.map(\.startsParagraph) == [true, true, false, true])
    }

    @Test func coversEveryTokenOnceInOrder() {
        let bytes = Array("A. B? C! “D.” (E.) F… G\n\nH".utf8)
        let toks = Tokenizer().tokenize(bytes)
        let split = SentenceSplitter().split(toks, in: bytes)
        var next = 0
        for s in split {
            #expect(s.tokens.lowerBound == next)
            next = s.tokens.upperBound
        }
        #expect(next == toks.count)
    }
}

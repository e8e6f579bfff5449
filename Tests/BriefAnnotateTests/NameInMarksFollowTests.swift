import Testing
@testable import BriefAnnotate

/// A name in marks that is no quote ("the so-called “peace plan”", "Joe “Bull” Manchin") still
/// stands in its sentence as a quote would: the quote after it keeps the attribution and the
/// speaker it would have had, and a later "he said" the person the name belongs to.
@Suite struct NameInMarksFollowTests {
    private func found(_ text: String) -> [(String, String?)] {
        let bytes = Array(text.utf8)
        return Annotator().annotate(text).quotes.map { q in (String(decoding: bytes[q.range], as: UTF8.self), q.speaker) }
    }

    @Test("a quote after a name in marks in the same sentence is kept, with the sentence's speaker", arguments: [
        ("Jones said the so-called “peace plan” was “dead on arrival.”", "dead on arrival.", "Jones"),
        ("Mara Quell said the firm withdrew an app called “Screenwise Meter” that was “a total disaster.”", "a total disaster.", nil),
        ("The group said in a statement titled “Enough”: “We will not be silenced.”", "We will not be silenced.", "The group"),
        ("The senator, nicknamed “Mr. Budget,” said: “We must cut spending.”", "We must cut spending.", "The senator"),
    ] as [(String, String, String?)])
    func quoteAfterName(text: String, quote: String, speaker: String?) {
        let quotes = found(text)
        #expect(quotes.map(\.0) == [quote])
        if let speaker { #expect(quotes.first?.1 == speaker) }
    }

    @Test("the quote after a so-called word is kept")
    func soCalledThenQuote() {
        #expect(QuoteTestSupport.find("He called the so-called “reforms” a “disaster.”").map(\.text) == ["disaster."])
    }

    @Test("after a nickname, he or she is the person with the whole name, not a part of it", arguments: [
        ("Senator Joe “Bull” Manchin spoke. “We need a deal,” he said.", "Manchin"),
        ("Margaret “Maggie” Smith spoke at the gala. “I am happy,” she said.", "Smith"),
        ("Ed “Fast Eddie” Lane spoke Monday. “We will rebuild,” he said.", "Lane"),
    ])
    func pronounAfterNickname(text: String, surname: String) {
        let quotes = found(text)
        #expect(quotes.count == 1)
        #expect(quotes.first?.1?.hasSuffix(surname) == true)
    }
}

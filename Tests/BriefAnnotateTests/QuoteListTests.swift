import Testing
@testable import BriefAnnotate

/// Quotes listed with commas (and at most one conjunction) before one attribution all take it.
@Suite struct QuoteListTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test func aCommaListTakesTheSpeakerAfterItsLastQuote() {
        #expect(speakers("“We are ready,” “we are willing,” “we are waiting,” Ines Moura said.") == ["Ines Moura", "Ines Moura", "Ines Moura"])
        #expect(speakers("\"Ready,\" \"willing,\" and \"waiting,\" Ines Moura said.") == ["Ines Moura", "Ines Moura", "Ines Moura"])
        #expect(speakers("Ines Moura left early. “Ready,” “willing,” “waiting,” she said.") == ["Ines Moura", "Ines Moura", "Ines Moura"])
    }

    @Test func quotesNotJoinedOnlyByCommasKeepTheirOwnAttribution() {
        let got = speakers("“We are ready to talk,” Ines Moura said. “We are not,” Tomas Lind replied.")
        #expect(got == ["Ines Moura", "Tomas Lind"])
        // Words between the quotes: no list.
        let words = speakers("“We are ready to talk to them today,” the minister wrote, “we are waiting,” Tomas Lind said.")
        #expect(words.first != "Tomas Lind", "\(words)")
    }
}

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

/// `QuoteList.joint`, the one rule for whether two quotes are one list, and whether a
/// conjunction joins them (the second then shares the first's attribution).
@Suite struct QuoteJointTests {
    /// The spans of the `"…"` pairs of `text` (one paragraph), and its bytes.
    private func spans(_ text: String) -> ([QuoteSpan], [UInt8]) {
        let bytes = Array(text.utf8)
        let marks = bytes.indices.filter { bytes[$0] == 0x22 }
        let spans = stride(from: 0, to: marks.count - 1, by: 2).map { k in
            QuoteSpan(markStart: marks[k], content: marks[k] + 1..<marks[k + 1], markEnd: marks[k + 1] + 1,
                      style: .marks, closed: true, firstParagraph: 0, lastParagraph: 0)
        }
        return (spans, bytes)
    }

    private func joint(_ text: String) -> QuoteList.Joint? {
        let (spans, bytes) = spans(text)
        return QuoteList.joint(spans[0], spans[1], in: bytes)
    }

    @Test func commasAloneJoinAList() {
        #expect(joint(#""Ready," "willing""#) == .commas)
        #expect(joint(#""Ready", "willing""#) == .commas)
        #expect(joint(#""Ready",  , "willing""#) == .commas)
    }

    @Test func oneConjunctionJoinsWithOrWithoutCommas() {
        for separator in [" and ", ", and ", " & ", ", or ", " AND ", "\tor\t", " and, "] {
            #expect(joint("\"bold\"\(separator)\"fair\"") == .conjunction, "\(separator)")
        }
    }

    @Test func otherSeparatorsJoinNothing() {
        for separator in [" ", "", " and or ", " but ", " & & ", " - ", "  ,   and   "] {
            #expect(joint("\"bold\"\(separator)\"fair\"") == nil, "\(separator)")
        }
        // Quotes of other paragraphs, or an unclosed first quote, are no list.
        let (spans, bytes) = spans(#""bold" and "fair""#)
        var next = spans[1]
        next.firstParagraph = 1
        #expect(QuoteList.joint(spans[0], next, in: bytes) == nil)
        var open = spans[0]
        open.closed = false
        #expect(QuoteList.joint(open, spans[1], in: bytes) == nil)
    }
}

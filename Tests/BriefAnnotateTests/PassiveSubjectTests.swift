import Testing
@testable import BriefAnnotate

/// A quote after a passive speech verb ("He was also described as “…”") without an attribution
/// of its own: the passive's subject is spoken about, so the quote goes on with the speaker before.
@Suite struct PassiveSubjectTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test("the subject of a passive speech verb does not speak the quote after it", arguments: [
        "Mara Quell said Tom Brevik would “likely offend again.”\n\nHe was also described as “lacking any remorse.”",
        "Mara Quell said Tom Brevik would “likely offend again.”\n\nBrevik was repeatedly called “a danger to the public.”",
    ])
    func passive(text: String) {
        #expect(speakers(text) == ["Mara Quell", "Mara Quell"])
    }

    @Test("a passive verb that does not govern the quote, or whose subject speaks, leaves the sentence's subject speaking", arguments: [
        ("Judge Ann Holt, who was asked to rule on it, found the claim “without merit.”", "Ann Holt"),
        ("Tom Brevik, who was told of the ruling on Monday, was “shocked.”", "Tom Brevik"),
        ("Tom Brevik was quoted by Reuters as “confident of victory.”", "Tom Brevik"),
        ("Tom Brevik has been quoted “on the record” before.", "Tom Brevik"),
        ("Tom Brevik, when asked, was quoted “we will fight this.”", "Tom Brevik"),
    ])
    func notPassiveOverQuote(sentence: String, speaker: String) {
        #expect(speakers("“We will appeal,” Mara Quell said.\n\n" + sentence) == ["Mara Quell", speaker])
    }

    @Test("a passive inside a relative clause before the quote is the clause's, not the quote's")
    func relativeClause() {
        let text = "“We will appeal,” Mara Quell said.\n\nTom Brevik, who was described as “calm”, left early."
        #expect(speakers(text) == ["Mara Quell", "Tom Brevik"])
    }

    @Test("an active speech verb's subject still speaks")
    func active() {
        let text = "Mara Quell said Tom Brevik would “likely offend again.”\n\nBrevik later described himself as “a changed man.”"
        #expect(speakers(text) == ["Mara Quell", "Tom Brevik"])
    }
}

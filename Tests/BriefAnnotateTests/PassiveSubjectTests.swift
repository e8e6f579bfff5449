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

    @Test("an active speech verb's subject still speaks")
    func active() {
        let text = "Mara Quell said Tom Brevik would “likely offend again.”\n\nBrevik later described himself as “a changed man.”"
        #expect(speakers(text) == ["Mara Quell", "Tom Brevik"])
    }
}

import Testing
@testable import BriefAnnotate

/// "Fans in the stadium shouted": a phrase that places the subject ("in the stadium") is not
/// the subject; its head before the preposition speaks. A body there still speaks for its
/// people ("officials at the ministry").
@Suite struct PlacedSubjectTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test("a plural or a role before a placing phrase is the speaker", arguments: [
        ("Fans in the stadium shouted, “Resign!”", "Fans"),
        ("Doctors at the clinic said, “We are full.”", "Doctors"),
        ("The doctor at the clinic said, “We are full.”", "The doctor"),
        ("A man in the square said, “We are tired.”", "A man"),
        ("Fans in the stadium called “Resign” as the coach left.", "Fans"),
    ])
    func headSpeaks(text: String, speaker: String) {
        #expect(speakers(text) == [speaker])
    }

    @Test("a body in the phrase, or a head that is no plural or role, keeps the phrase's noun", arguments: [
        ("Officials at the ministry said, “We are ready.”", "the ministry"),
        ("A voice in the crowd said, “We are tired.”", "the crowd"),
    ])
    func phraseSpeaks(text: String, speaker: String) {
        #expect(speakers(text) == [speaker])
    }
}

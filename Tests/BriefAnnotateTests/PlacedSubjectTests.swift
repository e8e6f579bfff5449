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
        // A gathering noun calls for the people in it, not the place it is in.
        ("The audience in the hall called “Encore” for ten minutes.", "The audience"),
        ("The congregation at the church called “Amen”.", "The congregation"),
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

    @Test("a singular in -us or -is before a placing phrase is no plural that speaks", arguments: [
        "“It is wrong,” the census in the region said.",
        "“It is wrong,” the thesis at the university said.",
    ])
    func notPlural(text: String) {
        #expect(!speakers(text).contains { $0?.hasPrefix("the census") == true || $0?.hasPrefix("the thesis") == true })
        #expect(speakers(text).count == 1)
    }
}

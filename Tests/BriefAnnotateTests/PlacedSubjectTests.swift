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

    @Test("\"called\" after a placing phrase names the place when no people call or the marks hold a name", arguments: [
        // No people: things and places in a place are called something.
        "Houses in the street called “Millionaires’ Row”.",
        "Songs in the album called “Night”.",
        "Files in the folder called “Secret”.",
        "Physics in the lab called “Lab 3”.",
        "Trees in the forest called “The Old Wood” when lightning struck.",
        // People, but the marks hold a name (capitalised words, a number) or a date or gloss follows.
        "Workers at the plant called “Unit 4”.",
        "Runners in the race called “The Beast” as it is known locally.",
        "Hikers in the canyon called “Devil’s Spine” until 2010.",
        "Musicians in the band called “Blue Sky” in 1999.",
        "Researchers in the lab called “Lab 9” at the university.",
        "The crowd in the square called “Freedom Square” as the sun set.",
        "The congregation at the church called “St Mary’s” when it opened.",
        "Runners in the race called “Beast” as it is known locally.",
        "Tenants in the block called “Grenfell” before the fire.",
        // A place that usually bears a name.
        "- Residents in the town called “Hope”",
    ])
    func calledNamesPlace(text: String) {
        #expect(speakers(text).isEmpty)
    }

    @Test("people in a place calling out words or a short call still quote", arguments: [
        ("Shoppers in the mall called “Help” loudly.", "Shoppers"),
        ("Fans in the stands called “Sack him” as the score reached 0-4.", "Fans"),
        ("The crowd in the square called “Out, out, out” until midnight.", "The crowd"),
        ("Bidders at the auction called “Ten thousand” quickly.", "Bidders"),
    ])
    func peopleCall(text: String, speaker: String) {
        #expect(speakers(text) == [speaker])
    }
}

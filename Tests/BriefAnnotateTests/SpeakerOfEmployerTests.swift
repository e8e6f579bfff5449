import Testing
@testable import BriefAnnotate

/// "said Jan Horak of Zentrix Securities": a person's full name, then "of" and their employer or
/// party. The person speaks, and the employer is no second person.
@Suite struct SpeakerOfEmployerTests {
    @Test("the person before \"of\" speaks, the verb before or after", arguments: [
        "“Prices will rise,” said Hana Kobayashi of Zentrix Securities.",
        "“Prices will rise,” warned Hana Kobayashi of Zentrix Securities in Tokyo.",
        "“Prices will rise,” Hana Kobayashi of Zentrix Securities said.",
        "“Prices will rise,” said Hana Kobayashi of the Quorvel Institute.",
        "“Prices will rise,” said economist Hana Kobayashi of Zentrix Securities.",
    ])
    func personSpeaks(text: String) {
        let quotes = Annotator().annotate(text).quotes
        #expect(quotes.map(\.speaker) == ["Hana Kobayashi"], "\(quotes.map(\.speaker))")
    }

    @Test("an organisation speaking alone still speaks")
    func organisationAlone() {
        let quotes = Annotator().annotate("“Prices will rise,” said Zentrix Securities in a note.").quotes
        #expect(quotes.map(\.speaker) == ["Zentrix Securities"], "\(quotes.map(\.speaker))")
    }

    @Test("the name after a person's full name and \"of\" is no person, also before a speech verb")
    func employerIsNoPerson() {
        #expect(typed("Hana Kobayashi of Zentrix Securities said prices would rise.") == ["Hana Kobayashi/PERSON", "Zentrix Securities/ORG"])
        #expect(typed("Hana Kobayashi said prices would rise.") == ["Hana Kobayashi/PERSON"])
    }
}

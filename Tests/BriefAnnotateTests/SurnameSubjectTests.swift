import Testing
@testable import BriefAnnotate

@Suite struct SurnameSubjectTests {
    @Test("a known surname alone before an auxiliary is a person", arguments: [
        ("At the awards dinner, Kowalczyk didn’t hesitate.", "Kowalczyk/PERSON"),
        ("Asked about the trade, Nakamura would not comment.", "Nakamura/PERSON"),
        ("After the vote, Kowalczyk has said little.", "Kowalczyk/PERSON"),
    ])
    func subject(text: String, expected: String) {
        #expect(typed(text).contains(expected), "\(typed(text))")
    }

    @Test("the surname names no person without an auxiliary after it, or when the text makes it a place")
    func noAuxiliary() {
        #expect(!typed("Tickets for Kowalczyk sold out.").contains("Kowalczyk/PERSON"))
        let got = typed("Crowds rallied in Nakamura on Sunday. Nakamura was one of several towns on the route.")
        #expect(!got.contains("Nakamura/PERSON"), "\(got)")
    }

    @Test("a lone surname subject takes the pronoun's quote after a paragraph break")
    func speaker() {
        let text = "Asked which was harder, Kowalczyk didn’t hesitate.\n\n“It’s this one for sure,” he said."
        let quotes = Annotator().annotate(text).quotes
        #expect(quotes.count == 1 && quotes.first?.speaker == "Kowalczyk", "\(quotes.map { $0.speaker })")
    }
}

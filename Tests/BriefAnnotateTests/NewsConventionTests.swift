import Testing
@testable import BriefAnnotate

/// Patterns every news article has (titles before names, multi-part names, datelines,
/// quotes over paragraphs), on made-up sentences: names the gazetteer cannot know.
@Suite struct NewsConventionTests {
    /// Mentions as "text/TYPE" and the speakers of the quotes, through the whole annotator.
    private func annotate(_ text: String) -> (entities: [String], speakers: [String?]) {
        let bytes = Array(text.utf8)
        let annotation = Annotator().annotate(utf8: bytes)
        let entities = annotation.mentions.map { "\(String(decoding: bytes[$0.range], as: UTF8.self))/\($0.type.rawValue)" }
        return (entities, annotation.quotes.map(\.speaker))
    }

    @Test("a demonym, a title and a full name: GROUP, then the PERSON without the title, who speaks", arguments: [
        ("Polish Prime Minister Marta Walrus said it was \"fine\".", ["Polish/GROUP", "Marta Walrus/PERSON"], "Marta Walrus"),
        ("French President Anna Lantern said it was \"fine\".", ["French/GROUP", "Anna Lantern/PERSON"], "Anna Lantern"),
        ("Prime Minister Marta Walrus said it was \"fine\".", ["Marta Walrus/PERSON"], "Marta Walrus"),
    ])
    func titledNameWithCommonWordSurname(text: String, entities: [String], speaker: String) {
        let found = annotate(text)
        #expect(found.entities == entities)
        #expect(found.speakers == [speaker])
    }
}

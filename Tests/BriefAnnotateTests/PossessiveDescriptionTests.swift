import Testing
@testable import BriefAnnotate

/// "Tom Smith's wife said": a role that a possessor's name pins down speaks, not the possessor;
/// its head noun, not the possessor's given name, says whether a later he or she continues it.
@Suite struct PossessiveDescriptionTests {
    private func speakers(_ text: String) -> [String?] {
        Annotator().annotate(text).quotes.map(\.speaker)
    }

    @Test("a later she or \"in her words\" continues a possessive description that spoke", arguments: [
        ("“We are broke,” Tom Smith's wife said. She added, “We need help.”", "Tom Smith's wife"),
        ("“We are broke,” said Tom Smith's wife. In her words, “We need help.”", "Tom Smith's wife"),
        ("“It is weak,” Tom Smith's lawyer said. In her words, “It will collapse.”", "Tom Smith's lawyer"),
        ("Ann Holt spoke first. “It is weak,” Tom Smith’s lawyer said. In her words, “It will collapse.”", "Tom Smith’s lawyer"),
    ])
    func continues(text: String, speaker: String) {
        #expect(speakers(text) == [speaker, speaker])
    }

    @Test("a pronoun the head noun does not fit, or a name after the description, goes elsewhere")
    func doesNotContinue() {
        let wife = "“We are broke,” Tom Smith's wife said. He added, “We need help.”"
        #expect(speakers(wife).first == "Tom Smith's wife")
        #expect(speakers(wife).last != "Tom Smith's wife")
        // The name after the comma is the one who speaks, as before.
        #expect(speakers("“We are broke,” says Tom Smith’s lawyer, Jane Roe. She added, “We need help.”") == ["Jane Roe", "Jane Roe"])
    }

    @Test("his or her before a role continues a possessive description only when its head noun is that gender", arguments: [
        ("“We are broke,” Tom Smith’s daughter said. His lawyer said: “We will appeal.”", "Tom Smith"),
        ("“We are broke,” Tom Smith’s daughter said. His wife said: “We will appeal.”", "Tom Smith"),
        ("“We are broke,” Tom Smith’s daughter said. Her lawyer said: “We will appeal.”", "Tom Smith’s daughter"),
    ])
    func possessiveGender(text: String, speaker: String) {
        #expect(speakers(text).last == speaker)
    }

    @Test("a possessive description carries a he or she into the next sentence only", arguments: [
        "“The court erred,” said Ann Lee’s lawyer. The judge disagreed. “No error,” he said.",
        "“We will appeal,” said Ann Lee’s lawyer. The prosecutor objected. “Denied,” he said.",
        "“He is innocent,” said Tom Hale’s wife. A neighbour disagreed. “He is not,” she said.",
        "“He is innocent,” said Tom Hale’s mother. The victim’s sister was in court. “He is guilty,” she said.",
    ])
    func notPastAnotherSentence(text: String) {
        let found = speakers(text)
        #expect(found.count == 2)
        // The first quote is the description's; the pronoun two sentences on is not.
        #expect(found.first??.contains("’s ") == true)
        #expect(found.last??.contains("’s ") != true)
    }
}

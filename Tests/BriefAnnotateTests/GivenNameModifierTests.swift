import Testing
@testable import BriefAnnotate

@Suite struct GivenNameModifierTests {
    @Test("a given name alone after \"the\", before a lower-case noun, names a person")
    func modifier() {
        let got = typed("Collectors prized the Marilyn prints above all others.")
        #expect(got.contains("Marilyn/PERSON") && !got.contains("Marilyn/ORG"), "\(got)")
    }

    @Test("a given name after \"the\" before a number is no such modifier")
    func number() {
        #expect(!typed("Shares in the Russell 2000 index fell.").contains("Russell/PERSON"))
    }

    @Test("other single names after \"the\" still name bodies")
    func body() {
        #expect(typed("Officials at the Kremlin declined to comment.").contains("Kremlin/ORG"))
    }
}

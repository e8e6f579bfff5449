import Testing
@testable import BriefAnnotate

/// Common words set in capitals for stress name no organisation.
@Suite struct EmphasisCapitalsTests {
    @Test("a stressed word in capitals is no organisation", arguments: [
        ("He would stay there for years, UNLESS of course he returned.", [String]()),
        ("Quorvan said she would NEVER sign it.", ["Quorvan/PERSON"]),
        ("I NEVER said that, Anna Quorvan wrote.", ["Anna Quorvan/PERSON"]),
    ])
    func stressed(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("other capitals still name an organisation")
    func acronymsStay() {
        #expect(typed("He would stay there for years, ZKOR said.") == ["ZKOR/ORG"])
    }
}

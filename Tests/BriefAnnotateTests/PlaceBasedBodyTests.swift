import Testing
@testable import BriefAnnotate

/// A known place, then a plural or capitals: a team or a local branch, an organisation.
@Suite struct PlaceBasedBodyTests {
    @Test("a place and a plural name a team; a place and capitals a local branch", arguments: [
        ("He signed with Ottawa Lions on Monday.", ["Ottawa Lions/ORG"]),
        ("Lisbon Hawks fans cheered as the match began.", ["Lisbon Hawks/ORG"]),
        ("Officers from Ottawa ZKRP arrested two men.", ["Ottawa ZKRP/ORG"]),
    ])
    func bodies(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("no body after a word that is no plural, a term in capitals or a country", arguments: [
        ("He bought Lisbon Glass at the fair.", ["Lisbon Glass/OTHER"]),
        ("Figures on Lisbon GDP were out.", ["Lisbon GDP/OTHER"]),
        ("He played in two Canada Opens.", ["Canada Opens/OTHER"]),
    ])
    func others(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

import Testing
@testable import BriefAnnotate

/// A place's opening word ("Mount", "Lake", "Fort", "Cape", ...) then a name the gazetteer does
/// not know is a place, also when it opens the sentence.
@Suite struct PlacePrefixTests {
    @Test("a place's opening word and a name make a place", arguments: [
        ("Mount Quorvan erupted on Monday.", ["Mount Quorvan/PLACE"]),
        ("Fort Quorvan was evacuated.", ["Fort Quorvan/PLACE"]),
        ("Lake Quorvan residents voted against it.", ["Lake Quorvan/PLACE"]),
    ])
    func places(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a given name that is also such a word still opens a personal name")
    func givenName() {
        #expect(typed("Glen Quorvan said no.") == ["Glen Quorvan/PERSON"])
    }
}

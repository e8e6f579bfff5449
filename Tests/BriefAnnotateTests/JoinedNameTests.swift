import Testing
@testable import BriefAnnotate

@Suite struct JoinedNameTests {
    @Test("a place whose name holds \"and\" is one mention", arguments: [
        ("Officials in Trinidad and Tobago said the storm had passed.", ["Trinidad and Tobago/PLACE"]),
        ("Voters in Bosnia and Herzegovina went to the polls.", ["Bosnia and Herzegovina/PLACE"]),
        ("Ships reached Saint Vincent and the Grenadines on Monday.", ["Saint Vincent and the Grenadines/PLACE"]),
    ])
    func joined(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("two names joined by \"and\" stay two when the whole is no known name")
    func apart() {
        #expect(typed("Talks between France and Germany resumed.") == ["France/PLACE", "Germany/PLACE"])
    }
}

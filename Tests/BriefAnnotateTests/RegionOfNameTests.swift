import Testing
@testable import BriefAnnotate

@Suite struct RegionOfNameTests {
    @Test("a name after a lower-case region noun and \"of\" is a place", arguments: [
        ("About 80 people left the town of Vrendal after the shelling.", "Vrendal/PLACE"),
        ("Rescuers reached the remote village of Karsholt on foot.", "Karsholt/PLACE"),
        ("Officials in the province of Qarvesh declared an emergency.", "Qarvesh/PLACE"),
    ])
    func place(text: String, expected: String) {
        #expect(typed(text).contains(expected), "\(typed(text))")
    }

    @Test("a given name after the noun is left to the other rules")
    func givenName() {
        #expect(!typed("The town of Michael was quiet.").contains("Michael/PLACE"))
    }
}

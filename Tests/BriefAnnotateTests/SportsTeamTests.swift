import Testing
@testable import BriefAnnotate

@Suite struct SportsTeamTests {
    @Test("a place beside a match score is a team, and so are its other mentions", arguments: [
        ("Group B — Norway 2 – 1 Portugal\n\nNorway pressed early in Oslo.",
         ["Norway/ORG", "Portugal/ORG", "Norway/ORG", "Oslo/PLACE"]),
        ("Chile beat Peru 3-0 on Sunday. Fans in Peru were stunned.",
         ["Chile/PLACE", "Peru/ORG", "Peru/ORG"]),
        ("Croatia 1 – 0 up at half time, the crowd sang.", ["Croatia/ORG"]),
    ])
    func teams(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("numbers that are no score leave places alone", arguments: [
        ("Prices in Canada 1-2 percent higher drew complaints.", ["Canada/PLACE"]),
        ("The 2019-2020 season in Spain ended early.", ["Spain/PLACE"]),
        ("Federer 6-3 in the first set, then Nadal came back.", ["Federer/PERSON", "Nadal/PERSON"]),
    ])
    func noScores(text: String, expected: [String]) {
        let got = typed(text)
        #expect(got.filter { $0.hasSuffix("/ORG") }.isEmpty, "\(got)")
    }
}

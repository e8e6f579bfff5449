import Testing
@testable import BriefAnnotate

/// Public bodies named by a list of portfolios and their country ("Fisheries and Oceans Canada").
@Suite struct PortfolioBodyTests {
    @Test("portfolios joined by commas and \"and\" before a body named after its country are one name", arguments: [
        ("A spokesperson for Fisheries and Oceans Norway said the stock had collapsed.", ["Fisheries and Oceans Norway/ORG"]),
        ("They wrote to Housing, Tourism and Forestry Canada last year.", ["Housing, Tourism and Forestry Canada/ORG"]),
        ("Farming and Fisheries Canada said no.", ["Farming and Fisheries Canada/ORG"]),
    ])
    func listedPortfolios(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an acronym of the whole body's name links to it")
    func acronymOfTheBody() {
        let found = recognize("They wrote to Housing, Tourism and Forestry Canada last year. HTFC said it would reply.").found
        #expect(found.map(\.text) == ["Housing, Tourism and Forestry Canada", "HTFC"])
        #expect(Set(found.map(\.id)).count == 1)
    }

    @Test("places and names in the list stay apart", arguments: [
        ("Exports to France, Germany and Canada rose.", ["France/PLACE", "Germany/PLACE", "Canada/PLACE"]),
        ("He played for Toronto and Hockey Canada.", ["Toronto/PLACE", "Hockey Canada/ORG"]),
    ])
    func namesStayApart(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

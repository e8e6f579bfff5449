import Testing
@testable import BriefAnnotate

/// Public bodies named by a list of portfolios and their country ("Immigration, Refugees and
/// Citizenship Canada"), merged only when the text uses the name's acronym.
@Suite struct PortfolioBodyTests {
    @Test("portfolios before a body named after its country are one name when the text uses its acronym", arguments: [
        ("A spokesperson for Fisheries and Oceans Norway said the stock had collapsed. FON will act.",
         ["Fisheries and Oceans Norway/ORG", "FON/ORG"]),
        ("They wrote to Housing, Tourism and Forestry Canada last year. HTF said no.",
         ["Housing, Tourism and Forestry Canada/ORG", "HTF/ORG"]),
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

    @Test("without the acronym, words joined by \"and\" before such a body stay apart (they may be two bodies)", arguments: [
        ("He joined Swimming and Athletics Canada last year.", ["Athletics Canada/ORG"]),
        ("He joined Rugby and Football Australia last year.", ["Football Australia/ORG"]),
        ("Officials at Health and Transport Canada disagreed.", ["Transport Canada/ORG"]),
        ("He thanked Sponsors and Hockey Canada.", ["Hockey Canada/ORG"]),
        ("Trade and Fisheries Canada officials met.", ["Fisheries Canada/ORG"]),
        ("She joined Nutrition, Fitness and Sport Canada.", ["Sport Canada/ORG"]),
    ])
    func noAcronym(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a name straddling the list's start keeps its words, and no two names overlap", arguments: [
        "He blamed Ottawa Sponsors and Hockey Canada for the delay.",
        "He blamed Ottawa Sponsors and Hockey Canada (SHC) for the delay.",
    ])
    func noOverlap(text: String) {
        let bytes = Array(text.utf8)
        let ranges = EntityRecognizer(registry: EntityRegistry()).recognize(bytes).mentions.map(\.range)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
        #expect(typed(text).prefix(2) == ["Ottawa Sponsors/OTHER", "Hockey Canada/ORG"])
    }

    @Test("places and names in the list stay apart", arguments: [
        ("Exports to France, Germany and Canada rose.", ["France/PLACE", "Germany/PLACE", "Canada/PLACE"]),
        ("He played for Toronto and Hockey Canada.", ["Toronto/PLACE", "Hockey Canada/ORG"]),
    ])
    func namesStayApart(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

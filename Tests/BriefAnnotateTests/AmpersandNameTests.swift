import Testing
@testable import BriefAnnotate

/// No one's name holds "&": a person's run with one is two people or a firm.
@Suite struct AmpersandNameTests {
    @Test("full names either side are two people", arguments: [
        ("Reporting by Anna Kestrel & Tom Quorvan; editing by Mark Lee.", ["Anna Kestrel/PERSON", "Tom Quorvan/PERSON"]),
        ("Later Anna Kestrel & Tom Quorvan arrived.", ["Anna Kestrel/PERSON", "Tom Quorvan/PERSON"]),
    ])
    func twoPeople(text: String, expected: [String]) {
        let found = typed(text)
        for e in expected { #expect(found.contains(e)) }
        #expect(!found.contains { $0.contains("&") })
    }

    @Test("a credit names people even by one word each")
    func credit() {
        #expect(typed("Video: Kestrelo & Quorvani.") == ["Kestrelo/PERSON", "Quorvani/PERSON"])
        #expect(typed("Photos by Kestrelo & Quorvani.") == ["Kestrelo/PERSON", "Quorvani/PERSON"])
    }

    @Test("single words either side, without a credit, name a firm", arguments: [
        ("Hollis & Fenwick raised its prices.", "Hollis & Fenwick/ORG"),
        ("Shares of Brandt & Keller fell.", "Brandt & Keller/ORG"),
    ])
    func firm(text: String, expected: String) {
        #expect(typed(text) == [expected])
    }

    @Test("an organisation or place keeps its ampersand")
    func organisationKeepsIt() {
        #expect(typed("The exhibit opened at the Mary & Leigh Block Museum of Art.").contains { $0.hasPrefix("Mary & Leigh") })
    }
}

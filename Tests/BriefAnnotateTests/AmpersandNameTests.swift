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

    @Test("a firm of several names is not cut into people", arguments: [
        "Martin Quorvel & Brandt advised the buyer.",        // a lone surname beside a full name
        "Hollis Brandt Keller & Fenwick filed the suit.",    // a side of three words is no person
        "Kestrelo Allen & Hamilton won a contract.",         // no given name first
        "Tom & Silent Quorvan Reboot premiered.",            // three words, and a common word
    ])
    func severalNamesNoPeople(text: String) {
        let found = typed(text)
        #expect(found.count == 1)
        #expect(found.first?.contains("&") == true)
    }

    @Test("sides that end in surnames read as a firm")
    func surnamesFirm() {
        #expect(typed("Martin Quorvel & Brandt advised the buyer.") == ["Martin Quorvel & Brandt/ORG"])
        #expect(typed("Hollis Brandt Keller & Fenwick filed the suit.") == ["Hollis Brandt Keller & Fenwick/ORG"])
    }

    @Test("a credit naming agencies (capitals, a known organisation) is not cut into people", arguments: [
        "Photo: KXQ & Quorvani",
        "Photo: Reuters & Quorvani",
    ])
    func agencies(text: String) {
        let found = typed(text)
        #expect(!found.contains { $0.hasSuffix("/PERSON") })
        #expect(found.count == 1)
    }

    @Test("a lone given name beside another lone name is no firm", arguments: [
        "Anna & Meghan launched a podcast.",
        "Tom & Kestrelo were seen in Paris.",
    ])
    func givenNamesNoFirm(text: String) {
        #expect(!typed(text).contains { $0.hasSuffix("/ORG") })
    }

    @Test("a lone given name beside a full name are two people")
    func loneGivenName() {
        #expect(typed("Later Tom & Anna Kestrel arrived.") == ["Tom/PERSON", "Anna Kestrel/PERSON"])
    }
}

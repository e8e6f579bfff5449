import Testing
@testable import BriefAnnotate

/// An acronym that spells a longer name of the same text is that name's entity.
@Suite struct InitialsTests {
    @Test("an acronym joins the name it spells, before or after it", arguments: [
        "The Northern Grain Council raised its forecast on Monday. The NGC said prices would rise.",
        "The NGC said prices would rise. The Northern Grain Council raised its forecast on Monday.",
    ])
    func acronymJoinsItsName(text: String) {
        let (found, _) = recognize(text)
        let ngc = found.first { $0.text == "NGC" }
        #expect(ngc?.id == "northern-grain-council")
        #expect(ngc?.type == .org)
    }

    @Test func joiningWordsAreNotInitials() {
        let (found, _) = recognize("The Bank for Coastal Settlements met in Basel. The BCS kept its rate.")
        #expect(found.first { $0.text == "BCS" }?.id == "bank-for-coastal-settlements")
    }

    /// "US" is the United States even beside a "University of Sheffield".
    @Test func aKnownAcronymKeepsItsMeaningAgainstANameOfAnotherType() {
        let (found, _) = recognize("Researchers at the University of Sheffield said US exports fell in May.")
        let us = found.first { $0.text == "US" }
        #expect(us != nil)
        #expect(us?.id != "university-of-sheffield")
        #expect(us?.type == .place)
    }

    @Test func lettersThatSpellNoNameOfTheTextStayTheirOwn() {
        let (found, _) = recognize("The Northern Grain Council met. The NGX index fell.")
        #expect(found.first { $0.text == "NGX" }?.id != "northern-grain-council")
    }
}

/// Capitals that name a thing are not guessed to be an organisation.
@Suite struct TermAcronymTests {
    @Test("a term in capitals is OTHER, not ORG", arguments: [
        ("Farland's GDP grew by 2 percent in the third quarter.", "GDP"),
        ("The new VAT rate starts on Monday.", "VAT"),
        ("The talks ended at 14:00 GMT on Friday.", "GMT"),
        ("Officials said the AI rules would be set next year.", "AI"),
    ])
    func termsAreNoOrganisations(text: String, term: String) {
        let (found, _) = recognize(text)
        #expect(!found.contains { $0.text == term && $0.type == .org }, "\(found.map(\.description))")
    }

    @Test func organisationsInCapitalsStayOrganisations() {
        let (found, _) = recognize("Officials from the QRZ met on Monday.")
        #expect(found.contains { $0.text == "QRZ" && $0.type == .org })
    }
}

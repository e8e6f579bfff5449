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

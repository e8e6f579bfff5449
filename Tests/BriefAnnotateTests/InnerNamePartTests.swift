import Testing
@testable import BriefAnnotate

/// One word inside a longer personal name, used alone later ("Lula" of "Luiz Inácio Lula da
/// Silva"), is that person when only one full name of the text has it there.
@Suite struct InnerNamePartTests {
    @Test func anInnerPartJoinsItsFullName() {
        let got = recognize("Maria Helena Quaresma Pinto met the press. Quaresma said the talks went well.").found
        let ids = Set(got.filter { $0.type == .person }.map(\.id))
        #expect(got.count == 2 && ids.count == 1, "\(got)")
    }

    @Test func twoFullNamesWithThePartJoinNeither() {
        let got = recognize("""
            Maria Helena Quaresma Pinto met Carlos Quaresma Alves Costa. Quaresma said the talks went well.
            """).found
        let alone = got.first { $0.text == "Quaresma" }
        #expect(alone != nil && !got.contains { $0.text != "Quaresma" && $0.id == alone?.id }, "\(got)")
    }

    @Test func titlesInsideANameAreNoShortForm() {
        let got = recognize("Foreign Affairs Minister Chrystia Varga spoke. Global Affairs said it would act.").found
        let person = got.first { $0.text.contains("Varga") }
        #expect(!got.contains { $0.text == "Global Affairs" && $0.id == person?.id }, "\(got)")
        #expect(!got.contains { $0.text == "Affairs" && $0.id == person?.id }, "\(got)")
    }
}

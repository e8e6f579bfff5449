import Testing
@testable import BriefAnnotate

@Suite struct AcronymCreditTests {
    @Test("capitals in parentheses after an abbreviation are a credit, not its acronym")
    func credit() {
        let found = recognize("Pupils crowd a portable classroom in Dunmore, B.C. (CBC)").found
        let bc = found.first { $0.text == "B.C." }, cbc = found.first { $0.text == "CBC" }
        #expect(bc != nil && cbc != nil && bc?.id != cbc?.id, "\(found)")
    }

    @Test("an acronym in parentheses after a full name is still that name")
    func definition() {
        let found = recognize("The Northern Grain Board (NGB) met on Monday. The NGB said prices would rise.").found
        let ids = Set(found.filter { $0.text == "Northern Grain Board" || $0.text == "NGB" }.map(\.id))
        #expect(ids.count == 1, "\(found)")
    }
}

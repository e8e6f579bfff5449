import BriefAnnotate
import Testing
@testable import BriefSite

/// A quote's anchor and its link from its own page are `q-N` and `#q-N` for every number,
/// written as bytes or, past a short string's room, joined as text.
@Suite("Quote anchors")
struct QuoteAnchorTests {
    @Test func anchorsAreTheNumberAfterQ() {
        let numbers = Array(0...1_200) + [9_999, 10_000, 123_456_789, 999_999_999_999, 1_000_000_000_000, Int.max, -1, -42, Int.min]
        for number in numbers {
            let quote = QuoteSummary(number: number, text: "x", kind: .full)
            #expect(quote.anchor == "q-" + String(number))
            #expect(quote.anchorLink == "#q-" + String(number))
            #expect(Array(quote.anchorLink.utf8) == Array(("#q-" + String(number)).utf8))
        }
    }
}

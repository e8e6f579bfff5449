import Testing
@testable import BriefAnnotate

@Suite struct ObservanceTests {
    @Test("an observance is an event, not a place or a body", arguments: [
        ("Pilgrims crowded Mina during the Hajj, the annual pilgrimage.", "Hajj"),
        ("Shops in Jakarta close early for Ramadan.", "Ramadan"),
        ("Lanterns marked the end of the Lunar New Year celebrations in Hanoi.", "Lunar New Year"),
        ("The mayor served dinner to families before Thanksgiving.", "Thanksgiving"),
    ])
    func observance(text: String, name: String) {
        let got = typed(text)
        #expect(got.contains("\(name)/OTHER"), "\(got)")
        #expect(!got.contains("\(name)/PLACE") && !got.contains("\(name)/ORG"), "\(got)")
    }

    @Test("a longer name that opens with an observance's word keeps its own type")
    func longerName() {
        let got = typed("The plane landed on Christmas Island on Friday.")
        #expect(got.contains("Christmas Island/PLACE"), "\(got)")
    }
}

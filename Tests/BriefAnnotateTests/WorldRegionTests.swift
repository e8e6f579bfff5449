import Testing
@testable import BriefAnnotate

@Suite struct WorldRegionTests {
    @Test("world regions in their common spellings are places", arguments: [
        ("He urged the governments of South East Asia to act.", "South East Asia"),
        ("Drought has spread across Sub-Saharan Africa this year.", "Sub-Saharan Africa"),
        ("Storms crossed the Great Plains overnight.", "Great Plains"),
        ("Rain is forecast for the Pacific Northwest on Friday.", "Pacific Northwest"),
    ])
    func region(text: String, name: String) {
        let got = typed(text)
        #expect(got.contains("\(name)/PLACE"), "\(got)")
    }
}

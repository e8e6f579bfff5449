import Testing
@testable import BriefAnnotate

@Suite struct EthnicGroupTests {
    @Test("an ethnic group is a group of people, not an organisation", arguments: [
        ("Boats carrying Rohingya reached the coast on Sunday.", "Rohingya"),
        ("The envoy met leaders of the Hazara in the capital.", "Hazara"),
        ("Clashes between Hutus and Tutsis displaced thousands.", "Tutsis"),
    ])
    func group(text: String, name: String) {
        let got = typed(text)
        #expect(got.contains("\(name)/GROUP"), "\(got)")
    }
}

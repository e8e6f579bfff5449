import Testing
@testable import BriefAnnotate

@Suite struct CountryAgentTests {
    @Test("a country that acts twice or more stands for its government in every mention", arguments: [
        ("Norway fired warning shots on Monday. Later, Norway also warned fishing boats near Svalbard.",
         ["Norway/ORG", "Norway/ORG", "Svalbard/PLACE"]),
        ("Chile protested the ruling, and Chile recalled its envoy. Talks in Chile stalled.",
         ["Chile/ORG", "Chile/ORG", "Chile/ORG"]),
    ])
    func actors(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a country that acts once, is described, or is mostly a place stays a place", arguments: [
        ("Portugal said the talks would resume. Fans in Portugal cheered.", "Portugal"),
        ("Peru is a large country, and Peru has many mountains.", "Peru"),
        ("Ghana warned traders. Exports from Ghana grew, and prices in Ghana rose. Ghana said more.", "Ghana"),
    ])
    func places(text: String, name: String) {
        let got = typed(text).filter { $0.hasPrefix(name + "/") }
        #expect(!got.isEmpty && got.allSatisfy { $0 == name + "/PLACE" }, "\(got)")
    }

    @Test("a country that is also a given name may be a person speaking")
    func givenName() {
        let got = typed("Jordan said the coach was kind. Jordan said the team would help.")
        #expect(!got.contains("Jordan/ORG"), "\(got)")
    }
}

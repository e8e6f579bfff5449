import Testing
@testable import BriefAnnotate

/// A known place, then a plural or capitals, is no organisation by that alone: provinces'
/// codes, roles, airport codes and plural common nouns follow places as often as teams do.
@Suite struct PlaceBasedBodyTests {
    @Test("a place then capitals or a plural stays OTHER", arguments: [
        ("He moved to Vancouver BC last year.", ["Vancouver BC/OTHER"]),
        ("He moved to Calgary AB last year.", ["Calgary AB/OTHER"]),
        ("He moved to Winnipeg MB last year.", ["Winnipeg MB/OTHER"]),
        ("A Quebec MNA spoke.", ["Quebec MNA/OTHER"]),
        ("He is a Toronto DJ.", ["Toronto DJ/OTHER"]),
        ("She is a Toronto MD.", ["Toronto MD/OTHER"]),
        ("He flew into Toronto YYZ.", ["Toronto YYZ/OTHER"]),
        ("California Wildfires destroyed homes.", ["California Wildfires/OTHER"]),
        ("Toronto Fans cheered.", ["Toronto Fans/OTHER"]),
        ("Quebec Nurses marched.", ["Quebec Nurses/OTHER"]),
        ("Ontario Teachers marched.", ["Ontario Teachers/OTHER"]),
    ])
    func noBody(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

import Testing
@testable import BriefAnnotate

@Suite struct SentenceInitialNameTests {
    @Test("a common word opening a sentence joins the surname when the text gives that full name")
    func fullNameElsewhere() {
        let got = typed("The coach praised Anna Berg and Story Holloway after the match. Story Holloway's header came late.")
        #expect(got.filter { $0 == "Story Holloway/PERSON" }.count == 2, "\(got)")
    }

    @Test("without the full name elsewhere, the opening word stays out")
    func noFullName() {
        let got = typed("Coach Anna Berg praised Holloway. Story Holloway's header came late.")
        #expect(!got.contains("Story Holloway/PERSON"), "\(got)")
    }
}

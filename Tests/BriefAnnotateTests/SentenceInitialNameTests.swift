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

    @Test("an instruction to the reader opening a sentence starts no name, even a verb that is a given name")
    func readerInstructions() {
        for verb in ["See", "Read", "Watch", "Like", "Listen to"] {
            let got = typed("The talks ended. \(verb) Okonkwo Adeyemi for more.")
            #expect(got.contains("Okonkwo Adeyemi/PERSON"), "\(verb): \(got)")
            #expect(!got.contains { $0.hasPrefix(verb + " ") }, "\(verb): \(got)")
        }
        let linked = typed("The minister spoke on Monday. See Lavrov for more.")
        #expect(!linked.contains("See Lavrov/PERSON"), "\(linked)")
        // Given names that are common words still start a name there.
        let names = typed("The talks ended. Will Okafor arrived. Grace Tan said hello.")
        #expect(names.contains("Will Okafor/PERSON") && names.contains("Grace Tan/PERSON"), "\(names)")
    }
}

import Testing
@testable import BriefAnnotate

/// An auxiliary that given-name lists hold too ("Will", "May") opening a sentence before a name:
/// the verb of a question ("Will Lavrov attend?"), or of a sentence about a person the text names
/// with another given name; a first name elsewhere ("Will Smith arrived").
@Suite struct AuxiliaryOpeningTests {
    @Test("an auxiliary opening a question is no given name")
    func questions() {
        for question in ["Will Okonkwo attend the summit?", "Will Okonkwo attend the summit, or send a deputy?",
                         "He asked: “Will Okonkwo attend?” Nobody knew."] {
            let got = typed("The talks open on Monday in Vienna. " + question)
            #expect(!got.contains { $0.hasPrefix("Will ") }, "\(question): \(got)")
        }
    }

    @Test("an auxiliary before the surname of a full name the text gives is the verb")
    func surnameOfAnotherFullName() {
        let got = recognize("Adaeze Okonkwo arrived in Vienna on Monday. Will Okonkwo attend the summit.").found
        #expect(!got.contains { $0.text.hasPrefix("Will ") }, "\(got)")
        let ids = Set(got.filter { $0.text.hasSuffix("Okonkwo") }.map(\.id))
        #expect(ids.count == 1, "\(got)")
    }

    @Test("a given name that is an auxiliary still opens a statement's name")
    func statementsKeepTheName() {
        #expect(typed("The talks ended. Will Okafor arrived in Vienna.").contains("Will Okafor/PERSON"))
        #expect(typed("Will Young, a locomotive mechanic, said the line was safe.").contains("Will Young/PERSON"))
        // The same full name elsewhere in the text names the person in the question too.
        let got = typed("Will Okafor arrived in Vienna on Monday. Will Okafor win the vote?")
        #expect(got.filter { $0 == "Will Okafor/PERSON" }.count == 2, "\(got)")
        // Another Okafor, and Will Okafor named mid-sentence: the name stands.
        let both = typed("Chidi Okafor met the press. Reporters later met Will Okafor. Will Okafor spoke first.")
        #expect(both.filter { $0 == "Will Okafor/PERSON" }.count == 2, "\(both)")
    }
}

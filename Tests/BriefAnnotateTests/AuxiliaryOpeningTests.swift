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

    @Test("an auxiliary before a name and a bare verb is the verb, without evidence of the name", arguments: [
        "Will Okonkwo attend the summit.", "The talks open on Monday. Will Okonkwo attend.",
        "May Okonkwo speak first at the summit.",
    ])
    func bareVerbStatement(text: String) {
        let got = typed(text)
        #expect(!got.contains { $0.hasPrefix("Will ") || $0.hasPrefix("May ") }, "\(got)")
    }

    @Test("a statement's verb form, a comma or a conjunction after the name keeps it", arguments: [
        ("Will Okafor won the vote on Monday.", "Will Okafor/PERSON"),
        ("Will Okafor says the vote was fair.", "Will Okafor/PERSON"),
        ("Will Okafor and his deputy arrived in Vienna.", "Will Okafor/PERSON"),
        ("The vote was counted.\nWill Okafor\nStaff writer", "Will Okafor/PERSON"),
    ])
    func statementCuesKeepTheName(text: String, expected: String) {
        #expect(typed(text).contains(expected), "\(typed(text))")
    }

    @Test("the text's full name elsewhere makes the name before a bare verb")
    func fullNameElsewhereBeforeBareVerb() {
        let got = typed("Will Okafor arrived in Vienna on Monday. Will Okafor attend the summit.")
        #expect(got.filter { $0 == "Will Okafor/PERSON" }.count == 2, "\(got)")
    }

    @Test("a month that is a given name opens a personal name before a surname", arguments: [
        ("The reporter April Okafor asked a question. Okafor said it was fair.", ["April Okafor/PERSON", "Okafor/PERSON"]),
        ("May Okonkwo said it was funny.", ["May Okonkwo/PERSON"]),
        ("Singer June Okafor arrived in Vienna.", ["June Okafor/PERSON", "Vienna/PLACE"]),
    ])
    func monthAsGivenName(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a month in a date, or an auxiliary in a question, opens no name", arguments: [
        "In May Okonkwo said no.", "On 5 May Okonkwo left.", "Last June Okonkwo spoke.", "May Okonkwo attend?",
    ])
    func monthAsDate(text: String) {
        let got = typed(text)
        #expect(!got.contains { $0.hasPrefix("May ") || $0.hasPrefix("June ") }, "\(got)")
    }
}

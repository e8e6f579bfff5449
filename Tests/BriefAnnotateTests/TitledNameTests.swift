import Testing
@testable import BriefAnnotate

/// Titles before a person's name are part of the mention ("President Donald Trump", as GUM
/// and other news corpora mark names), while the entity keeps the bare name; a nationality
/// before the title keeps the title out ("Russian Foreign Minister Sergei Lavrov").
@Suite struct TitledNameTests {
    @Test("titles and honorifics join the person's mention", arguments: [
        ("Yesterday President Quorvan Mibbs spoke.", ["President Quorvan Mibbs/PERSON"]),
        ("On Monday Professor Anna Kestrel spoke.", ["Professor Anna Kestrel/PERSON"]),
        ("Later Mr Mibbs spoke.", ["Mr Mibbs/PERSON"]),
        ("Later Ms. Quorvan spoke.", ["Ms. Quorvan/PERSON"]),
        ("It was signed by Prime Minister Anna Kestrel on Friday.", ["Prime Minister Anna Kestrel/PERSON"]),
        ("Yesterday Home Secretary Anna Quorvan spoke.", ["Home Secretary Anna Quorvan/PERSON"]),
        // After an honorific alone, a common word is a surname too.
        ("Later Mr Kestrel spoke.", ["Mr Kestrel/PERSON"]),
    ])
    func titlesJoin(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a place or organisation before the title stays a mention of its own", arguments: [
        ("U.S. Senator Quorvan Mibbs said so.", ["U.S./PLACE", "Senator Quorvan Mibbs/PERSON"]),
        ("NASA Administrator Anna Kestrel said so.", ["NASA/ORG", "Administrator Anna Kestrel/PERSON"]),
    ])
    func qualifierStaysOut(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a title after an organisation's name is no part of it")
    func highCommissioner() {
        #expect(typed("It came after the United Nations High Commissioner for Refugees spoke.") == ["United Nations/ORG"])
    }

    @Test("after a nationality the title stays out of the mention")
    func nationalityKeepsTitleOut() {
        #expect(typed("Slovak Prime Minister Anna Kestrel said so.") == ["Slovak/GROUP", "Anna Kestrel/PERSON"])
    }

    @Test func entityKeepsTheBareNameAndLinksTitledMentions() {
        let (found, entities) = recognize("Professor Anna Quorvan arrived. Later Professor Quorvan said it was fine.")
        #expect(found.map(\.description) == ["Professor Anna Quorvan/PERSON/anna-quorvan", "Professor Quorvan/PERSON/anna-quorvan"])
        #expect(entities.map(\.name) == ["Anna Quorvan"])
        #expect(entities.first?.role == "Professor")
    }
}

/// An event's name is one name, also when a place opens it ("Munich Security Conference").
@Suite struct EventNameTests {
    @Test("an event's head word keeps a leading place inside the name", arguments: [
        ("Delegates met at the Lisbon Security Conference on Friday.", ["Lisbon Security Conference/ORG"]),
        ("Crowds came to the Oslo Lantern Festival on Sunday.", ["Oslo Lantern Festival/OTHER"]),
        ("She was a guest at the Quorvan Science Fair this weekend.", ["Quorvan Science Fair/OTHER"]),
        ("He won the Kestrel Prize last year.", ["Kestrel Prize/OTHER"]),
        // Laws and programmes are named the same way.
        ("Lawmakers passed the Clean Water Act on Monday.", ["Clean Water Act/OTHER"]),
        ("The Zyxland Space Program ended.", ["Zyxland Space Program/OTHER"]),
        // Holidays, unless a given name opens the name.
        ("The flag was raised on Quorvan Day this year.", ["Quorvan Day/OTHER"]),
        ("The song was sung by Doris Day in 1956.", ["Doris Day/PERSON"]),
    ])
    func events(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an organisation after a place still splits from it")
    func organisationsStillSplit() {
        #expect(typed("The Lisbon Police Department said so.") == ["Lisbon/PLACE", "Police Department/ORG"])
    }
}

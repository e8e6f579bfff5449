import Testing
@testable import BriefAnnotate

@Suite struct EntityContextTests {
    @Test("a name listed with a person's full name is a person", arguments: [
        ("The goals came from Marek Tolvan, Rusty Vell, and Brisk Ammer.",
         ["Marek Tolvan/PERSON", "Rusty Vell/PERSON", "Brisk Ammer/PERSON"]),
        ("Officials named Stony Parv and Marek Tolvan.", ["Stony Parv/PERSON", "Marek Tolvan/PERSON"]),
    ])
    func listedWithAPerson(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an unknown word whose possessive precedes a person's name is an organisation")
    func possessiveBeforeAPerson() {
        #expect(typed("The youth group Velmora's Marek Tolvan won a seat.") == ["Velmora/ORG", "Marek Tolvan/PERSON"])
    }

    @Test("a sentence may open with an organisation's name of common words")
    func sentenceInitialOrganisation() {
        #expect(typed("Brave Party's Marek Tolvan was elected on Sunday.") == ["Brave Party/ORG", "Marek Tolvan/PERSON"])
    }

    @Test("a caption label and its colon end the name before it", arguments: [
        ("The final was held in Lisbon Image: Marek Tolvan.", ["Lisbon/PLACE", "Marek Tolvan/PERSON"]),
        ("Fans cheered Marek Tolvan Photo: Reuters.", ["Marek Tolvan/PERSON", "Reuters/ORG"]),
    ])
    func captionLabels(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

@Suite struct EntityAppositionTests {
    @Test("a name with a role in apposition is a person", arguments: [
        ("Zelkin, a resident of the town, was asleep when the storm hit.", ["Zelkin/PERSON"]),
        ("The prize went to Orvane, the team's goalkeeper, at last.", ["Orvane/PERSON"]),
    ])
    func roleApposition(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a known place first, then a common word, reads as no person", arguments: [
        ("He met Bergen Crown prosecutor Marek Tolvan on Monday.", ["Bergen Crown/OTHER", "Marek Tolvan/PERSON"]),
        ("For instance, Georgia Milk has a new plan.", ["Georgia Milk/OTHER"]),
        ("Georgia Tolvan has a new plan.", ["Georgia Tolvan/PERSON"]),
    ])
    func placeFirst(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

@Suite struct OrganisationThenPersonTests {
    @Test("an organisation's name followed by a personal name in one chunk is split", arguments: [
        ("The photo is by NATO Peter Quorvan.", ["NATO/ORG", "Peter Quorvan/PERSON"]),
        ("Zyxland Council Peter Quorvan told reporters so.", ["Zyxland Council/ORG", "Peter Quorvan/PERSON"]),
    ])
    func split(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

@Suite struct PlaceFirstNameTests {
    @Test("a given name that is also a place still opens a personal name")
    func placeNamedPerson() {
        #expect(typed("Vladimir Quorvan left early.") == ["Vladimir Quorvan/PERSON"])
    }
}

@Suite struct ModelCodeTests {
    @Test("capitals with digits or a hyphened number are no organisation", arguments: [
        ("Users still run QX7 on old machines.", ["QX7/OTHER"]),
        ("The crew flew on STS-41 in spring.", ["STS/OTHER"]),
        ("Leaders met at the G20 in Osaka.", ["G20/ORG", "Osaka/PLACE"]),
    ])
    func codes(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

@Suite struct SurnameEvidenceTests {
    @Test("a later honorific or speech verb with the last word types the full name as a person", arguments: [
        ("Talks were led by Brisk Ammer on Monday. Later, Mr Ammer said the plan would work.", "Mr Ammer/PERSON"),
        ("Talks were led by Brisk Ammer on Monday. Ammer said the plan would work.", "Ammer/PERSON"),
    ])
    func surname(text: String, later: String) {
        let found = recognize(text).found
        #expect(found.map { "\($0.text)/\($0.type.rawValue)" } == ["Brisk Ammer/PERSON", later])
        #expect(Set(found.map(\.id)) == ["brisk-ammer"])
    }
}

@Suite struct CurrencyCodeTests {
    @Test("a country's code before a dollar sign is part of the currency", arguments: [
        ("He was freed on US$ 5,000 bail in Ohio.", ["Ohio/PLACE"]),
        ("The plan cost NZ $12 million.", [String]()),
    ])
    func currency(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

import Testing
@testable import BriefAnnotate

/// Where a name ends and what it is, from general facts of news text: link labels in capitals,
/// web domains, newspapers named after their city, church and trade bodies' head words.
@Suite struct NameEdgeTests {
    @Test("a reader's instruction in capitals, and the capitals after it, name nothing", arguments: [
        ("READ MORE: Zorvel scam uses old passwords to extort money", [String]()),
        ("WATCH BELOW: Kadri Varlen explains the plan\n\nThe plan was approved.", ["Kadri Varlen/PERSON"]),
        ("LISTEN: The mayor spoke on Monday.", [String]()),
    ])
    func linkLabels(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("capitals opening a sentence that are no instruction stay an organisation")
    func acronymsStillOpenSentences() {
        #expect(typed("ZKRB said the plan was approved.") == ["ZKRB/ORG"])
    }

    @Test("a web domain written onto a name is part of it, and names a website", arguments: [
        ("The story ran on Zorvex.com on Monday.", ["Zorvex.com/OTHER"]),
        ("The report appeared on KVBC.ca, on Monday.", ["KVBC.ca/OTHER"]),
        ("Sites such as Quillet.org, and others, ran it.", ["Quillet.org/OTHER"]),
    ])
    func webDomains(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a path or a longer host after the domain keeps the name apart")
    func domainWithPath() {
        #expect(!typed("See Zorvex.com/news for more.").contains("Zorvex.com/OTHER"))
    }

    @Test("a newspaper's title keeps its city, a company's legal name its place; other bodies after a place still split")
    func newspaperWithCity() {
        #expect(typed("According to the Sydney Morning Herald, the court met.") == ["Sydney Morning Herald/ORG"])
        #expect(typed("According to the Halifax Free Press, the court met.") == ["Halifax Free Press/ORG"])
        #expect(typed("The Irving Police Department said so.") == ["Irving/PLACE", "Police Department/ORG"])
        #expect(typed("Officials at Toyota Motor Corp. said production would resume.") == ["Toyota Motor Corp./ORG"])
        #expect(typed("Shares of Halifax Harbour Holdings fell.") == ["Halifax Harbour Holdings/ORG"])
        #expect(typed("The U.S. Overseas Export Corp. paid.") == ["U.S./PLACE", "Overseas Export Corp./ORG"])
    }

    @Test("a diocese, a chamber and a brotherhood head organisation names", arguments: [
        ("The Roman Catholic Diocese of Covington condemned it.", ["Roman Catholic Diocese of Covington/ORG"]),
        ("The Archdiocese of Toronto said it would help.", ["Archdiocese of Toronto/ORG"]),
        ("The Canadian Brotherhood of Railway Employees voted.", ["Canadian Brotherhood of Railway Employees/ORG"]),
    ])
    func organisationHeads(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an adjective made from a name, after \"the\" and before its noun, names no body", arguments: [
        "It is one of the pillars of the Islamic faith.", "Then the Zorvanian team won the final.",
        "He retold the Arthurian legend.", "She studied the Vanuatuese language.",
    ])
    func adjectivesAfterThe(text: String) {
        #expect(typed(text) == [], "\(typed(text))")
    }

    @Test("one unknown word after \"the\" is still an organisation before a verb or a stop")
    func bodyAfterThe() {
        #expect(typed("Officials said the Zorvexian had left.") == ["Zorvexian/ORG"])
        #expect(typed("He wrote to the Quillet about it.") == ["Quillet/ORG"])
    }

    @Test("a common word opening a sentence before a country's name opens a team's or body's name", arguments: [
        ("Team Estonia had to rebuild its robot.", ["Team Estonia/ORG"]),
        ("Hockey Canada said it would review the case.", ["Hockey Canada/ORG"]),
        ("Central Canada was hit by the storm.", ["Canada/PLACE"]),
        ("Canada won the vote.", ["Canada/PLACE"]),
    ])
    func bodyNamedAfterCountryOpensSentence(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an age between commas after one unknown name makes a person; a known place stays one", arguments: [
        ("Brennerova, 61, said she would retire.", ["Brennerova/PERSON"]),
        ("In Paris, 19, people were hurt.", ["Paris/PLACE"]),
        ("Brennerova, 2019, was a hard year.", [String]()),
    ])
    func ageApposition(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("\"the diocese\" speaks for the diocese the text named")
    func dioceseSpeaks() {
        let text = "The Roman Catholic Diocese of Covington condemned the students. The diocese issued a statement on Tuesday, saying a “third-party investigation” will look into it."
        let quotes = Annotator().annotate(text).quotes
        #expect(quotes.map(\.speaker) == ["Roman Catholic Diocese of Covington"], "\(quotes.map(\.speaker))")
    }
}

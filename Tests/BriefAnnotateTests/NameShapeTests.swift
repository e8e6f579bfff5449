import Testing
@testable import BriefAnnotate

/// Names whose words give their type away: acronyms are bodies, "<common words> <country>" is a
/// public body, an Arabic particle continues a personal name (ChunkClassifier+Shapes).
@Suite struct NameShapeTests {
    @Test("an acronym before a speech verb is an organisation, a name before one a person", arguments: [
        ("Later that day QZRB said the permits were late.", ["QZRB/ORG"]),
        ("In a statement, QZRB has told reporters it would wait.", ["QZRB/ORG"]),
        ("Later that day Quorvan said the permits were late.", ["Quorvan/PERSON"]),
    ])
    func acronymSpeaking(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an acronym hyphened or joined to a name opens an organisation's name, not a person's", arguments: [
        ("The case against ZKV-Morlavin went on for years.", ["ZKV-Morlavin/ORG"]),
        ("Shares of QRT Barlowe fell sharply.", ["QRT Barlowe/ORG"]),
        ("The case against Zaria Morlavin went on for years.", ["Zaria Morlavin/PERSON"]),
    ])
    func acronymOpensOrganisation(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("common words before a country's name make a body", arguments: [
        ("He wrote to Hockey Canada on Monday.", ["Hockey Canada/ORG"]),
        ("Funding came from Infrastructure Canada last year.", ["Infrastructure Canada/ORG"]),
    ])
    func bodyNamedAfterCountry(text: String, expected: [String]) {
        #expect(typed(text).first == expected.first)
    }

    @Test("a word qualifying a place before a country's name makes no body")
    func regionOfCountry() {
        #expect(!typed("They moved to rural areas of Northern Canada last year.").contains { $0.hasSuffix("/ORG") })
    }

    @Test("the body after a country's name keeps its type in the speaker of a quote")
    func bodyAsSpeaker() {
        let a = Annotator().annotate("Funding came from Infrastructure Canada. “We fund roads,” Infrastructure Canada said.")
        #expect(a.quotes.first?.speaker == "Infrastructure Canada")
    }

    @Test("an Arabic particle inside a chunk continues a personal name, also before a common word", arguments: [
        ("For Zaineb Al Hashish and her family, the winter was hard.", ["Zaineb Al Hashish/PERSON"]),
        ("For Qorvan El Baker and his family, the winter was hard.", ["Qorvan El Baker/PERSON"]),
        ("The Museum Al Baker opened last year.", [String]()),
    ])
    func arabicParticle(text: String, expected: [String]) {
        let found = typed(text)
        if let first = expected.first { #expect(found.first == first) } else { #expect(!found.contains { $0.hasSuffix("/PERSON") }) }
    }

    @Test("an unknown word and a field of business are a company; a known name and a portfolio are not", arguments: [
        ("The state paid Zorvex Energy a large sum.", "Zorvex Energy/ORG"),
        ("He bought shares of Qarlin Finance last year.", "Qarlin Finance/ORG"),
    ])
    func companyInField(text: String, expected: String) {
        #expect(typed(text).first == expected)
    }

    @Test("a known place before a party's or a people's word is the place and the group, no person", arguments: [
        ("“No,” the Kentucky Republican said.", ["Kentucky/PLACE", "Republican/GROUP"]),
        ("She met a Nova Scotia Liberal on Friday.", ["Nova Scotia/PLACE", "Liberal/GROUP"]),
    ])
    func placeThenGroup(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a railway's name is an organisation")
    func railway() {
        #expect(typed("Trains of the Quorvan Pacific Railway were late.").first == "Quorvan Pacific Railway/ORG")
    }

    @Test("a minister's portfolio after a place stays no company")
    func portfolioAfterPlace() {
        #expect(!typed("The Ontario Energy minister spoke.").contains("Ontario Energy/ORG"))
    }

    @Test("a hyphened compound inside an appositive leaves its head to type the name")
    func hyphenedAppositive() {
        #expect(typed("A case against Zorvalin, a Quebec-based engineering firm, went on.").first == "Zorvalin/ORG")
    }
}

/// One word guessed a person that opens an organisation's name of the same text (EntityLinker).
@Suite struct OrganisationOpenerTests {
    @Test("a word before a speech verb that opens an organisation's name of the text is that organisation")
    func openerIsOrganisation() {
        let found = typed("Zorvex Media cut staff. Zorvex said the cuts were needed. Zorvex later sold it.")
        #expect(found == ["Zorvex Media/ORG", "Zorvex/ORG", "Zorvex/ORG"])
    }

    @Test("a person's full name with the word keeps it a person")
    func fullNameKeepsPerson() {
        let found = typed("Zorvex Media cut staff. Ted Zorvex said the cuts were needed.")
        #expect(found.contains("Ted Zorvex/PERSON"))
        #expect(!found.contains("Ted Zorvex/ORG"))
    }
}

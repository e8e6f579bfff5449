import Testing
@testable import BriefAnnotate

/// Cues that make a lone capitalised word an organisation, or capitals no organisation.
@Suite struct OrganisationCueTests {
    @Test("an organisation's head word alone after \"the\" is the organisation, also before a speech verb", arguments: [
        ("Officials said the Church denied the claims.", ["Church/ORG"]),
        ("The case on which the Court has ruled was old.", ["Court/ORG"]),
        ("He was unhappy with the Administration's plan.", ["Administration/ORG"]),
    ])
    func headWordAlone(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("Roman numerals, post-nominal letters and terms in capitals (OTHER) are no organisations", arguments: [
        ("It was part XVII of the series.", [String]()),
        ("The defence, led by Anna Quorvan, QC, said it was fine.", ["Anna Quorvan/PERSON"]),
        ("He was a VIP guest and lost 15 IQ points.", ["VIP/OTHER", "IQ/OTHER"]),
    ])
    func noOrganisation(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("capitals after a person's name that run on into the phrase stay an organisation")
    func acronymInApposition() {
        #expect(typed("It was Anna Quorvan, ZKO chief, who spoke.") == ["Anna Quorvan/PERSON", "ZKO/ORG"])
    }

    @Test("one unknown word ending in \"news\" is a news outlet")
    func newsOutlet() {
        #expect(typed("Yesterday Zyxnews reported the fire.") == ["Zyxnews/ORG"])
    }

    @Test("a newspaper's title word ends an organisation's name", arguments: [
        ("He told the Quorvan Star on Monday.", ["Quorvan Star/ORG"]),
        ("The Lisbon Chronicle reported it.", ["Lisbon Chronicle/ORG"]),
    ])
    func newspapers(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a city's name, then a newspaper's title word that is a common word, is the paper, also without \"the\"", arguments: [
        ("He wrote to Ottawa Citizen editors.", ["Ottawa Citizen/ORG"]),
        ("\"Fire in the port\" — Lisbon Sun, August 16, 2008", ["Lisbon Sun/ORG"]),
        ("She wrote in Lisbon Globe last week.", ["Lisbon Globe/ORG"]),
    ])
    func cityNewspapers(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a country, \"Record\" or \"a\"/\"an\" before the place names no newspaper", arguments: [
        ("She is a US Citizen now.", ["US Citizen/OTHER"]),
        ("He set an Ontario Record for the event.", ["Ontario Record/OTHER"]),
        ("She set a Boston Record in the marathon.", ["Boston Record/OTHER"]),
    ])
    func noNewspaper(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("the paper after \"the\" is still the paper", arguments: [
        ("He wrote for the Vancouver Sun in May.", ["Vancouver Sun/ORG"]),
        ("She told the Ottawa Citizen on Monday.", ["Ottawa Citizen/ORG"]),
    ])
    func theNewspaper(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("a given name that is also a city, then such a word, stays a person")
    func givenNameCity() {
        #expect(typed("Sydney Sun said no.") == ["Sydney Sun/PERSON"])
    }

    @Test("a name before a lower-case noun for a region is a place")
    func regionNoun() {
        #expect(typed("She met the president of the Zyxano region on Monday.") == ["Zyxano/PLACE"])
    }

    @Test("one unknown word right after a speech verb is a person")
    func speakerAfterVerb() {
        #expect(typed("Recipients, said Quorvan, must show the works.") == ["Quorvan/PERSON"])
        #expect(typed("Recipients, said ZKO, must show the works.") == ["ZKO/ORG"])
    }

    @Test("a name hyphened to pro-, anti- or non- is an adjective, no mention", arguments: [
        ("Pro-Beijing candidates won.", [String]()),
        ("The anti-Kremlin camp lost in Lisbon.", ["Lisbon/PLACE"]),
    ])
    func adjectivePrefixes(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("an unknown name after a person's full name and \"of\" is the person's party or employer", arguments: [
        ("The seat went to Anna Quorvan of Zyxian Passion on Monday.", ["Anna Quorvan/PERSON", "Zyxian Passion/ORG"]),
        ("He photographed Nick Kestrel of Quorvan Quorvan.", ["Nick Kestrel/PERSON", "Quorvan Quorvan/ORG"]),
        // A known place stays a place; one common word is too weak to type.
        ("It was Anna Quorvan of Lisbon who won.", ["Anna Quorvan/PERSON", "Lisbon/PLACE"]),
        ("It was Anna Quorvan of Studio 54 who won.", ["Anna Quorvan/PERSON"]),
    ])
    func affiliation(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("titles that end a chunk after an organisation's or a place's name are no part of it")
    func trailingTitles() {
        #expect(typed("Jeff Quorvan, the State Department Spokesperson, said so.") == ["Jeff Quorvan/PERSON", "State Department/ORG"])
        #expect(typed("She was the Museum of Zyxland CEO until May.") == ["Museum of Zyxland/PLACE"])
        // A portfolio after "of" belongs to the name.
        #expect(typed("The Department of Agriculture said so.") == ["Department of Agriculture/ORG"])
    }

    @Test("the pronoun I with a contracted verb is no name, also before a speech verb", arguments: [
        "\"I'm told it works,\" he said.",
        "I’ve told them so.",
    ])
    func firstPersonContraction(text: String) {
        #expect(typed(text) == [])
    }

    @Test("a news outlet's name after a speech verb stays the outlet")
    func outletAfterSpeechVerb() {
        #expect(typed("Recipients, said Zyxnews, must show the works.") == ["Zyxnews/ORG"])
    }

    @Test("a name-like pair that ends in capitals is no personal name")
    func capitalsEndNoPersonalName() {
        #expect(typed("Many tried Zyxstation VR at the show.") == ["Zyxstation VR/OTHER"])
    }

    @Test("capitals before a noun for a system, a scheme or a study name that thing", arguments: [
        ("Taxes moved from the ZQI system to the ZQU system.", ["ZQI/OTHER", "ZQU/OTHER"]),
        ("Results of ZYXLAN studies were published.", ["ZYXLAN/OTHER"]),
    ])
    func thingCapitals(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("one capital hyphened to a lower-case word is a common word, no part of the name before it")
    func letterCompound() {
        #expect(typed("The boy wore a NASA T-shirt to school.") == ["NASA/ORG"])
    }

    @Test("a personal name after an organisation named by its head and \"of\" splits from it")
    func personAfterOfOrganisation() {
        #expect(typed("A major at University of Zyxburg Anna Quorvan heard of it.") == ["University of Zyxburg/ORG", "Anna Quorvan/PERSON"])
    }

    @Test("capitals opening a sentence are an acronym, also when they spell a common word")
    func sentenceOpeningAcronym() {
        #expect(typed("It was close. FOG's Anna Quorvan won the seat.") == ["FOG/ORG", "Anna Quorvan/PERSON"])
    }

    @Test("one unknown word between a place's comma and the end of the phrase is the larger place", arguments: [
        ("The schools in Livorno, Zyxany, must pay.", ["Livorno/PLACE", "Zyxany/PLACE"]),
        // A given name there stays a person.
        ("It was in Lisbon, Anna.", ["Lisbon/PLACE", "Anna/PERSON"]),
    ])
    func largerPlace(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }
}

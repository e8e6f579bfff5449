import Testing
@testable import BriefAnnotate

@Suite struct EntityRecognizerTests {
    @Test("types names from the gazetteer and context", arguments: [
        ("Talks were held in Istanbul and Moscow.", ["Istanbul/PLACE", "Moscow/PLACE"]),
        ("He flew to Ukraine with European troops.", ["Ukraine/PLACE", "European/GROUP"]),
        ("That is unacceptable for the Russian Federation.", ["Russian Federation/PLACE"]),
        ("The report came from Reuters.", ["Reuters/ORG"]),
        ("Officials at the Ministry of Defence agreed.", ["Ministry of Defence/ORG"]),
        ("She studied at Duke University last year.", ["Duke University/ORG"]),
        ("Gazorpa Holdings Inc bought it.", ["Gazorpa Holdings Inc/ORG"]),
        ("Zyxland Council met on Monday.", ["Zyxland Council/ORG"]),
        ("Quorvan said the plan would fail.", ["Quorvan/PERSON"]),
        ("Quorvan has repeatedly said no.", ["Quorvan/PERSON"]),
        ("Michael Quorvan arrived late.", ["Michael Quorvan/PERSON"]),
        ("Mr. Quorvan arrived late.", ["Mr. Quorvan/PERSON"]),
        ("The protest took place in Zyxburg on Sunday.", ["Zyxburg/PLACE"]),
        ("She lives in Amherst, N.S. with him.", ["Amherst/PLACE", "N.S./PLACE"]),
        ("Experts at the Centre for Quorvan Studies agreed.", ["Centre for Quorvan Studies/ORG"]),
        ("He led the University of Zyxburg for years.", ["University of Zyxburg/ORG"]),
        ("It hurt Prime Minister Theresa May on Tuesday.", ["Prime Minister Theresa May/PERSON"]),
        ("Canadians Mackenzie Quorvan and Ben Mibbs played.", ["Canadians/GROUP", "Mackenzie Quorvan/PERSON", "Ben Mibbs/PERSON"]),
        ("Police in Douglas County said so.", ["Douglas County/PLACE"]),
        ("Many Muslims travel to Cairo.", ["Muslims/GROUP", "Cairo/PLACE"]),
    ])
    func types(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test("skips capitalized common words at sentence starts and in headlines", arguments: [
        ("Meanwhile, the talks went on.", [String]()),
        ("Any ideas are hopeless, he says.", []),
        ("Lavrov accuses European Leaders of Undermining Progress made at Alaska Summit",
         ["Lavrov/PERSON", "European/GROUP", "Alaska/PLACE"]),
        ("RUSSIA WARNS EUROPEAN LEADERS", ["RUSSIA/PLACE", "EUROPEAN/GROUP"]),
    ])
    func sentenceStartsAndHeadlines(text: String, expected: [String]) {
        // A headline's surname is typed by the full name later in the text.
        let full = text.hasPrefix("Lavrov") ? text + "\n\nSergei Lavrov said so." : text
        let got = typed(full)
        #expect(Array(got.prefix(expected.count)) == expected)
        if !text.hasPrefix("Lavrov") { #expect(got == expected) }
    }

    @Test("splits possessives and hyphenated pairs", arguments: [
        ("Kiev’s European allies", ["Kiev/PLACE", "European/GROUP"]),
        ("Kiev's allies", ["Kiev/PLACE"]),
        ("the US-Russia summit", ["US/PLACE", "Russia/PLACE"]),
        ("Moscow’s input", ["Moscow/PLACE"]),
        ("a pro-Beijing camp", [String]()),
        ("in St. Michael’s Hospital today", ["St. Michael’s Hospital/PLACE"]),
        ("troops of the Korean People's Army fired on the border.", ["Korean People's Army/ORG"]),
        ("Russia’s Foreign Ministry said", ["Russia/PLACE", "Foreign Ministry/ORG"]),
    ])
    func possessivesAndHyphens(text: String, expected: [String]) {
        #expect(typed(text) == expected)
    }

    @Test func splitsTitlesFromNamesAndKeepsTheRole() {
        let (found, entities) = recognize("Russian Foreign Minister Sergei Lavrov has accused them.")
        #expect(found.map(\.description) == ["Russian/GROUP/russian", "Sergei Lavrov/PERSON/sergei-lavrov"])
        #expect(entities.first { $0.id == "sergei-lavrov" }?.role == "Russian Foreign Minister")
        // A place or an organisation before the title is a mention of its own; the title joins the name.
        #expect(typed("US President Barack Obama spoke.") == ["US/PLACE", "President Barack Obama/PERSON"])
        #expect(typed("President Quorvan spoke.") == ["President Quorvan/PERSON"])
        #expect(typed("The Foreign Minister spoke.") == [])
    }

    @Test func splitsAPlaceFromTheOrganisationAfterIt() {
        #expect(typed("The US State Department said so.") == ["US/PLACE", "State Department/ORG"])
    }

    @Test func linksAnAcronymToItsExpansion() {
        let (found, entities) = recognize("The Assembly of First Nations (AFN) met. Later the AFN voted.")
        let ids = Set(found.map(\.id))
        #expect(found.count == 3)
        #expect(ids.count == 1)
        #expect(entities.count == 1)
        #expect(entities[0].name == "Assembly of First Nations")
        #expect(entities[0].type == .org)
    }
}

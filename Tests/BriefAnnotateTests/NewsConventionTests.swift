import Testing
@testable import BriefAnnotate

/// Patterns every news article has (titles before names, multi-part names, datelines,
/// quotes over paragraphs), on made-up sentences: names the gazetteer cannot know.
@Suite struct NewsConventionTests {
    /// Mentions as "text/TYPE" and the speakers of the quotes, through the whole annotator.
    private func annotate(_ text: String) -> (entities: [String], speakers: [String?]) {
        let bytes = Array(text.utf8)
        let annotation = Annotator().annotate(utf8: bytes)
        let entities = annotation.mentions.map { "\(String(decoding: bytes[$0.range], as: UTF8.self))/\($0.type.rawValue)" }
        return (entities, annotation.quotes.map(\.speaker))
    }

    @Test("a demonym, a title and a full name: GROUP, then the PERSON without the title, who speaks; with no demonym the title is in the mention, not in the speaker's name", arguments: [
        ("Polish Prime Minister Marta Walrus said it was \"fine\".", ["Polish/GROUP", "Marta Walrus/PERSON"], "Marta Walrus"),
        ("French President Anna Lantern said it was \"fine\".", ["French/GROUP", "Anna Lantern/PERSON"], "Anna Lantern"),
        ("Prime Minister Marta Walrus said it was \"fine\".", ["Prime Minister Marta Walrus/PERSON"], "Marta Walrus"),
    ])
    func titledNameWithCommonWordSurname(text: String, entities: [String], speaker: String) {
        let found = annotate(text)
        #expect(found.entities == entities)
        #expect(found.speakers == [speaker])
    }

    @Test("a name with lower-case particles is one person", arguments: [
        ("The plan was backed by Anna von der Kestrel on Monday.", ["Anna von der Kestrel/PERSON"]),
        ("The plan was backed by Marta de la Quorva on Monday.", ["Marta de la Quorva/PERSON"]),
        ("The plan was backed by Rami al-Quorvan on Monday.", ["Rami al-Quorvan/PERSON"]),
        ("The plan was backed by Luiz Inácio Zurvo da Quorva on Monday.", ["Luiz Inácio Zurvo da Quorva/PERSON"]),
    ])
    func particlesInsideNames(text: String, entities: [String]) {
        #expect(annotate(text).entities == entities)
    }

    @Test("the speaker of a quote is the subject of its own sentence, also with a name of five words")
    func longNameSubjectSpeaks() {
        let text = "Anna Kestrel urged action. Luiz Inácio Zurvo da Quorva backed the call and said it was \"a test\"."
        #expect(annotate(text).speakers == ["Luiz Inácio Zurvo da Quorva"])
    }

    @Test("a dash quote after a particle name goes to the whole name")
    func dashQuoteToParticleName() {
        let text = "Anna von der Kestrel spoke on Monday.\n\n– We will act – said von der Kestrel at a press conference."
        #expect(annotate(text).speakers == ["Anna von der Kestrel"])
    }

    @Test("a role noun after a quote never resolves to a name inside the quote", arguments: [
        ("« Jean Quorvan a raison », the minister said in a statement.", "the minister"),
        ("“Jean Quorvan is right,” the minister said in a statement.", "the minister"),
        ("Anna Kestrel opened the bridge.\n\n“Jean Quorvan is right,” the minister said.", "Anna Kestrel"),
    ])
    func roleNounSkipsNamesInsideTheQuote(text: String, speaker: String) {
        #expect(annotate(text).speakers == [speaker])
    }

    @Test("the spaces French typography sets inside guillemets are no part of the quote", arguments: [" ", "\u{00A0}", "\u{202F}"])
    func guillemetSpacesTrimmed(space: String) {
        let text = "Marie Quorvan said: «\(space)Nous agirons “très” vite\(space)»."
        let found = QuoteTestSupport.find(text)
        #expect(found.map(\.text) == ["Nous agirons “très” vite"])
    }

    @Test("»…« quotes, as German text sets them, are quotes; their closing « opens none")
    func reversedGuillemets() {
        let text = "»Wir handeln«, sagte Anna Kestrel. Anna Kestrel said »we act now, and fast« on Monday."
        #expect(QuoteTestSupport.find(text).map(\.text) == ["we act now, and fast"])
    }

    @Test("a quote reopened in the next paragraph is one span; its words leave out the inner mark", arguments: [
        ("“We came to talk.\n\n“We will stay.”", "We came to talk.\n\n“We will stay.", "We came to talk.\n\nWe will stay."),
        ("\"We came to talk.\n\n  \"We will stay.\"", "We came to talk.\n\n  \"We will stay.", "We came to talk.\n\n  We will stay."),
        ("« Nous venons.\n\n« Nous restons. »", "Nous venons.\n\n« Nous restons.", "Nous venons.\n\nNous restons."),
    ])
    func quoteOverTwoParagraphs(quoted: String, span: String, words: String) {
        let text = "Anna Kestrel told reporters on Monday: " + quoted + "\n\nShe left."
        let bytes = Array(text.utf8)
        let quotes = Annotator().annotate(utf8: bytes).quotes
        #expect(quotes.count == 1)
        guard let quote = quotes.first else { return }
        #expect(String(decoding: bytes[quote.range], as: UTF8.self) == span)
        #expect(String(decoding: quote.words(in: bytes), as: UTF8.self) == words)
    }

    @Test("the words of a quote on one line are its span")
    func quoteOnOneLine() {
        let text = "She said “we came” and left."
        let bytes = Array(text.utf8)
        let start = Array("She said “".utf8).count
        let quote = Quote(range: start..<(start + 7), kind: .partial)
        #expect(String(decoding: quote.words(in: bytes), as: UTF8.self) == "we came")
    }

    @Test("common words before a title qualify the title and end the organisation's name; the person's mention holds the title", arguments: [
        ("ZKO Managing Director Anna Kestrel said \"no\".", ["ZKO/ORG", "Managing Director Anna Kestrel/PERSON"]),
        ("The UN Special Envoy Anna Kestrel said \"no\".", ["UN/ORG", "Special Envoy Anna Kestrel/PERSON"]),
    ])
    func titleModifiersEndOrganisations(text: String, entities: [String]) {
        let found = annotate(text)
        #expect(found.entities == entities)
        #expect(found.speakers == ["Anna Kestrel"])
    }

    @Test("a dateline in capitals is a place, named as running text writes it", arguments: [
        ("QUORVANBURG, Zyxland — Officials met on Monday.", "QUORVANBURG", "Quorvanburg"),
        ("THE QUORVA (Zyxnews) - Officials met on Monday.", "THE QUORVA", "The Quorva"),
        ("Headline\n\nPORTO DE QUORVA — Officials met on Monday.", "PORTO DE QUORVA", "Porto de Quorva"),
        ("ZYXÉM, Calif. (AP) — Officials met on Monday.", "ZYXÉM", "Zyxém"),
        ("NEW DELHI: Officials met on Monday.", "NEW DELHI", "New Delhi"),
    ])
    func datelines(text: String, written: String, name: String) {
        let (found, entities) = recognize(text)
        let place = found.first { $0.text == written }
        #expect(place?.type == .place, "\(found)")
        #expect(entities.first { $0.id == place?.id }?.name == name)
    }

    @Test("capitals before a dash are no dateline when they are a word, a code, a name or a menu", arguments: [
        "BREAKING — Officials met on Monday.",
        "ZX5 — Officials met on Monday.",
        "GRAHAM QUORVAN -- He won twice on the tour.",
        "QUORVANBURG - ZYXLAND FEEDS",
        "QUORVANBURG (headlines) more here",
        "Share this.\n\nAS - www.example.com and more here",
    ])
    func notDatelines(text: String) {
        #expect(!recognize(text).found.contains { $0.type == .place }, "\(recognize(text).found)")
    }

    @Test("a dateline's place and its later mention are one entity")
    func datelineJoinsLaterMention() {
        let (found, entities) = recognize("QUORVANBURG — Officials met in Quorvanburg on Monday.")
        #expect(found.map(\.type) == [.place, .place])
        #expect(Set(found.map(\.id)).count == 1)
        #expect(entities.map(\.name) == ["Quorvanburg"])
    }

    @Test("a role noun with no one named in that role goes to the unnamed person the text described", arguments: [
        ("Anna Kestrel spoke.\n\nIn Quorvanburg, the Zyx finance minister welcomed it. “We agree,” the minister said.",
         "the Zyx finance minister"),
        // An appositive describes the name before it.
        ("Anna Kestrel spoke.\n\nJane Quorvan, the Zyx finance minister, left. “We agree,” the minister said.", "Jane Quorvan"),
        // A bare "the minister" is no description of its own: the person named nearby.
        ("Anna Kestrel spoke to the minister. “We agree,” the minister said.", "Anna Kestrel"),
    ])
    func unnamedDescriptionSpeaks(text: String, speaker: String) {
        #expect(annotate(text).speakers == [speaker])
    }

    @Test("a foreign article before a known place is no part of its name, and no person", arguments: [
        ("« La France tiendra ses engagements », the minister said.", ["France/PLACE"]),
        ("Officials in La Ukraine met.", ["Ukraine/PLACE"]),
        // Names the gazetteer knows whole keep their article.
        ("They met in La Paz and El Salvador.", ["La Paz/PLACE", "El Salvador/PLACE"]),
    ])
    func foreignArticleBeforePlace(text: String, entities: [String]) {
        #expect(annotate(text).entities == entities)
    }

    @Test("a whole sentence in single marks with its attribution right after it is a quote", arguments: [
        ("Anna Kestrel spoke. ‘Supply is solved; price is not,’ she wrote.", ["Supply is solved; price is not,"], ["Anna Kestrel"]),
        ("‘We will stay,’ said Anna Kestrel.", ["We will stay,"], ["Anna Kestrel"]),
        ("“He told me ‘never again’ and left,” Anna Kestrel said.", ["He told me ‘never again’ and left,"], ["Anna Kestrel"]),
        ("Anna Kestrel spoke.\n\n‘We came to talk.\n\n‘We will stay,’ she said.", ["We came to talk.\n\n‘We will stay,"], ["Anna Kestrel"]),
    ])
    func britishSingleQuotes(text: String, quotes: [String], speakers: [String]) {
        let found = QuoteTestSupport.find(text, mentions: [], entities: [])
        #expect(found.map(\.text) == quotes)
        #expect(found.map(\.speaker) == speakers)
    }

    @Test("single marks around a headline, a title, a scare quote or a contraction are no quote", arguments: [
        "READ MORE: ‘Domestic realities,’ not a tweet, to blame for migrants ‘fleeing’: Quorvan",
        "Anna Kestrel said the system, simply called ‘loop,’ is a first step.",
        "Anna Kestrel said the ‘rock ‘n’ roll’ years and the players’ union’s ‘90s deals were over.",
        "‘The suffering is getting worse’: a doctor speaks out about the ‘critical’ situation",
    ])
    func singleMarksThatAreNoQuotes(text: String) {
        #expect(QuoteTestSupport.find(text).isEmpty, "\(QuoteTestSupport.find(text))")
    }

    @Test("an unknown name opening a sentence is typed by its appositive's head noun", arguments: [
        ("Zyxofer, the steel industry association, said the plan was a “lifeline”.", ["Zyxofer/ORG"], "Zyxofer"),
        ("Quorvex, a spokesperson for the ministry, said it was “fine”.", ["Quorvex/PERSON"], "Quorvex"),
        // The head ends at "to": the office is what the adviser advises.
        ("Tarvel Quorvex, an adviser to the presidential office, said it was “fine”.", ["Tarvel Quorvex/PERSON"], "Tarvel Quorvex"),
        ("Quorvex, an aide to the governor, said it was “fine”.", ["Quorvex/PERSON"], "Quorvex"),
        // No role or organisation noun: no type.
        ("Quorvex, the best of them, said it was “fine”.", [], "Quorvex"),
    ])
    func appositiveTypesName(text: String, entities: [String], speaker: String) {
        let found = annotate(text)
        #expect(found.entities == entities)
        #expect(found.speakers == [speaker])
    }

    @Test("the agency in a dateline's brackets is no acronym of the place")
    func datelineAgencyIsNoAcronym() {
        let found = recognize("QUORVANBURG (ZYX) — Officials met on Monday. The ZYX wrote so.").found
        #expect(found.map(\.text) == ["QUORVANBURG", "ZYX", "ZYX"])
        #expect(found.dropFirst().allSatisfy { $0.type != .place && $0.id != found.first?.id }, "\(found)")
    }

    @Test("a noun before a title stays in the organisation's name")
    func nounBeforeTitleStaysInName() {
        #expect(annotate("The Zyxcorp Stadia Founder Anna Kestrel said \"no\".").entities == ["Zyxcorp Stadia/ORG", "Founder Anna Kestrel/PERSON"])
    }
}

import Testing
@testable import BriefAnnotate

@Suite struct QuoteStyleTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var quotes: [String]
        var kinds: [QuoteKind]
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "curly double quotes",
             text: "“We will not give up,” Lavrov said.",
             quotes: ["We will not give up,"], kinds: [.full]),
        Case(name: "straight double quotes",
             text: "\"We will not give up,\" Lavrov said.",
             quotes: ["We will not give up,"], kinds: [.full]),
        Case(name: "nested single quotes belong to the outer quote",
             text: "“He told me, ‘Don’t go there,’ and I didn’t,” she said.",
             quotes: ["He told me, ‘Don’t go there,’ and I didn’t,"], kinds: [.full]),
        Case(name: "nested straight single quotes and apostrophes",
             text: "\"They said 'no' and it's over,\" she said.",
             quotes: ["They said 'no' and it's over,"], kinds: [.full]),
        Case(name: "guillemets",
             text: "Lavrov said: «The West is not interested in peace.»",
             quotes: ["The West is not interested in peace."], kinds: [.full]),
        Case(name: "low-9 opening with a closing high mark",
             text: "Scholz said: „Wir schaffen das.“",
             quotes: ["Wir schaffen das."], kinds: [.full]),
        Case(name: "quote over several paragraphs is one quote",
             text: "“First paragraph of the quote.\n\n“Second paragraph ends it,” he said.",
             quotes: ["First paragraph of the quote.\n\n“Second paragraph ends it,"], kinds: [.full]),
        Case(name: "dash quote closed by a dash and an attribution",
             text: "– We are ready for talks – he said at the press conference.",
             quotes: ["We are ready for talks"], kinds: [.dash]),
        Case(name: "colon before a quoted statement",
             text: "Lavrov said: “Europe is not ready.”",
             quotes: ["Europe is not ready."], kinds: [.full]),
        Case(name: "unquoted statement after a speech verb and colon",
             text: "Lavrov told reporters: Europe is trying to undermine the summit.",
             quotes: ["Europe is trying to undermine the summit."], kinds: [.full]),
        Case(name: "partial quote inside the reporter's sentence",
             text: "Lavrov said the move was “absolutely unacceptable” for Moscow.",
             quotes: ["absolutely unacceptable"], kinds: [.partial]),
        Case(name: "a mistyped opening mark closes the quote",
             text: "“It is over“ she said.",
             quotes: ["It is over"], kinds: [.full]),
        Case(name: "doubled single marks close a double quote",
             text: "He said the offer \"would not have been enough'' for him.",
             quotes: ["would not have been enough"], kinds: [.partial]),
    ]

    @Test(arguments: cases)
    func findsQuoteSpans(_ c: Case) {
        let found = QuoteTestSupport.find(c.text)
        #expect(found.map(\.text) == c.quotes)
        #expect(found.map(\.kind) == c.kinds)
    }

    @Test func unbalancedMarkDoesNotStopTheRestOfTheDocument() {
        let text = "He said “this never closes.\n\nPlain paragraph.\n\n“Later quote,” she said."
        let found = QuoteTestSupport.find(text)
        #expect(found.map(\.text).contains("Later quote,"))
    }

    @Test func stopsAnUnclosedQuoteAtItsParagraphEnd() {
        let text = "“An unclosed quote that has no end at all\n\nA paragraph of reporting that says nothing."
        let found = QuoteTestSupport.find(text)
        #expect(found.map(\.text) == ["An unclosed quote that has no end at all"])
    }

    @Test func titlesAndScareQuotesWithoutSpeechAreNotQuotes() {
        let text = "The film “The Kid Who Would Be King” opens on Friday. Fans loved the “romp” of sorts."
        #expect(QuoteTestSupport.find(text).isEmpty)
    }

    @Test func shortPartialQuoteIsKeptInASpeechSentence() {
        let found = QuoteTestSupport.find("She said police were responsive and “very committed” to her.")
        #expect(found.map(\.text) == ["very committed"])
    }

    @Test func secondShortQuoteOfASpeechSentenceIsKeptWithItsSpeaker() {
        // The speech verb comes before the first quote only; the second quote shares its sentence.
        let found = QuoteTestSupport.find("Crown prosecutor Mia Holt called the report “bold” and based on “one giant guess.”")
        #expect(found.map(\.text) == ["bold", "one giant guess."])
        #expect(found.map(\.speaker) == ["Mia Holt", "Mia Holt"])
        // A scare quote in a sentence of its own after it is still no quote.
        #expect(QuoteTestSupport.find("Mia Holt called the report “bold.” Fans loved the “romp” of sorts.").map(\.text) == ["bold."])
    }

    @Test func aSpeechWordUsedAsANounIsNoSpeechVerb() {
        // "report" after a possessive or a determiner is a noun: the scare quote stays out.
        #expect(QuoteTestSupport.find("The medical examiner’s report would later classify him as a “naive” user.").isEmpty)
        #expect(QuoteTestSupport.find("After a report found relations were in a state of “emergency.”").isEmpty)
        // As a verb it still keeps the short quote.
        #expect(QuoteTestSupport.find("The report said the plan was “very risky.”").map(\.text) == ["very risky."])
    }

    @Test func headlineInSingleQuotesIsNotAQuote() {
        #expect(QuoteTestSupport.find("'Life-changing and heartbreaking'\n\nShe is from White Bear.").isEmpty)
    }

    @Test func dashParagraphWithoutAttributionIsNotAQuote() {
        #expect(QuoteTestSupport.find("— With files from The Associated Press").isEmpty)
    }

    @Test func colonWithoutSpeechVerbIsNotAQuote() {
        #expect(QuoteTestSupport.find("The plan has three parts: taxes, roads and schools for everyone.").isEmpty)
    }

    @Test(arguments: [
        ("“We won,” she said.", "said"),
        ("“We won,” she says.", "says"),
        ("“We won,” she told reporters.", "told reporters"),
        ("“We won,” she added.", "added"),
        ("“We won,” she warned.", "warned"),
        ("We won, according to Jane Doe, “without a doubt.”", "according to"),
        ("“We won,” she was saying.", "saying"),
    ])
    func reportsTheCue(_ text: String, _ cue: String) {
        #expect(QuoteTestSupport.find(text).first?.cue == cue)
    }
}

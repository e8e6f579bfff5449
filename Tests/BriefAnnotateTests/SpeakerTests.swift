import Foundation
import Testing
@testable import BriefAnnotate

@Suite struct SpeakerTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var name: String
        var text: String
        var speakers: [String?]
        var testDescription: String { name }
    }

    static let intro = "Russian Foreign Minister Sergei Lavrov spoke in Moscow on Monday.\n\n"

    static let cases: [Case] = [
        Case(name: "name after the quote", text: intro + "“We are ready,” Lavrov said.", speakers: ["Sergei Lavrov"]),
        Case(name: "inverted: said Name", text: intro + "“We are ready,” said Lavrov.", speakers: ["Sergei Lavrov"]),
        Case(name: "colon introduction", text: intro + "Lavrov said: “We are ready.”", speakers: ["Sergei Lavrov"]),
        Case(name: "according to", text: intro + "Talks will go on, according to Lavrov, “for as long as needed.”",
             speakers: ["Sergei Lavrov"]),
        Case(name: "name with appositive",
             text: "“We are ready,” said Jane Doe, a spokesperson for the ministry.", speakers: ["Jane Doe"]),
        Case(name: "appositive between name and verb",
             text: "“We are ready,” Jane Doe, a spokesperson for the ministry, said.", speakers: ["Jane Doe"]),
        Case(name: "a surname that is a common word, after a given name, with an appositive",
             text: "“Let us see who folds,” Michael Every, a strategist at the bank, said in a commentary.", speakers: ["Michael Every"]),
        Case(name: "a name with a lower-case Arabic article",
             text: "Kenyan President Uhuru Kenyatta spoke on Wednesday.\n\nIn its statement claiming responsibility, al-Shabaab said: “This operation was a response to the remarks.”",
             speakers: ["al-Shabaab"]),
        Case(name: "title phrase before the name",
             text: "“We are ready,” union local president Jeff Traeger said Saturday.", speakers: ["Jeff Traeger"]),
        Case(name: "pronoun after the quote", text: intro + "“We are ready,” he said.", speakers: ["Sergei Lavrov"]),
        Case(name: "pronoun in a partial-quote sentence",
             text: intro + "He says Europe wants to undermine the “root causes” talks.", speakers: ["Sergei Lavrov"]),
        Case(name: "pronoun skips a person of the other gender",
             text: "Darian Lonechild said she met police.\n\nShe later talked to John Smith about it.\n\n“It matters,” she said.",
             speakers: ["Darian Lonechild"]),
        Case(name: "role noun resolved through a title",
             text: intro + "“We are ready,” the minister said.", speakers: ["Sergei Lavrov"]),
        Case(name: "role noun resolved through an appositive",
             text: "Jane Doe, the mayor of Springfield, opened the bridge.\n\n“It is a good day,” the mayor said.",
             speakers: ["Jane Doe"]),
        Case(name: "indefinite role is reported as written",
             text: "“It is a good day,” a spokesperson said.", speakers: ["a spokesperson"]),
        Case(name: "unattributed quote inherits from the quote before it",
             text: intro + "“We are ready,” Lavrov said.\n\n“And we will wait.”", speakers: ["Sergei Lavrov", "Sergei Lavrov"]),
        Case(name: "second half of a split quote",
             text: intro + "“We are ready,” Lavrov said, “and we will wait.”", speakers: ["Sergei Lavrov", "Sergei Lavrov"]),
        Case(name: "dash quote with pronoun", text: intro + "– We are ready – he said at the press conference.",
             speakers: ["Sergei Lavrov"]),
        Case(name: "person of an organisation",
             text: "“Markets are nervous,” Jingyi Pan of IG said in a note.", speakers: ["Jingyi Pan"]),
    ]

    @Test(arguments: cases)
    func resolvesSpeakers(_ c: Case) {
        let found = QuoteTestSupport.find(c.text)
        #expect(found.map(\.speaker) == c.speakers, "\(found)")
    }

    @Test func speakerIDIsTheSlugOfTheCanonicalName() {
        let found = QuoteTestSupport.find(Self.intro + "“We are ready,” Lavrov said.")
        #expect(found.first?.speakerID == "sergei-lavrov")
    }

    @Test func usesEntityMentionsWhenGiven() {
        let text = "Minister Sergei Lavrov spoke.\n\n“We are ready,” Lavrov said."
        let bytes = Array(text.utf8)
        let name = text.utf8.count - "Lavrov said.".utf8.count
        let mentions = [EntityMention(range: name..<(name + 6), entityID: "sergei-lavrov", type: .person)]
        let entities = [Entity(id: "sergei-lavrov", name: "Sergei Lavrov", type: .person)]
        let quotes = QuoteFinder().find(in: bytes, mentions: mentions, entities: entities)
        #expect(quotes.first?.speakerID == "sergei-lavrov")
        #expect(quotes.first?.speaker == "Sergei Lavrov")
    }

    @Test func pronounUsesPersonMentionsAndSkipsPlaces() {
        let text = "Jane Roe met the press in Lower Mainland.\n\n“It is time,” she said."
        let bytes = Array(text.utf8)
        func range(of s: String) -> Range<Int> {
            let r = text.range(of: s)!
            return text.utf8.distance(from: text.startIndex, to: r.lowerBound)..<text.utf8.distance(from: text.startIndex, to: r.upperBound)
        }
        let mentions = [
            EntityMention(range: range(of: "Jane Roe"), entityID: "jane-roe", type: .person),
            EntityMention(range: range(of: "Lower Mainland"), entityID: "lower-mainland", type: .place),
        ]
        let entities = [Entity(id: "jane-roe", name: "Jane Roe", type: .person),
                        Entity(id: "lower-mainland", name: "Lower Mainland", type: .place)]
        let quotes = QuoteFinder().find(in: bytes, mentions: mentions, entities: entities)
        #expect(quotes.first?.speaker == "Jane Roe")
        #expect(quotes.first?.speakerID == "jane-roe")
    }

    @Test func seedArticleQuotesAllGoToLavrov() throws {
        let text = try QuoteTestSupport.fixture("lavrov-alaska-summit.txt")
        let found = QuoteTestSupport.find(text)
        #expect(found.map(\.text) == [
            "root causes",
            "absolutely unacceptable",
            "foreign intervention in some part of Ukrainian territory.",
            "not interested",
            "The Ukrainian regime and its representatives comment on the current situation in a very specific way, directly showing that they are not interested in a sustainable, just and long-term solution",
        ])
        #expect(found.allSatisfy { $0.speaker == "Sergei Lavrov" && $0.speakerID == "sergei-lavrov" }, "\(found)")
        #expect(found.map(\.kind) == [.partial, .partial, .partial, .partial, .dash])
    }
}

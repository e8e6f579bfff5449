import BriefAnnotate
import BriefContent
import Testing
@testable import BriefSite

/// `SearchDocumentMaker`: a briefing's document made straight from its body equals the one
/// made from its `SearchEntry`, and every document's terms equal a plain reference made with
/// Strings and dictionaries.
@Suite("Search documents")
struct SearchDocumentMakerTests {
    /// A rendered briefing with exactly `bodyHTML` as its body.
    static func rendered(title: String, tags: [String] = [], summary: String? = "A summary.", bodyHTML: String) -> RenderedBriefing {
        let briefing = Briefing(
            path: "content/a.md", format: .markdown, slug: "a", title: title, date: PublicationDate(parsing: "2025-08-21"),
            tags: tags, source: "Wire", markdown: "")
        return RenderedBriefing(briefing: briefing, bodyHTML: bodyHTML, summary: BriefingSummary(briefing: briefing, summary: summary))
    }

    /// Bodies around the word limit and with words whose folding is not byte by byte.
    static let bodies: [String] = {
        var bodies = [
            "",
            "<p>Sergei Lavrov said the “root causes” of the war &amp; Kiev’s allies. Lavrov LAVROV an of to.</p>",
            // Greek capital sigma (final form at a word's end), Kelvin sign, precomposed and
            // decomposed é, ß, dotted İ, a micro sign and superscript two (which PlainText
            // splits words at but the fold keeps), a fraction, an emoji, CJK, « » and NBSP.
            "<p>ΟΔΟΣ ΣΟΦΙΑΣ ΣΣΣ \u{212A}elvin kelvin caf\u{E9} cafe\u{301} Straße İstanbul 5µm x²y ½cup 😀ok 東京都 «ville» a\u{A0}bcd</p>",
            "<p>naïve–coöperate…déjà — ÆSIR øre ÐÓR ǅemal ﬁnance</p><h2>Ünïcödé</h2>",
        ]
        for count in [79, 80, 81, 200] {
            // `count` distinct words, each repeated in another case, one non-ASCII word in ten.
            bodies.append((0..<count).map { $0 % 10 == 3 ? "<p>éw\($0) ÉW\($0)</p>" : "<p>word\($0) WORD\($0)</p>" }.joined())
        }
        // Distinct by PlainText (case-insensitively) but equal once folded, at the limit.
        bodies.append((0..<79).map { "w\($0)xx" }.joined(separator: " ") + " cafe café CAFÉ cafe\u{301} more")
        return bodies
    }()

    static let titles = [
        "Lavrov <accuses> Europe", "", "the the the THE The", "ΟΔΟΣ ΟΔΟΣ όδος", "A long title " + String(repeating: "again ", count: 200),
        "“Quoted” – words… and 2025", "😀 emoji 😀",
    ]

    static let tagSets: [[String]] = [[], ["russia"], ["two words", "ΣΟΦΙΑΣ", ""], ["", ""], ["Café", "cafe\u{301}"]]

    @Test(arguments: bodies)
    func briefingDocumentsEqualTheEntrysDocument(body: String) {
        var maker = SearchDocumentMaker()
        for title in Self.titles {
            for tags in Self.tagSets {
                for summary in ["A summary.", nil, "Σ ends ΑΣ."] as [String?] {
                    let rendered = Self.rendered(title: title, tags: tags, summary: summary, bodyHTML: body)
                    let expected = SearchDocument.bytes(SearchEntry(briefing: rendered))
                    #expect(maker.bytes(briefing: rendered) == expected, "\(title) \(tags) \(body.prefix(60))")
                    #expect(SearchDocument.bytes(briefing: rendered) == expected)
                }
            }
        }
    }

    /// The 80th distinct body word is kept and the 81st is not, whatever the fold makes of them.
    @Test func theWordLimitFallsWhereTheEntrysDoes() {
        let words = (0..<(SearchEntry.bodyWordLimit + 1)).map { "tërm\($0)" }
        let rendered = Self.rendered(title: "T", bodyHTML: "<p>" + words.joined(separator: " ") + "</p>")
        var reader = TermsReader(SearchDocument.bytes(briefing: rendered))
        let terms = Set(reader.terms().map(\.term))
        #expect(terms.contains("term\(SearchEntry.bodyWordLimit - 1)"))
        #expect(!terms.contains("term\(SearchEntry.bodyWordLimit)"))
    }

    @Test(arguments: titles)
    func termsEqualAReferenceMadeWithStrings(title: String) {
        let texts = ["", "Reuters · 21 August 2025 — a summary THE", "ΟΔΟΣ σοφιας"]
        let extras = ["", "alias Another another", (0..<600).map { "x\($0)" }.joined(separator: " "), "ΣΟΦΙΑΣ Straße ﬁnance"]
        var maker = SearchDocumentMaker()
        for text in texts {
            for extra in extras {
                let entry = SearchEntry(kind: .quote, title: title, text: text, url: "u", extra: extra)
                let document = maker.bytes(entry)
                var reader = TermsReader(document)
                #expect(reader.kind == SearchDocument.kindCode(.quote))
                #expect(reader.titleLength == title.utf16.count)
                let made = reader.terms()
                let expected = Self.referenceTerms(entry)
                #expect(made.map(\.term) == expected.map(\.term), "\(title) | \(text) | \(extra.prefix(40))")
                #expect(made.map(\.payload) == expected.map(\.payload), "\(title) | \(text) | \(extra.prefix(40))")
                // A fresh maker makes the same bytes as one that made other documents before.
                #expect(SearchDocument.bytes(entry) == document)
            }
        }
    }

    /// The documents the build makes of a model's entities and quotes (`SearchDocumentStore.entries`),
    /// read back from the store, in entry order: made in two chunks, as the build makes them in several.
    static func storedDocuments(_ model: SiteModel) -> [[UInt8]] {
        let speakers = SearchDocumentMaker.QuoteSpeakers(model)
        let count = SearchEntry.entryCount(of: model)
        let stores = [0..<(count / 2), (count / 2)..<count].map { SearchDocumentStore.entries($0, of: model, speakers: speakers) }
        return stores.flatMap { store in store.views.map { Array($0) } }
    }

    /// A quote's document made without its entry equals the entry's: with and without a
    /// speaker entity, a quoted name or aliases, and names and titles whose folding is not byte
    /// by byte.
    @Test func quoteDocumentsEqualTheEntrysDocument() {
        let speakers = [
            EntityCount(id: "sergei-lavrov", name: "Sergei Lavrov", type: .person, count: 2),
            EntityCount(id: "odysseas-elytis", name: "ΟΔΥΣΣΕΑΣ Ελύτης", type: .person, count: 1),
        ]
        var quotes: [QuoteSummary] = []
        for text in ["absolutely unacceptable", "", "ΟΔΟΣ “quoted” again again ΟΔΟΣ"] {
            // A name with what a JSON string escapes (a quote, a backslash, `&`, U+2028).
            for quotedName in [nil, "Lavrov", "Σ", "Le \"Chef\" \\ & co\u{2028}"] as [String?] {
                for speakerID in [nil, "sergei-lavrov", "odysseas-elytis", "nobody-known"] as [String?] {
                    quotes.append(QuoteSummary(number: quotes.count + 1, text: text, kind: .partial, speakerID: speakerID, speaker: quotedName))
                }
            }
        }
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "Talks in «Alaska» & ΟΔΟΣ", markdown: "")
        var summary = BriefingSummary(briefing: briefing, summary: nil)
        summary.entities = speakers
        summary.quotes = quotes
        let merge = SiteEntities(summaries: [summary], notes: [
            SiteEntitiesTests.note("Sergei Lavrov", type: "PERSON", aliases: ["Lavrov", "Sergey Lavrov"]),
            SiteEntitiesTests.note("ΟΔΥΣΣΕΑΣ Ελύτης", type: "PERSON", aliases: ["Ελύτης Οδυσσέας", "ΣΣ"]),
        ])
        // Not resolved: a speaker id the merge never saw stays (as in a model whose merge dropped it).
        let model = SiteModel(briefings: [summary], merge: merge)
        // Speakers with aliases (folded one by one), one the merge does not know, and none.
        #expect(model.entities.contains { !$0.aliases.isEmpty })
        #expect(Set(model.quotes.map { $0.quote.speakerID.map { model.merge.byID[$0] != nil } }) == [true, false, nil])
        let documents = Self.storedDocuments(model)
        #expect(documents.count == model.entities.count + quotes.count)
        for (index, document) in documents.enumerated() {
            #expect(document == SearchDocument.bytes(SearchEntry.entry(index, of: model)), "entry \(index)")
        }
    }

    /// The build makes every entity's and quote's document by its index in the model, each
    /// quote's speaker found by entity number: the same bytes as each entry's document, for
    /// speakers that are entities of the model, speakers the merge dropped or never saw, and
    /// quotes without a speaker.
    @Test func entryDocumentsEqualTheEntrysDocument() {
        let numbered = EntityNumberingTests.self
        let merge = numbered.merge()
        let stranger = SiteEntitiesTests.summary(
            "x", [EntityCount(id: "nato", name: "NATO", type: .org, count: 1)],
            quotes: [
                QuoteSummary(number: 1, text: "Hm", kind: .full, speakerID: "ghost", speaker: "Ghost"),
                QuoteSummary(number: 2, text: "Again", kind: .full, speakerID: "nato", speaker: nil),
                QuoteSummary(number: 3, text: "Nobody's", kind: .partial),
            ])
        let models = [
            SiteModel(briefings: numbered.summaries().enumerated().map { merge.resolved($1, at: $0) }, merge: merge),
            SiteModel(briefings: [stranger], merge: merge),
        ]
        // Among the models' quotes: speakers the merge has, speakers it has not, no speaker.
        let speakerIDs = models.flatMap { model in model.quotes.map { $0.quote.speakerID.map { model.merge.byID[$0] != nil } } }
        #expect(Set(speakerIDs) == [true, false, nil])
        for model in models {
            let documents = Self.storedDocuments(model)
            #expect(documents.count == SearchEntry.entryCount(of: model))
            for (index, document) in documents.enumerated() {
                #expect(document == SearchDocument.bytes(SearchEntry.entry(index, of: model)))
            }
        }
    }

    /// The terms of `entry` in order of first appearance, with their payloads: fields and the
    /// title positions (`SearchPostings.appendPayload`), made from `SearchFold.words`.
    static func referenceTerms(_ entry: SearchEntry) -> [(term: String, payload: [UInt8])] {
        var order: [String] = []
        var fields: [String: UInt8] = [:]
        var positions: [String: [Int]] = [:]
        let titleWords = SearchFold.words(entry.title)
        for (field, text) in [(SearchDocument.Fields.title, entry.title), (.text, entry.text), (.extra, entry.extra)] {
            for (position, word) in SearchFold.words(text).enumerated() {
                if fields[word] == nil { order.append(word) }
                fields[word, default: 0] |= field.rawValue
                if field == .title { positions[word, default: []].append(position) }
            }
        }
        return order.map { word in
            var payload: [UInt8] = []
            let titlePositions = (positions[word] ?? []).map { ($0, $0 == titleWords.count - 1) }
            SearchPostings.appendPayload(fields: fields[word]!, titlePositions: titlePositions, to: &payload)
            return (word, payload)
        }
    }

    /// Reads a document's header and terms.
    struct TermsReader {
        let bytes: [UInt8]
        var offset = 0
        var kind: UInt8 = 0
        var titleLength = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
            kind = bytes[0]
            offset = 1
            titleLength = varint()
            offset += varint()
        }

        mutating func varint() -> Int {
            var value = 0
            var shift = 0
            while true {
                let byte = bytes[offset]
                offset += 1
                value |= Int(byte & 0x7F) << shift
                if byte < 0x80 { return value }
                shift += 7
            }
        }

        mutating func terms() -> [(term: String, payload: [UInt8])] {
            var terms: [(term: String, payload: [UInt8])] = []
            for _ in 0..<varint() {
                let length = varint()
                let term = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
                offset += length
                let payloadLength = varint()
                terms.append((term, Array(bytes[offset..<(offset + payloadLength)])))
                offset += payloadLength
            }
            #expect(offset == bytes.count, "nothing after the terms")
            return terms
        }
    }
}

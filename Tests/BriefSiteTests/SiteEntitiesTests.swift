import BriefAnnotate
import BriefContent
import Testing
@testable import BriefSite

@Suite("Site-wide entity merge")
struct SiteEntitiesTests {
    static func summary(_ slug: String, date: String? = nil, _ entities: [EntityCount], quotes: [QuoteSummary] = []) -> BriefingSummary {
        let briefing = Briefing(
            path: "content/\(slug).md", format: .markdown, slug: slug, title: "Title \(slug)",
            date: date.flatMap(PublicationDate.init(parsing:)), markdown: "")
        var summary = BriefingSummary(briefing: briefing, summary: nil)
        summary.entities = entities
        summary.quotes = quotes
        return summary
    }

    static func note(_ name: String, type: String?, aliases: [String] = [], ignore: Bool = false) -> EntityNote {
        EntityNote(path: "content/entities/\(Slug.make(from: name)).md", name: name, id: Slug.make(from: name), type: type, aliases: aliases, ignore: ignore)
    }

    /// Summaries are tallied in chunks in parallel, then merged: ids numbered in order of first
    /// appearance, first names, name counts, votes and each entry's number are those of one pass,
    /// however the summaries are cut (ids and names recur across chunks, in other orders).
    @Test func chunkedTalliesEqualOnePass() {
        var random = SystemRandomNumberGenerator()
        let types: [EntityType] = [.person, .place, .org, .group]
        let summaries = (0..<1_500).map { index in
            Self.summary("s\(index)", (0..<Int.random(in: 0...6, using: &random)).map { _ in
                let id = Int.random(in: 0..<40, using: &random)
                return EntityCount(
                    id: "id-\(id)", name: "Name \(id) \(Int.random(in: 0..<3, using: &random))",
                    type: types[Int.random(in: 0..<types.count, using: &random)], count: Int.random(in: 1...4, using: &random))
            })
        }
        let one = SiteEntities.Tally.merged(summaries, chunks: 1)
        #expect(one.counts.count == 40)
        for chunks in [2, 3, 7, 64] {
            let cut = SiteEntities.Tally.merged(summaries, chunks: chunks)
            #expect(cut.ids == one.ids, "\(chunks) chunks")
            #expect(cut.counts == one.counts, "\(chunks) chunks")
            #expect(cut.occurrences == one.occurrences, "\(chunks) chunks")
            #expect(cut.occurrenceEnds == one.occurrenceEnds, "\(chunks) chunks")
        }
    }

    /// The tally finds ids by a hash of their bytes, yet ids that `==` takes for one (canonical
    /// equivalence: composed and decomposed accents, the Kelvin sign and K) are one id, as a
    /// `[String: Int]` made them, in one chunk or across chunks.
    @Test func talliedIDsFollowStringEquality() {
        let spellings = [["caf\u{E9}", "cafe\u{301}"], ["k\u{212A}", "kK"], ["plain", "plain"], ["\u{212A}\u{E9}", "K\u{E9}", "Ke\u{301}"]]
        let summaries = (0..<600).map { index in
            Self.summary("s\(index)", spellings.indices.map { group in
                let forms = spellings[group]
                return EntityCount(id: forms[index % forms.count], name: "Name \(group)", type: .person, count: 1)
            })
        }
        for chunks in [1, 2, 5] {
            let tally = SiteEntities.Tally.merged(summaries, chunks: chunks)
            #expect(tally.ids.count == spellings.count, "\(chunks) chunks")
            #expect(tally.counts.map(\.briefings) == [Int](repeating: 600, count: spellings.count), "\(chunks) chunks")
        }
        for forms in spellings {
            #expect(Set(forms.map(\.tableHash)).count == 1, "\(forms)")
        }
        #expect("kK".tableHash != "kk".tableHash)
        #expect("a-much-longer-entity-id-of-words".tableHash != "a-much-longer-entity-id-of-wordz".tableHash)
    }

    /// A model's quotes are made in chunks of briefings on every core: the same list, in the same
    /// order, as one pass (briefings without quotes between them, more briefings than chunks).
    @Test func quotesMadeInChunksAreInBriefingOrder() {
        let briefings = (0..<2_000).map { index in
            Self.summary("b\(index)", [], quotes: (0..<(index % 4 == 0 ? 0 : index % 5)).map { number in
                QuoteSummary(number: number + 1, text: "quote \(number) of \(index)", kind: .full, speakerID: "s\(index % 7)", speaker: "S")
            })
        }
        let expected = briefings.flatMap { briefing in briefing.quotes.map { SiteQuote($0, in: briefing) } }
        #expect(expected.count > 1_000)
        #expect(SiteModel.quotes(of: briefings) == expected)
        #expect(SiteModel.quotes(of: []) == [])
    }

    /// Each quote's key is worked out once, in chunks, in the order of `quotes`; the keys by
    /// briefing are those of the briefing's own quotes, also when `briefings` was set since.
    @Test func quoteKeysFollowTheQuotes() {
        var briefings = (0..<3_000).map { index in
            Self.summary("b\(index)", [], quotes: (0..<(index % 3 == 0 ? 0 : index % 4)).map { number in
                QuoteSummary(number: number + 1, text: "quote \(number) of \(index)", kind: .full, speakerID: "s\(index % 7)", speaker: "S")
            })
        }
        var model = SiteModel(briefings: briefings, merge: SiteEntities(summaries: briefings, notes: []))
        #expect(model.quoteKeys.count > 2_048)
        #expect(model.quoteKeys == model.quotes.map { CacheKeys.quoteKey($0.quote) })
        #expect(Set(model.quoteKeys).count == model.quoteKeys.count, "every quote differs, and so does its key")
        func keysByBriefing(_ model: SiteModel) -> [[UInt64]] {
            var found: [[UInt64]] = []
            model.forEachBriefingWithQuotes { briefing, keys in
                #expect(Array(keys) == briefing.quotes.map(CacheKeys.quoteKey))
                found.append(Array(keys))
            }
            return found
        }
        #expect(keysByBriefing(model) == briefings.filter { !$0.quotes.isEmpty }.map { $0.quotes.map(CacheKeys.quoteKey) })
        // A changed quote changes its key, once `quotes` is set again.
        var quotes = model.quotes
        quotes[5].quote.text += "!"
        model.quotes = quotes
        #expect(model.quoteKeys[5] == CacheKeys.quoteKey(quotes[5].quote))
        #expect(model.quoteKeys[5] != CacheKeys.quoteKey(briefings.flatMap(\.quotes)[5]))
        // The briefings still hold the quote as it was: their keys are their own quotes'.
        #expect(keysByBriefing(model) == briefings.filter { !$0.quotes.isEmpty }.map { $0.quotes.map(CacheKeys.quoteKey) })
        // Briefings set without their quotes (one quote edited, as many quotes as before): the
        // keys come from the briefings themselves.
        model = SiteModel(briefings: briefings, merge: SiteEntities(summaries: briefings, notes: []))
        briefings[1].quotes[0].text += "?"
        model.briefings = briefings
        #expect(keysByBriefing(model) == briefings.filter { !$0.quotes.isEmpty }.map { $0.quotes.map(CacheKeys.quoteKey) })
    }

    @Test func aSurnameJoinsTheOneFullNameWithIt() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .person, count: 2)]),
            Self.summary("b", [EntityCount(id: "putin", name: "Putin", type: .person, count: 3)]),
        ], notes: [])
        let putin = try #require(merge.resolve("putin"))
        #expect(putin.id == "vladimir-putin")
        #expect(putin.name == "Vladimir Putin")
        #expect(putin.mentionCount == 5)
        #expect(putin.briefingCount == 2)
        #expect(merge.byID["putin"] == nil, "one entity, one page")
        #expect(putin.aliases == ["Putin"])
    }

    /// Two ids of one site entity in a briefing count one briefing; the types are voted by
    /// mentions over all of its ids.
    @Test func twoIdsOfOneEntityInABriefingCountItOnce() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .person, count: 2),
                               EntityCount(id: "putin", name: "Putin", type: .person, count: 1)]),
            Self.summary("b", [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1),
                               EntityCount(id: "putin", name: "Putin", type: .person, count: 3)]),
            Self.summary("c", [EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .org, count: 1),
                               EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .org, count: 1)]),
        ], notes: [])
        let putin = try #require(merge.resolve("putin"))
        #expect(putin.id == "vladimir-putin")
        #expect(putin.briefingCount == 3)
        #expect(putin.mentionCount == 8)
        #expect(putin.type == .person, "6 mentions as a person against 2 as an organisation")
        #expect(merge.resolve("kyiv")?.briefingCount == 1)
    }

    @Test func anAmbiguousSurnameStaysApart() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "john-smith", name: "John Smith", type: .person, count: 1),
                               EntityCount(id: "jane-smith", name: "Jane Smith", type: .person, count: 1)]),
            Self.summary("b", [EntityCount(id: "smith", name: "Smith", type: .person, count: 1)]),
        ], notes: [])
        #expect(merge.resolve("smith")?.id == "smith")
        #expect(merge.all.count == 3)
    }

    @Test func aSurnameThatIsNotAPersonDoesNotMerge() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "george-washington", name: "George Washington", type: .person, count: 1)]),
            Self.summary("b", [EntityCount(id: "washington", name: "Washington", type: .place, count: 4)]),
        ], notes: [])
        #expect(merge.resolve("washington")?.id == "washington")
        #expect(merge.resolve("washington")?.type == .place)
    }

    @Test func theTypeIsTheMajorityByMentions() {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "georgia", name: "Georgia", type: .place, count: 3)]),
            Self.summary("b", [EntityCount(id: "georgia", name: "Georgia", type: .person, count: 1)]),
            Self.summary("c", [EntityCount(id: "georgia", name: "Georgia", type: .person, count: 1)]),
        ], notes: [])
        #expect(merge.resolve("georgia")?.type == .place)
    }

    @Test func notesFixTypesMergeAliasesAndDropIgnoredNames() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "kiev", name: "Kiev", type: .person, count: 2),
                               EntityCount(id: "share", name: "Share", type: .org, count: 5)]),
            Self.summary("b", [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1)]),
        ], notes: [Self.note("Kyiv", type: "PLACE", aliases: ["Kiev"]), Self.note("Share", type: nil, ignore: true)])
        let kyiv = try #require(merge.resolve("kiev"))
        #expect(kyiv.id == "kyiv")
        #expect(kyiv.type == .place, "the note's type wins over the vote")
        #expect(kyiv.mentionCount == 3)
        #expect(kyiv.note?.name == "Kyiv")
        #expect(merge.resolve("share") == nil)
        #expect(!merge.all.contains { $0.id == "share" })
    }

    @Test func resolvedSummariesCountMergedEntitiesTogether() {
        let a = Self.summary("a", [EntityCount(id: "kiev", name: "Kiev", type: .place, count: 2),
                                   EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1)],
                            quotes: [QuoteSummary(number: 1, text: "x", kind: .full, speakerID: "kiev", speaker: "Kiev")])
        let merge = SiteEntities(summaries: [a], notes: [Self.note("Kyiv", type: "place", aliases: ["Kiev"])])
        let resolved = merge.resolved(a)
        #expect(resolved.entities == [EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 3)])
        #expect(resolved.quotes.first?.speakerID == "kyiv")
        #expect(resolved.quotes.first?.speaker == "Kyiv")
    }

    @Test(arguments: [
        ("sergei-lavrov", "sergei-lavrov"), ("../etc", "etc"), ("a/b", "a-b"), ("..", ""), ("Kyiv", "kyiv"), ("-x-", "x"),
    ])
    func idsAreSafeInPaths(raw: String, clean: String) {
        let id = EntityID.sanitize(raw)
        #expect(id == clean)
        #expect(!id.contains("/") && !id.contains(".."))
    }

    @Test func aRegistryComesFromNotes() {
        let registry = EntityRegistry(notes: [Self.note("Kyiv", type: "PLACE", aliases: ["Kiev"]), Self.note("Share", type: nil, aliases: ["Share This"], ignore: true)])
        #expect(registry.known == [KnownEntity(name: "Kyiv", type: .place, aliases: ["Kiev"], id: "kyiv")])
        #expect(registry.ignored == ["Share", "Share This"])
    }

    @Test func aNoteListingItsOwnNameAsAnAliasShowsTheNameOnce() throws {
        let merge = SiteEntities(summaries: [
            Self.summary("a", [EntityCount(id: "washington", name: "Washington", type: .place, count: 1)]),
        ], notes: [Self.note("Washington", type: "PLACE", aliases: ["Washington", "Washington, D.C."])])
        let washington = try #require(merge.resolve("washington"))
        #expect(washington.aliases == ["Washington, D.C."])
    }

    @Test func countsAreWordedInTheSingularForOne() {
        let context = PageContext(kind: "entity", path: "entities/kyiv/index.html", baseURL: "")
        let one = EntityView(SiteEntity(id: "kyiv", name: "Kyiv", type: .place, mentionCount: 1, briefingCount: 1), quotes: [], briefings: [], related: [], from: context)
        #expect(one.countsText == "1 mention in 1 briefing")
        let many = EntityView(SiteEntity(id: "kyiv", name: "Kyiv", type: .place, mentionCount: 5, briefingCount: 2), quotes: [], briefings: [], related: [], from: context)
        #expect(many.countsText == "5 mentions in 2 briefings")
    }
}

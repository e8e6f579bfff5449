import BriefAnnotate
import BriefContent
import BriefTemplate
import Foundation
import Testing
@testable import BriefSite

@Suite("Entity numbering, index-based resolution and shared cards")
struct EntityNumberingTests {
    typealias S = SiteEntitiesTests

    /// Summaries exercising every rule of the merge: a surname joining a full name, a note with
    /// an alias, an ignored name, a dropped speaker, a summary naming one id twice.
    static func summaries() -> [BriefingSummary] {
        let putin = EntityCount(id: "vladimir-putin", name: "Vladimir Putin", type: .person, count: 2)
        let surname = EntityCount(id: "putin", name: "Putin", type: .person, count: 3)
        let kiev = EntityCount(id: "kiev", name: "Kiev", type: .place, count: 2)
        let kyiv = EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1)
        let share = EntityCount(id: "share", name: "Share", type: .org, count: 5)
        let nato = EntityCount(id: "nato", name: "NATO", type: .org, count: 4)
        return [
            S.summary("a", date: "2025-03-01", [share, putin, kiev], quotes: [
                QuoteSummary(number: 1, text: "One", kind: .full, speakerID: "vladimir-putin", speaker: "Putin"),
                QuoteSummary(number: 2, text: "Two", kind: .full, speakerID: "share", speaker: "Share"),
            ]),
            S.summary("b", date: "2025-02-01", [nato, surname, kyiv], quotes: [
                QuoteSummary(number: 1, text: "Three", kind: .dash, speakerID: "putin", speaker: "Putin"),
                QuoteSummary(number: 2, text: "Four", kind: .partial),
            ]),
            S.summary("c", date: "2025-01-01", [nato, nato, kyiv]),
            S.summary("d", [nato]),
        ]
    }

    static func merge() -> SiteEntities {
        SiteEntities(summaries: summaries(), notes: [
            S.note("Kyiv", type: "PLACE", aliases: ["Kiev"]), S.note("Share", type: nil, ignore: true),
        ])
    }

    @Test func resolvingByIndexEqualsResolvingByHashing() {
        let merge = Self.merge()
        for (index, summary) in Self.summaries().enumerated() {
            #expect(merge.resolved(summary, at: index) == merge.resolved(summary), "summary \(summary.slug)")
        }
        let resolved = merge.resolved(Self.summaries()[0], at: 0)
        #expect(resolved.entities.map(\.id) == ["kyiv", "vladimir-putin"])
        #expect(resolved.quotes.map(\.speakerID) == ["vladimir-putin", nil])
        #expect(resolved.quotes.map(\.speaker) == ["Vladimir Putin", "Share"])
        let twice = merge.resolved(Self.summaries()[2], at: 2)
        #expect(twice.entities.map(\.id) == ["nato", "kyiv"])
        #expect(twice.entities.first?.count == 8, "one id named twice is counted once, together")
    }

    /// The numbers that come with a summary resolved by index are its entities' site entities,
    /// in order, also where the merge joined or reordered its entries.
    @Test func resolvingByIndexNumbersEachEntity() throws {
        let merge = Self.merge()
        for (index, summary) in Self.summaries().enumerated() {
            let (resolved, numbers) = merge.resolvedNumbering(summary, at: index)
            let given = try #require(numbers, "summary \(summary.slug)")
            #expect(given.map { Int($0) } == resolved.entities.map { merge.number(resolving: $0.id) ?? -1 }, "summary \(summary.slug)")
        }
        #expect(merge.resolvedNumbering(Self.summaries()[1], at: 0).numbers == nil, "resolved by its ids: no numbers")
    }

    @Test func aSummaryAtAnotherIndexIsResolvedByItsIDs() {
        let merge = Self.merge()
        let summaries = Self.summaries()
        // Summary b at the index of summary a: the entry counts agree, the ids do not.
        #expect(merge.resolved(summaries[1], at: 0) == merge.resolved(summaries[1]))
        #expect(merge.resolved(summaries[3], at: 99) == merge.resolved(summaries[3]))
        #expect(SiteEntities().resolved(summaries[0], at: 0) == summaries[0], "the empty merge keeps a summary as it is")
    }

    /// The id-keyed lists as the model made them before numbering.
    static func naiveLists(_ model: SiteModel) -> (briefings: [String: [Int]], quotes: [String: [Int]]) {
        var briefings: [String: [Int]] = [:]
        for (index, briefing) in model.briefings.enumerated() {
            for entity in briefing.entities { briefings[entity.id, default: []].append(index) }
        }
        var quotes: [String: [Int]] = [:]
        for (index, quote) in model.quotes.enumerated() {
            if let id = quote.quote.speakerID { quotes[id, default: []].append(index) }
        }
        return (briefings, quotes)
    }

    @Test(arguments: [false, true])
    func numberedListsEqualTheListsByID(inMergeOrder: Bool) {
        let merge = Self.merge()
        var resolved = Self.summaries().enumerated().map { merge.resolved($1, at: $0) }
        if !inMergeOrder { resolved.reverse() }
        let model = SiteModel(briefings: resolved, merge: merge)
        let naive = Self.naiveLists(model)
        #expect(model.briefingIndicesByEntity() == naive.briefings)
        #expect(model.quoteIndicesBySpeaker() == naive.quotes)
        #expect(!naive.briefings.isEmpty && !naive.quotes.isEmpty)
        // Numbers are positions in `entities`.
        for (number, entity) in model.entities.enumerated() {
            #expect(model.numbering.ids[number] == entity.id)
            #expect(model.numbering.briefings[number] == (naive.briefings[entity.id] ?? []))
        }
        for (q, quote) in model.quotes.enumerated() {
            #expect(model.briefings[model.numbering.quoteBriefings[q]].slug == quote.briefingSlug)
        }
    }

    /// Enough briefings for the matching to run in several chunks, with briefings the merge did
    /// not see (ids new to the model) in more than one chunk: every list and number is the one
    /// a single pass in briefing order gives.
    @Test func chunkedNumberingEqualsOneSerialPass() {
        let base = Self.summaries()
        let seen = (0..<5_000).map { index in
            var summary = base[index % base.count]
            summary.slug = "s\(index)"
            return summary
        }
        let merge = SiteEntities(summaries: seen, notes: [S.note("Kyiv", type: "PLACE", aliases: ["Kiev"])])
        var briefings = seen.enumerated().map { merge.resolved($1, at: $0) }
        // Strangers at positions in different chunks; each names ids new to the model, some of
        // them twice, and one the model knows.
        let strangerAt = [4_901, 17, 2_600, 1_300, 3_999]
        for (order, position) in strangerAt.enumerated() {
            briefings[position] = S.summary("x\(order)", [
                EntityCount(id: "new-\(order % 3)", name: "New \(order % 3)", type: .person, count: 2),
                EntityCount(id: "nato", name: "NATO", type: .org, count: 1),
                EntityCount(id: "only-\(order)", name: "Only \(order)", type: .place, count: 1),
                // A briefing the merge did not see may name an id twice.
                EntityCount(id: "new-\(order % 3)", name: "New \(order % 3)", type: .person, count: 1),
            ])
        }
        let model = SiteModel(briefings: briefings, merge: merge)
        let numbering = model.numbering
        // New ids in order of first appearance, briefing by briefing.
        var expectedNew: [String] = []
        for briefing in briefings {
            for entity in briefing.entities where !model.entities.contains(where: { $0.id == entity.id }) {
                if !expectedNew.contains(entity.id) { expectedNew.append(entity.id) }
            }
        }
        #expect(expectedNew == ["new-1", "only-1", "new-0", "only-3", "new-2", "only-2", "only-4", "only-0"])
        #expect(Array(numbering.ids[numbering.entityCount...]) == expectedNew)
        #expect(model.briefingIndicesByEntity() == Self.naiveLists(model).briefings)
        for (b, briefing) in briefings.enumerated() {
            #expect(numbering.entities(ofBriefing: b).map { numbering.ids[Int($0)] } == briefing.entities.map(\.id), "briefing \(b)")
        }
    }

    @Test func idsWithoutAnEntityAreNumberedToo() {
        // Briefings the merge never saw: their ids have no entity of the model.
        let merge = Self.merge()
        let stranger = S.summary("x", [EntityCount(id: "nobody", name: "Nobody", type: .person, count: 1),
                                       EntityCount(id: "nato", name: "NATO", type: .org, count: 1)],
                                 quotes: [QuoteSummary(number: 1, text: "Hm", kind: .full, speakerID: "ghost", speaker: "Ghost")])
        let model = SiteModel(briefings: [stranger], merge: merge)
        #expect(model.briefingIndicesByEntity() == ["nobody": [0], "nato": [0]])
        #expect(model.quoteIndicesBySpeaker() == ["ghost": [0]])
        // Only entities of the model are company.
        #expect(model.seenWith()["nobody"]?.map(\.entity.id) == ["nato"])
        #expect(model.seenWith()["nato"]?.isEmpty == true)
    }

    /// Speakers are numbered beside the briefings' entities (on another thread): a speaker that
    /// is an entity of the model gets its number, one a briefing named first (no entity of the
    /// model) gets that briefing's number, and an unknown one a new number after every id the
    /// briefings added, in the quotes' order, as one pass after the briefings would give.
    @Test func speakersGetTheNumbersOneSerialPassWouldGive() {
        let merge = Self.merge()
        let stranger = S.summary("x", [EntityCount(id: "nobody", name: "Nobody", type: .person, count: 1),
                                       EntityCount(id: "nato", name: "NATO", type: .org, count: 1)],
                                 quotes: [QuoteSummary(number: 1, text: "Hm", kind: .full, speakerID: "ghost", speaker: "Ghost"),
                                          QuoteSummary(number: 2, text: "So", kind: .full, speakerID: "nobody", speaker: "Nobody"),
                                          QuoteSummary(number: 3, text: "No", kind: .partial)])
        let other = S.summary("y", [EntityCount(id: "someone", name: "Someone", type: .person, count: 1)],
                              quotes: [QuoteSummary(number: 1, text: "Yes", kind: .full, speakerID: "nato", speaker: "NATO"),
                                       QuoteSummary(number: 2, text: "Boo", kind: .full, speakerID: "phantom", speaker: "Phantom"),
                                       QuoteSummary(number: 3, text: "Again", kind: .full, speakerID: "ghost", speaker: "Ghost")])
        let model = SiteModel(briefings: [stranger, other], merge: merge)
        let numbering = model.numbering
        let entityCount = model.entities.count
        #expect(numbering.entityCount == entityCount)
        #expect(Array(numbering.ids[entityCount...]) == ["nobody", "someone", "ghost", "phantom"])
        let number = { (id: String) in numbering.numbers[id]! }
        #expect(numbering.quotes[number("ghost")] == [0, 5])
        #expect(numbering.quotes[number("nobody")] == [1])
        #expect(numbering.quotes[number("nato")] == [3])
        #expect(numbering.quotes[number("phantom")] == [4])
        #expect(numbering.quoteBriefings == [0, 0, 0, 1, 1, 1])
        #expect(numbering.quotesKnowTheirBriefings)
        #expect(model.quoteIndicesBySpeaker() == ["ghost": [0, 5], "nobody": [1], "nato": [3], "phantom": [4]])
    }

    @Test func seenWithCountsBriefingsInCommon() throws {
        let merge = Self.merge()
        let model = SiteModel(briefings: Self.summaries().enumerated().map { merge.resolved($1, at: $0) }, merge: merge)
        let nato = try #require(model.seenWith()["nato"])
        // b and c name NATO with Kyiv (c's two NATO entries were merged into one), b with Putin.
        #expect(nato.map(\.entity.id) == ["kyiv", "vladimir-putin"])
        #expect(nato.map(\.briefings) == [2, 1])
        let byNumber = model.seenWithByNumber()
        let number = try #require(model.entities.firstIndex { $0.id == "nato" })
        #expect(byNumber[number].map { model.entities[$0.entity].id } == nato.map(\.entity.id))
    }

    /// Worked out in chunks of entities on every core, "seen with" is what counting every pair
    /// by brute force gives: most briefings in common, then name, then id, ten at most, for
    /// enough entities to make several chunks. With hubs (entities in a third or a fifth of the
    /// briefings), those are counted the way for entities with many pairs, the others as before.
    @Test(arguments: [false, true]) func seenWithInChunksMatchesCountingEveryPair(hubs: Bool) {
        let entities = (0..<400).map { n in
            EntityCount(id: "e\(n)", name: "Name \(n % 37)", type: .org, count: 1)
        }
        let summaries = (0..<1_500).map { b in
            var listed = (0..<(3 + b % 9)).map { k in entities[(b * 7 + k * k * 13 + k) % entities.count] }
            if hubs && b % 3 == 0 { listed.append(EntityCount(id: "hub-a", name: "Hub A", type: .org, count: 1)) }
            if hubs && b % 5 == 0 { listed.append(EntityCount(id: "hub-b", name: "Hub B", type: .person, count: 1)) }
            return S.summary("b\(b)", listed)
        }
        let merge = SiteEntities(summaries: summaries, notes: [])
        let model = SiteModel(briefings: summaries.enumerated().map { merge.resolved($1, at: $0) }, merge: merge)
        #expect(model.entities.count > 256)
        var common: [String: [String: Int]] = [:]
        for briefing in model.briefings {
            let ids = Set(briefing.entities.map(\.id))
            for a in ids { for b in ids where b != a { common[a, default: [:]][b, default: 0] += 1 } }
        }
        let names = Dictionary(uniqueKeysWithValues: model.entities.map { ($0.id, $0.name) })
        let seen = model.seenWith()
        let byNumber = model.seenWithByNumber()
        for (number, entity) in model.entities.enumerated() {
            let expected = (common[entity.id] ?? [:]).filter { names[$0.key] != nil }.sorted {
                if $0.value != $1.value { return $0.value > $1.value }
                if names[$0.key]! != names[$1.key]! { return names[$0.key]! < names[$1.key]! }
                return $0.key < $1.key
            }.prefix(10)
            #expect(seen[entity.id]?.map(\.entity.id) ?? [] == expected.map(\.key), "\(entity.id)")
            #expect(seen[entity.id]?.map(\.briefings) ?? [] == expected.map(\.value), "\(entity.id)")
            #expect(byNumber[number].map { model.entities[$0.entity].id } == expected.map(\.key), "\(entity.id)")
        }
    }

    static func render(_ value: TemplateValue) throws -> String {
        var library = TemplateLibrary()
        library.register(try Template("{{#list}}[{{title}}|{{href}}|{{date}}{{#tags}}<{{name}}>{{/tags}}]{{/list}}"), named: "t")
        struct Root: TemplateObject {
            let list: TemplateValue
            func value(named name: String) -> TemplateValue { name == "list" ? list : .missing }
        }
        return try #require(library.renderString(Root(list: value), template: "t"))
    }

    @Test func aSharedCardListRendersAsTheArrayOfItsCards() throws {
        let context = PageContext(kind: "entity", path: "entities/x/index.html", baseURL: "")
        var summaries = Self.summaries()
        summaries[0].tags = ["nato", "talks"]
        let cards = summaries.map { BriefingCard($0, from: context) }
        let table = BriefingCardTable(cards)
        let positions = [3, 0, 2]
        let list = BriefingCardList(table: table, positions: positions)
        #expect(Array(list) == positions.map { cards[$0] })
        #expect(try Self.render(.init(list)) == (try Self.render(.init(positions.map { cards[$0] }))))
        #expect(try Self.render(.init(list)).contains("<nato><talks>"))
        #expect(list == BriefingCardList(positions.map { cards[$0] }), "equal when the cards are")
        #expect(list != BriefingCardList(cards))
        // A table with positions left empty still holds every card asked for.
        let partial = BriefingCardTable(count: cards.count) { $0 == 1 ? nil : cards[$0] }
        #expect(!partial.hasCard(at: 1) && partial.hasCard(at: 2))
        #expect(Array(BriefingCardList(table: partial, positions: positions)) == Array(list))
    }

    /// Cards for listings at two depths: each marked position holds the card a page at its
    /// depth makes itself; no marks at a depth, no table for it.
    @Test func cardsAtTwoDepthsEqualCardsMadeAtEachDepth() {
        var summaries = Self.summaries()
        summaries[0].tags = ["nato"]
        let first = PageContext(kind: "tag", path: "tags/tag/index.html", baseURL: "")
        let further = PageContext(kind: "tag", path: "tags/tag/page/2/index.html", baseURL: "")
        let count = summaries.count
        let marks: [[Bool]] = [(0..<count).map { $0 % 2 == 0 }, (0..<count).map { $0 != 1 }]
        let both = BriefingCardTable.atTwoDepths(summaries, needed: marks, first: first, further: further)
        for position in 0..<count {
            // The first depth's table also holds the cards the further one's are copied from.
            #expect(both.first!.hasCard(at: position) == (marks[0][position] || marks[1][position]))
            #expect(both.further!.hasCard(at: position) == marks[1][position])
            if marks[0][position] { #expect(both.first!.card(at: position) == BriefingCard(summaries[position], from: first)) }
            if marks[1][position] { #expect(both.further!.card(at: position) == BriefingCard(summaries[position], from: further)) }
        }
        #expect(both.further!.card(at: 0).href.hasPrefix("../../../../"))
        let onlyFurther = BriefingCardTable.atTwoDepths(summaries, needed: [[], marks[1]], first: first, further: further)
        #expect(onlyFurther.first == nil && onlyFurther.further!.card(at: 2) == BriefingCard(summaries[2], from: further))
        let onlyFirst = BriefingCardTable.atTwoDepths(summaries, needed: [marks[0], []], first: first, further: further)
        #expect(onlyFirst.further == nil && onlyFirst.first!.hasCard(at: 0))
        let none = BriefingCardTable.atTwoDepths(summaries, needed: [[], []], first: first, further: further)
        #expect(none.first == nil && none.further == nil)
    }

    @Test func pagesMadeFromSomeCardsEqualPagesMadeFromAll() throws {
        let merge = Self.merge()
        let model = SiteModel(briefings: Self.summaries().enumerated().map { merge.resolved($1, at: $0) }, merge: merge)
        let all = EntityPageSources(model, baseURL: "")
        for number in model.entities.indices {
            var some = EntityPageSources(model)
            some.addCards(baseURL: "", for: [(number, 1)])
            let context = PageContext(kind: "entity", path: model.entities[number].path, baseURL: "")
            let reference = EntityView(
                model.entities[number], quotes: model.quotesBySpeaker()[model.entities[number].id] ?? [],
                briefings: model.briefingsByEntity()[model.entities[number].id] ?? [],
                related: model.seenWith()[model.entities[number].id] ?? [], from: context)
            #expect(some.view(of: number, from: context) == reference)
            #expect(all.view(of: number, from: context) == reference)
            // Without cards (or with another entity's only), the view is made the slow way, the same.
            #expect(EntityPageSources(model).view(of: number, from: context) == reference)
        }
    }

    /// Each page of a paged entity shows its slice of what one page of everything shows, with
    /// links from its own depth, whether its cards were made for it, for all pages or not at all.
    @Test func pagedViewsAreSlicesOfTheWholeViewAtTheirDepth() throws {
        let merge = Self.merge()
        let model = SiteModel(briefings: Self.summaries().enumerated().map { merge.resolved($1, at: $0) }, merge: merge)
        let paging = EntityPaging(briefingsPerPage: 1, quotesPerPage: 1)
        let all = EntityPageSources(model, baseURL: "", paging: paging)
        let none = EntityPageSources(model, paging: paging)
        var pagesSeen = 0
        for number in model.entities.indices {
            let entity = model.entities[number]
            let pages = all.pages(of: number, listed: all.listedQuotes(of: number))
            var some = EntityPageSources(model, paging: paging)
            some.addCards(baseURL: "", for: pages.map { (number, $0.number) })
            for page in pages {
                let context = PageContext(kind: "entity", path: EntityPaging.path(ofPage: page.number, entity: entity.id), baseURL: "")
                let whole = EntityView(
                    entity, quotes: model.quotesBySpeaker()[entity.id] ?? [], briefings: model.briefingsByEntity()[entity.id] ?? [],
                    related: model.seenWith()[entity.id] ?? [], from: context)
                for view in [all.view(of: number, page: page, from: context), some.view(of: number, page: page, from: context),
                    none.view(of: number, page: page, from: context)] {
                    #expect(view.quotes == Array(whole.quotes[page.quotes]))
                    #expect(Array(view.briefings) == Array(whole.briefings[page.briefings]))
                    #expect(view.related == (page.number == 1 ? whole.related : []))
                    #expect(view.quoteCount == whole.quotes.count)
                    #expect(view.href == "../".repeated(context.root.count / 3) + "entities/\(entity.id)/index.html")
                }
                if page.number > 1 {
                    pagesSeen += 1
                    #expect(all.view(of: number, page: page, from: context).briefings.allSatisfy { $0.href.hasPrefix("../../../../briefings/") })
                }
            }
        }
        #expect(pagesSeen > 2)
    }
}

private extension String {
    func repeated(_ count: Int) -> String { String(repeating: self, count: count) }
}

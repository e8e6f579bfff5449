import BriefContent

/// What every entity page is made from, worked out once for all of them: "seen with" by entity
/// number (the model's `numbering` already lists each entity's briefings and quotes), how each
/// entity's lists are cut into pages (`paging`), and the card of every briefing a page to be made
/// lists, as pages at its depth show it, shared by those pages. Cards are kept per depth (per
/// page root): a first page (`entities/ID/index.html`) and a further one
/// (`entities/ID/page/N/index.html`) link to the same briefing by different relative paths.
struct EntityPageSources: Sendable {
    let model: SiteModel
    /// Per entity number (its position in `model.entities`): the entities seen with it, as numbers.
    let seenWith: [[(entity: Int, briefings: Int)]]
    /// How an entity's briefings and quotes are cut into pages.
    let paging: EntityPaging
    /// The cards of the briefings by the root of the pages that show them (none until `addCards`).
    private var cards: [String: BriefingCardTable] = [:]
    /// `numbering.quotesKnowTheirBriefings`: then a quote is shown with its own briefing's card.
    /// Else quotes are matched to briefings by slug entity by entity, as `EntityView`'s public
    /// initializer does.
    private var quotesHaveCards: Bool { model.numbering.quotesKnowTheirBriefings }

    /// The lookup tables only: enough to key every entity page (`view` works, more slowly).
    init(_ model: SiteModel, paging: EntityPaging = .onePage) {
        self.model = model
        self.paging = paging
        seenWith = model.seenWithByNumber(limit: 10)
    }

    /// Everything, cards for every page included.
    init(_ model: SiteModel, baseURL: String, paging: EntityPaging = .onePage) {
        self.init(model, paging: paging)
        addCards(baseURL: baseURL)
    }

    /// The briefings of entity `number` (its position in `model.entities`), latest first.
    func briefings(of number: Int) -> [Int] { model.numbering.briefings[number] }

    /// The quotes entity `number` said, as indices into `model.quotes`.
    func quotes(of number: Int) -> [Int] { model.numbering.quotes[number] }

    /// The quotes entity `number`'s pages list, in order: those whose briefing is among its own.
    func listedQuotes(of number: Int) -> [Int] {
        let quotes = model.numbering.quotes[number]
        let briefings = model.numbering.briefings[number]
        if quotesHaveCards {
            let quoteBriefings = model.numbering.quoteBriefings
            return quotes.filter { Self.contains(briefings, quoteBriefings[$0]) }
        }
        let slugs = Set(briefings.map { model.briefings[$0].slug })
        return quotes.filter { slugs.contains(model.quotes[$0].briefingSlug) }
    }

    /// The pages of entity `number`, whose listed quotes are `listed` (`listedQuotes(of:)`).
    func pages(of number: Int, listed: [Int]) -> [EntityPaging.Page] {
        paging.pages(briefings: model.numbering.briefings[number].count, quotes: listed.count)
    }

    /// Makes the card of every briefing the pages `pages` (entity number, page number from 1;
    /// every page of every entity when nil) list, once for all pages at the same depth (a rebuild
    /// that renders a few pages makes only their cards).
    mutating func addCards(baseURL: String, for pages: [(entity: Int, page: Int)]? = nil) {
        let briefings = model.briefings
        // Page 1 and the pages after it: two depths, so two tables at most.
        // (All entities' pages of one number sit at one depth: any id stands for them.)
        let contexts = [1, 2].map { PageContext(kind: "entity", path: EntityPaging.path(ofPage: $0, entity: "entity"), baseURL: baseURL) }
        var needed = [[Bool]](repeating: [], count: contexts.count)
        if let pages {
            // Each entity's briefings marked once per depth.
            var marked = Set<Int>()
            for (entity, page) in pages {
                let depth = page == 1 ? 0 : 1
                guard marked.insert(entity * 2 + depth).inserted else { continue }
                if needed[depth].isEmpty { needed[depth] = [Bool](repeating: false, count: briefings.count) }
                // All the entity's briefings: a quote on the page may be in one listed on another.
                for b in model.numbering.briefings[entity] { needed[depth][b] = true }
            }
        } else {
            needed = contexts.map { _ in [Bool](repeating: true, count: briefings.count) }
        }
        let tables = BriefingCardTable.atTwoDepths(briefings, needed: needed, first: contexts[0], further: contexts[1])
        cards = [:]
        if let first = tables.first { cards[contexts[0].root] = first }
        if let further = tables.further { cards[contexts[1].root] = further }
    }

    /// The view of `page` of entity `number` (`model.entities[number]`; all on one page when
    /// nil), the same as `EntityView(entity, quotes:briefings:related:from:)` would show of it.
    /// "Seen with" is on the first page only. `listed`: `listedQuotes(of: number)`, when the
    /// caller has it already.
    func view(of number: Int, page: EntityPaging.Page? = nil, listed: [Int]? = nil, from context: PageContext) -> EntityView {
        let entity = model.entities[number]
        let briefings = model.numbering.briefings[number]
        let listed = listed ?? listedQuotes(of: number)
        let page = page ?? EntityPaging.Page(number: 1, briefings: briefings.indices, quotes: listed.indices)
        let related = page.number == 1 ? seenWith[number].map { (entity: model.entities[$0.entity], briefings: $0.briefings) } : []
        let shownQuotes = listed[page.quotes]
        let shownBriefings = briefings[page.briefings]
        let quoteBriefings = model.numbering.quoteBriefings
        guard quotesHaveCards, let cards = cards[context.root], shownBriefings.allSatisfy(cards.hasCard(at:)),
            shownQuotes.allSatisfy({ cards.hasCard(at: quoteBriefings[$0]) })
        else {
            let summaries = EntityView.bySlug(briefings.lazy.map { model.briefings[$0] })
            return EntityView(
                entity, quotes: shownQuotes.map { model.quotes[$0] }, of: summaries,
                briefings: ArraySlice(shownBriefings.map { model.briefings[$0] }), quoteCount: listed.count, related: related,
                from: context)
        }
        // Every quote listed here has this entity as its speaker: one link for all of them.
        let speakerHref = context.entityLink(entity.id)
        // Quotes and cards read in place: a view returned through a generic closure was copied
        // out and destroyed again.
        let cardsBase = cards.baseAddress!
        let views: [QuoteView] = model.quotes.withUnsafeBufferPointer { all in
            shownQuotes.map { q in
                QuoteView(
                    all[q].quote, card: cardsBase[quoteBriefings[q]], briefingPath: all[q].briefingPath, from: context,
                    speakerHref: all[q].quote.speakerID == nil ? nil : speakerHref)
            }
        }
        let links = related.map {
            EntityLinkView(id: $0.entity.id, name: $0.entity.name, type: $0.entity.type, count: $0.briefings, from: context)
        }
        return EntityView(
            entity, quotes: views, cards: BriefingCardList(table: cards, positions: Array(shownBriefings)), quoteCount: listed.count,
            related: links, from: context)
    }

    /// Binary search in ascending `indices`.
    private static func contains(_ indices: [Int], _ value: Int) -> Bool {
        var low = 0
        var high = indices.count
        while low < high {
            let middle = (low + high) / 2
            if indices[middle] < value { low = middle + 1 } else { high = middle }
        }
        return low < indices.count && indices[low] == value
    }
}

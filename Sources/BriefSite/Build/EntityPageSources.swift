import BriefContent

/// What every entity page is made from, worked out once for all of them: which briefings mention
/// each entity and which quotes it said (as indices into the model), "seen with", and the card of
/// every briefing as an entity page shows it (all entity pages sit at the same depth).
struct EntityPageSources: Sendable {
    let model: SiteModel
    /// Indices into `model.briefings` by entity id, latest first.
    let briefingsByEntity: [String: [Int]]
    /// Indices into `model.quotes` by speaker id.
    let quotesBySpeaker: [String: [Int]]
    let seenWith: [String: [(entity: SiteEntity, briefings: Int)]]
    /// The card of each briefing from a page whose root is `cardRoot` (empty until `addCards`).
    private var cards: [BriefingCard] = []
    private var cardRoot = ""
    /// The first briefing with each slug; nil when two briefings share one (then quotes are
    /// matched to briefings entity by entity, as `EntityView`'s public initializer does), or
    /// before `addCards`.
    private var briefingBySlug: [String: Int]?

    /// The lookup tables only: enough to key every entity page (`view` works, more slowly).
    init(_ model: SiteModel) {
        self.model = model
        briefingsByEntity = model.briefingIndicesByEntity()
        quotesBySpeaker = model.quoteIndicesBySpeaker()
        seenWith = model.seenWith(limit: 10)
    }

    /// Everything, cards included.
    init(_ model: SiteModel, baseURL: String) {
        self.init(model)
        addCards(baseURL: baseURL)
    }

    /// Makes every briefing's card once, for all the pages to be rendered (a rebuild that renders
    /// none does without).
    mutating func addCards(baseURL: String) {
        let context = PageContext(kind: "entity", path: EntityID.path(of: "entity"), baseURL: baseURL)
        cardRoot = context.root
        cards = model.briefings.map { BriefingCard($0, from: context) }
        var bySlug: [String: Int] = [:]
        bySlug.reserveCapacity(model.briefings.count)
        for (index, briefing) in model.briefings.enumerated() where bySlug[briefing.slug] == nil {
            bySlug[briefing.slug] = index
        }
        briefingBySlug = bySlug.count == model.briefings.count ? bySlug : nil
    }

    /// The view of `entity`'s page, the same as `EntityView(entity, quotes:briefings:related:from:)`.
    func view(of entity: SiteEntity, from context: PageContext) -> EntityView {
        let briefings = briefingsByEntity[entity.id] ?? []
        let quotes = quotesBySpeaker[entity.id] ?? []
        let related = seenWith[entity.id] ?? []
        guard let briefingBySlug, context.root == cardRoot else {
            return EntityView(
                entity, quotes: quotes.map { model.quotes[$0] }, briefings: briefings.map { model.briefings[$0] },
                related: related, from: context)
        }
        // A quote is listed when its briefing is among the entity's (`briefings` is sorted).
        let views: [QuoteView] = quotes.compactMap { q in
            let quote = model.quotes[q]
            guard let index = briefingBySlug[quote.briefingSlug], Self.contains(briefings, index) else { return nil }
            return QuoteView(quote.quote, in: model.briefings[index], from: context)
        }
        return EntityView(entity, quotes: views, cards: briefings.map { cards[$0] }, related: related, from: context)
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

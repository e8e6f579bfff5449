import BriefContent

/// What every entity page is made from, worked out once for all of them: "seen with" by entity
/// number (the model's `numbering` already lists each entity's briefings and quotes), and the
/// card of every briefing an entity page to be made lists, as entity pages show it (all entity
/// pages sit at the same depth), shared by the pages.
struct EntityPageSources: Sendable {
    let model: SiteModel
    /// Per entity number (its position in `model.entities`): the entities seen with it, as numbers.
    let seenWith: [[(entity: Int, briefings: Int)]]
    /// The cards of the briefings, from a page whose root is `cardRoot` (nil until `addCards`).
    private var cards: BriefingCardTable?
    private var cardRoot = ""
    /// True when no two briefings share a slug: then each quote's briefing is its own (else quotes
    /// are matched to briefings by slug entity by entity, as `EntityView`'s public initializer does).
    private let slugsAreUnique: Bool

    /// The lookup tables only: enough to key every entity page (`view` works, more slowly).
    init(_ model: SiteModel) {
        self.model = model
        seenWith = model.seenWithByNumber(limit: 10)
        var slugs = Set<String>()
        slugs.reserveCapacity(model.briefings.count)
        slugsAreUnique = model.briefings.allSatisfy { slugs.insert($0.slug).inserted }
    }

    /// Everything, cards included.
    init(_ model: SiteModel, baseURL: String) {
        self.init(model)
        addCards(baseURL: baseURL)
    }

    /// The briefings of entity `number` (its position in `model.entities`), latest first.
    func briefings(of number: Int) -> [Int] { model.numbering.briefings[number] }

    /// The quotes entity `number` said, as indices into `model.quotes`.
    func quotes(of number: Int) -> [Int] { model.numbering.quotes[number] }

    /// Makes the card of every briefing the pages of `entities` (numbers; all when nil) list, once
    /// for all of them (a rebuild that renders a few pages makes only their cards).
    mutating func addCards(baseURL: String, for entities: [Int]? = nil) {
        let context = PageContext(kind: "entity", path: EntityID.path(of: "entity"), baseURL: baseURL)
        cardRoot = context.root
        let briefings = model.briefings
        guard let entities else {
            cards = BriefingCardTable(count: briefings.count) { BriefingCard(briefings[$0], from: context) }
            return
        }
        var needed = [Bool](repeating: false, count: briefings.count)
        for entity in entities {
            for b in model.numbering.briefings[entity] { needed[b] = true }
        }
        cards = BriefingCardTable(count: briefings.count) { needed[$0] ? BriefingCard(briefings[$0], from: context) : nil }
    }

    /// The view of entity `number`'s page (`model.entities[number]`), the same as
    /// `EntityView(entity, quotes:briefings:related:from:)`.
    func view(of number: Int, from context: PageContext) -> EntityView {
        let entity = model.entities[number]
        let briefings = model.numbering.briefings[number]
        let quotes = model.numbering.quotes[number]
        let related = seenWith[number].map { (entity: model.entities[$0.entity], briefings: $0.briefings) }
        guard slugsAreUnique, let cards, context.root == cardRoot, model.numbering.quoteBriefings.count == model.quotes.count,
            briefings.allSatisfy(cards.hasCard(at:))
        else {
            return EntityView(
                entity, quotes: quotes.map { model.quotes[$0] }, briefings: briefings.map { model.briefings[$0] },
                related: related, from: context)
        }
        // A quote is listed when its briefing is among the entity's (`briefings` is sorted). Every
        // quote listed here has this entity as its speaker: one link for all of them.
        let speakerHref = context.entityLink(entity.id)
        let views: [QuoteView] = model.quotes.withUnsafeBufferPointer { all in
            quotes.compactMap { q in
                let index = model.numbering.quoteBriefings[q]
                guard Self.contains(briefings, index) else { return nil }
                return cards.withCard(at: index) { card in
                    QuoteView(
                        all[q].quote, card: card, briefingPath: all[q].briefingPath, from: context,
                        speakerHref: all[q].quote.speakerID == nil ? nil : speakerHref)
                }
            }
        }
        let links = related.map {
            EntityLinkView(id: $0.entity.id, name: $0.entity.name, type: $0.entity.type, count: $0.briefings, from: context)
        }
        return EntityView(entity, quotes: views, cards: BriefingCardList(table: cards, positions: briefings), related: links)
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

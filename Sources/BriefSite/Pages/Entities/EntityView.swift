import BriefContent
import BriefMarkdown

/// `{{entity.*}}` on an entity page.
public struct EntityView: Sendable, Hashable {
    public var id: String
    /// The page's `<h1>`, exactly the name.
    public var name: String
    public var typeLabel: String
    public var typeClass: String
    public var aliases: [String]
    public var hasAliases: Bool
    /// The note's `description`, when there is a note.
    public var description: String?
    /// The note's body as HTML (raw HTML in it always escaped), its headings with ids
    /// (`EntityNoteAnchors`); rendered with `{{{ }}}`.
    public var noteHTML: String?
    /// The note's `links`.
    public var links: [String]
    public var hasLinks: Bool
    public var mentionCount: Int
    public var briefingCount: Int
    /// "1 mention in 1 briefing", "5 mentions in 2 briefings": the counts in words, singular or plural.
    public var countsText: String {
        "\(mentionCount) \(mentionCount == 1 ? "mention" : "mentions") in \(briefingCount) \(briefingCount == 1 ? "briefing" : "briefings")"
    }
    /// Relative link to the entity's first page (`entities/ID/index.html`).
    public var href: String
    /// What it said on this page, latest briefing first, each linking into its briefing.
    public var quotes: [QuoteView]
    public var hasQuotes: Bool
    /// The quotes it said on all its pages.
    public var quoteCount: Int
    /// Briefings that mention it on this page, latest first (cards shared with other pages).
    public var briefings: BriefingCardList
    public var hasBriefings: Bool
    /// The entities most often in the same briefings (`count` is briefings in common); on the
    /// first page only.
    public var related: [EntityLinkView]
    public var hasRelated: Bool

    /// Everything on one page: the quotes among `quotes` whose briefing is among `briefings`,
    /// the cards of `briefings`, and "seen with".
    public init(
        _ entity: SiteEntity, quotes: [SiteQuote], briefings: [BriefingSummary],
        related: [(entity: SiteEntity, briefings: Int)], from context: PageContext
    ) {
        let summaries = Self.bySlug(briefings)
        let listed = quotes.filter { summaries[$0.briefingSlug] != nil }
        self.init(
            entity, quotes: listed, of: summaries, briefings: briefings[...], quoteCount: listed.count, related: related,
            from: context)
    }

    /// One page's part: `quotes` (all listed: each one's briefing is in `summaries`, the entity's
    /// briefings by slug) and `briefings`, of `quoteCount` quotes on all pages.
    init(
        _ entity: SiteEntity, quotes: some Collection<SiteQuote>, of summaries: [String: BriefingSummary],
        briefings: ArraySlice<BriefingSummary>, quoteCount: Int, related: [(entity: SiteEntity, briefings: Int)],
        from context: PageContext
    ) {
        self.init(
            entity, quotes: quotes.compactMap { quote in summaries[quote.briefingSlug].map { QuoteView(quote.quote, in: $0, from: context) } },
            cards: BriefingCardList(briefings.map { BriefingCard($0, from: context) }), quoteCount: quoteCount,
            related: related.map {
                EntityLinkView(id: $0.entity.id, name: $0.entity.name, type: $0.entity.type, count: $0.briefings, from: context)
            }, from: context)
    }

    /// Briefings by slug, the first of each slug (as a quote finds its briefing).
    static func bySlug(_ briefings: some Sequence<BriefingSummary>) -> [String: BriefingSummary] {
        Dictionary(briefings.map { ($0.slug, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The view from views made beforehand, "seen with" included.
    init(
        _ entity: SiteEntity, quotes: [QuoteView], cards: BriefingCardList, quoteCount: Int, related: [EntityLinkView],
        from context: PageContext
    ) {
        id = entity.id
        href = context.entityLink(entity.id)
        name = entity.name
        typeLabel = entity.type.label
        typeClass = AnnotationWeaver.typeClass(entity.type)
        aliases = entity.aliases
        hasAliases = !aliases.isEmpty
        description = entity.note?.description
        let body = entity.note?.body ?? ""
        let html = body.allSatisfy(\.isWhitespace) ? "" : EntityNoteAnchors.html(ofNote: body, links: entity.noteLinks)
        noteHTML = html.isEmpty ? nil : html
        links = entity.note?.links ?? []
        hasLinks = !links.isEmpty
        mentionCount = entity.mentionCount
        briefingCount = entity.briefingCount
        self.quotes = quotes
        hasQuotes = !self.quotes.isEmpty
        self.quoteCount = quoteCount
        briefings = cards
        hasBriefings = !briefings.isEmpty
        self.related = related
        hasRelated = !self.related.isEmpty
    }
}

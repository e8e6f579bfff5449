import BriefContent

/// One quote of the site, with the briefing it is in: the quotes page, entity pages, data/quotes.json.
public struct SiteQuote: Sendable, Hashable {
    /// `SLUG-q-3`: unique across the site.
    public var id: String
    public var quote: QuoteSummary
    public var briefingSlug: String
    public var briefingTitle: String
    public var date: PublicationDate?
    /// The briefing page (`briefings/SLUG/index.html`).
    public var briefingPath: String
    /// The quote on its page: `briefings/SLUG/index.html#q-3`.
    public var path: String {
        // Appended into one string (`briefingPath + "#" + quote.anchor` made two on the way).
        let number = String(quote.number)
        var path = briefingPath
        path.reserveCapacity(path.utf8.count + 3 + number.utf8.count)
        path.append("#q-")
        path.append(number)
        return path
    }

    public init(_ quote: QuoteSummary, in briefing: BriefingSummary) {
        // `SLUG-q-N`, appended (string interpolation costs several times more, per quote).
        var id = briefing.slug
        id.append("-q-")
        id.append(String(quote.number))
        self.id = id
        self.quote = quote
        briefingSlug = briefing.slug
        briefingTitle = briefing.title
        date = briefing.date
        briefingPath = briefing.path
    }
}

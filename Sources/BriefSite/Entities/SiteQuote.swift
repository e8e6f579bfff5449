import BriefContent

/// One quote of the site, with the briefing it is in: the quotes page, entity pages, data/quotes.json.
public struct SiteQuote: Sendable, Hashable {
    /// `SLUG-q-3`: unique across the site. Made when asked for (only the pages and files that
    /// show quotes do, when they are made): every build makes the model's 50,000 quotes, and
    /// each stored id was a string of its own (an edit rebuild's 4 MB and 57,000 allocations).
    public var id: String { Self.numbered(briefingSlug, "-q-", quote.number) }
    public var quote: QuoteSummary
    public var briefingSlug: String
    public var briefingTitle: String
    public var date: PublicationDate?
    /// The briefing page (`briefings/SLUG/index.html`).
    public var briefingPath: String
    /// The quote on its page: `briefings/SLUG/index.html#q-3`.
    public var path: String { Self.numbered(briefingPath, "#q-", quote.number) }

    /// `base + infix + number`, appended into one string made at its size
    /// (`briefingPath + "#" + quote.anchor` made two on the way).
    private static func numbered(_ base: String, _ infix: String, _ number: Int) -> String {
        let digits = String(number)
        var result = base
        result.reserveCapacity(base.utf8.count + infix.utf8.count + digits.utf8.count)
        result.append(infix)
        result.append(digits)
        return result
    }

    public init(_ quote: QuoteSummary, in briefing: BriefingSummary) {
        self.quote = quote
        briefingSlug = briefing.slug
        briefingTitle = briefing.title
        date = briefing.date
        briefingPath = briefing.path
    }
}

import BriefContent

/// One briefing in a list (the index; later tag and entity pages): the `briefing-card` partial's variables.
public struct BriefingCard: Sendable, Hashable {
    public var title: String
    /// Link to the briefing from the page the card is on (`briefings/slug/index.html`).
    public var href: String
    /// The date for people (`21 August 2025`), if any.
    public var date: String?
    /// The date for machines (`2025-08-21`), if any.
    public var dateISO: String?
    public var summary: String?
    public var source: String?
    public var url: String?
    public var tags: [TagView]
    public var hasTags: Bool
    /// True when there is a date or source to show.
    public var hasMeta: Bool

    /// The card for `summary`, as seen from the page `context`.
    public init(_ summary: BriefingSummary, from context: PageContext) {
        title = summary.title
        href = context.link(to: summary.path)
        date = summary.date.map(DateText.long)
        dateISO = summary.date?.isoDay
        self.summary = summary.summary
        source = summary.source
        url = summary.url
        tags = summary.tags.map(TagView.init)
        hasTags = !tags.isEmpty
        hasMeta = summary.date != nil || summary.source != nil
    }
}

import BriefContent

/// `{{briefing.*}}` on a briefing page.
public struct BriefingView: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var date: String?
    public var dateISO: String?
    public var source: String?
    public var url: String?
    public var byline: String?
    public var dateline: String?
    public var summary: String?
    public var tags: [TagView]
    public var hasTags: Bool
    /// True when there is a date, byline, source or url to show under the title.
    public var hasMeta: Bool
    /// The body as HTML made by brief from the content (rendered with `{{{ }}}`; the only unescaped variable).
    public var bodyHTML: String
    /// The content file, relative to the site (`content/europe/nato.md`).
    public var sourcePath: String

    public init(_ rendered: RenderedBriefing) {
        let briefing = rendered.briefing
        slug = briefing.slug
        title = briefing.title
        date = briefing.date.map(DateText.long)
        dateISO = briefing.date?.isoDay
        source = briefing.source
        url = briefing.url
        byline = briefing.byline
        dateline = briefing.dateline
        summary = rendered.summary.summary
        tags = briefing.tags.map(TagView.init)
        hasTags = !tags.isEmpty
        hasMeta = briefing.date != nil || briefing.byline != nil || briefing.source != nil || briefing.url != nil
        bodyHTML = rendered.bodyHTML
        sourcePath = briefing.path
    }
}

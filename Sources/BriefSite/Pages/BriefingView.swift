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
    /// The body as HTML made by brief from the content (rendered with `{{{ }}}`; the only
    /// unescaped variable), as valid UTF-8 bytes that go into the page as they are
    /// (`RenderedBriefing.bodyHTMLUTF8`).
    public var bodyHTML: [UInt8]
    /// The content file, relative to the site (`content/europe/nato.md`).
    public var sourcePath: String
    /// Minutes to read the body (words / 230, at least 1).
    public var readingMinutes: Int
    /// "Who said what": each speaker with their quotes in this briefing, linking to `#q-N`.
    public var whoSaidWhat: [SpeakerQuotesView]
    public var hasWhoSaidWhat: Bool
    /// The briefing's people, places, organisations and groups, with mention counts.
    public var entityGroups: [EntityGroupView]
    public var hasEntityGroups: Bool

    public init(_ rendered: RenderedBriefing) {
        self.init(rendered, pageMemo: nil)
    }

    /// The view, its entity lists keyed for `pageMemo`'s memo when there is one: by
    /// `entityNumbers` (each of the summary's entities' site entity number, in order) when given.
    init(_ rendered: RenderedBriefing, pageMemo: BriefingPageMemo?, entityNumbers: [Int32]? = nil) {
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
        bodyHTML = rendered.bodyHTMLUTF8
        sourcePath = briefing.path
        let summary = rendered.summary
        let context = PageContext(kind: "briefing", path: summary.path, baseURL: "")
        readingMinutes = summary.readingMinutes
        // The date is formatted once for all the quotes (`summary.date` is the briefing's).
        let quoteDate = summary.date.map(DateText.long)
        let quoteDateISO = summary.date?.isoDay
        // So is the link to the briefing, and every quote is on this page (`href` is `#q-N`).
        // The views are made group by group (`SpeakerQuotesView.grouped`), each speaker's link
        // once: a group's quotes share their speaker id (or have none).
        let briefingHref = context.link(to: summary.path)
        let title = summary.title
        let quotes = summary.quotes
        let groups = quotes.withUnsafeBufferPointer { quotes in
            SpeakerQuotesView.grouping(count: quotes.count) { (quotes[$0].speakerID, quotes[$0].speaker) }
        }
        whoSaidWhat = groups.map { group in
            let speakerHref = group.speaker == nil ? nil : quotes[group.members[0]].speakerID.map(context.entityLink)
            let views = group.members.map {
                QuoteView(
                    quotes[$0], briefingHref: briefingHref, briefingTitle: title, date: quoteDate, dateISO: quoteDateISO,
                    isOnBriefingPage: true, speakerHref: speakerHref)
            }
            return SpeakerQuotesView(
                speaker: group.speaker ?? SpeakerQuotesView.unattributed, speakerHref: speakerHref,
                isUnattributed: group.speaker == nil, quotes: views)
        }
        hasWhoSaidWhat = !whoSaidWhat.isEmpty
        let keys = pageMemo.map { memo -> EntityLinkKeys in
            guard let entityNumbers, entityNumbers.count == summary.entities.count else { return .byID(memo.linkRows(root: context.root)) }
            return .numbered(entityNumbers[...], scope: memo.numberedRows(root: context.root))
        }
        entityGroups = EntityGroupView.grouped(summary.entities, root: context.root, keys: keys)
        hasEntityGroups = !entityGroups.isEmpty
    }
}

import BriefAnnotate
import BriefContent

/// One quote in a list (quotes page, entity pages, a briefing's "who said what").
public struct QuoteView: Sendable, Hashable {
    public var text: String
    /// `full`, `partial` or `dash`.
    public var kind: String
    /// `q-3`.
    public var anchor: String
    /// Relative link to the quote in its briefing (`../briefings/slug/index.html#q-3`).
    public var href: String
    public var briefingTitle: String
    public var briefingHref: String
    public var date: String?
    public var dateISO: String?
    public var speaker: String?
    /// Relative link to the speaker's entity page, when the speaker is an entity.
    public var speakerHref: String?

    public init(_ quote: QuoteSummary, in briefing: BriefingSummary, from context: PageContext) {
        self.init(quote, in: briefing, from: context, date: briefing.date.map(DateText.long), dateISO: briefing.date?.isoDay)
    }

    /// With the briefing's date already formatted (once for all its quotes).
    init(_ quote: QuoteSummary, in briefing: BriefingSummary, from context: PageContext, date: String?, dateISO: String?) {
        text = quote.text
        kind = quote.kind.rawValue
        anchor = quote.anchor
        briefingHref = context.link(to: briefing.path)
        // On the briefing's own page, the anchor alone.
        href = context.path == briefing.path ? quote.anchorLink : StringJoin.join(briefingHref, UInt8(ascii: "#"), quote.anchor)
        briefingTitle = briefing.title
        self.date = date
        self.dateISO = dateISO
        speaker = quote.speaker
        speakerHref = quote.speakerID.map(context.entityLink)
    }

    /// As `init(quote, in: briefing, from: context)` would make it, from `card`, the briefing's
    /// card as seen from `context` (its link, title and dates), and `speakerHref`, the link to
    /// `quote.speakerID`'s page from `context`: an entity page lists many quotes of one speaker.
    init(_ quote: QuoteSummary, card: BriefingCard, briefingPath: String, from context: PageContext, speakerHref: String?) {
        self.init(
            quote, briefingHref: card.href, briefingTitle: card.title, date: card.date, dateISO: card.dateISO,
            isOnBriefingPage: context.path == briefingPath, speakerHref: speakerHref)
    }

    /// From the briefing's link, title and dates as the page shows them (made once for all its
    /// quotes) and the speaker's link (once per speaker).
    init(
        _ quote: QuoteSummary, briefingHref: String, briefingTitle: String, date: String?, dateISO: String?,
        isOnBriefingPage: Bool, speakerHref: String?
    ) {
        text = quote.text
        kind = quote.kind.rawValue
        let anchor = quote.anchor
        self.anchor = anchor
        self.briefingHref = briefingHref
        if isOnBriefingPage {
            href = quote.anchorLink
        } else {
            href = StringJoin.join(briefingHref, UInt8(ascii: "#"), anchor)
        }
        self.briefingTitle = briefingTitle
        self.date = date
        self.dateISO = dateISO
        speaker = quote.speaker
        self.speakerHref = speakerHref
    }
}

import BriefContent

/// The little a cross-briefing page needs to know of one briefing (index cards now; tag,
/// archive and entity pages later). Small and `Sendable`, so site pages never hold bodies.
public struct BriefingSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var date: PublicationDate?
    public var tags: [String]
    public var source: String?
    public var url: String?
    /// Front matter `summary`, else the start of the first paragraph as plain text.
    public var summary: String?
    /// The page's output path, `briefings/SLUG/index.html`.
    public var path: String
    /// The entities of the briefing with their mention counts, most mentioned first.
    public var entities: [EntityCount] = []
    /// The briefing's quotes, in order.
    public var quotes: [QuoteSummary] = []
    /// Words of prose in the body.
    public var wordCount = 0

    /// Minutes to read the body at 230 words a minute, at least 1.
    public var readingMinutes: Int { max(1, Int((Double(wordCount) / 230).rounded())) }

    public init(briefing: Briefing, summary: String?) {
        slug = briefing.slug
        title = briefing.title
        date = briefing.date
        tags = briefing.tags
        source = briefing.source
        url = briefing.url
        self.summary = summary
        path = Self.path(forSlug: briefing.slug)
    }

    /// `briefings/SLUG/index.html`.
    public static func path(forSlug slug: String) -> String { "briefings/\(slug)/index.html" }
}

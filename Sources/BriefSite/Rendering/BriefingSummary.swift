import BriefContent

/// The little a cross-briefing page needs to know of one briefing (index cards now; tag,
/// archive and entity pages later). Small and `Sendable`, so site pages never hold bodies.
///
/// A value, with its fields in one shared box (copied on the first change of a shared one):
/// summaries are copied into every listing, model and page of a build, and copying ten
/// reference-counted fields one by one cost ten retains and ten releases each time.
public struct BriefingSummary: Sendable, Hashable {
    private var fields: CopyOnWrite<Fields>

    public var slug: String {
        get { fields.value.slug }
        _modify { yield &fields.value.slug }
    }
    public var title: String {
        get { fields.value.title }
        _modify { yield &fields.value.title }
    }
    public var date: PublicationDate? {
        get { fields.value.date }
        _modify { yield &fields.value.date }
    }
    public var tags: [String] {
        get { fields.value.tags }
        _modify { yield &fields.value.tags }
    }
    public var source: String? {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }
    public var url: String? {
        get { fields.value.url }
        _modify { yield &fields.value.url }
    }
    /// Front matter `summary`, else the start of the first paragraph as plain text.
    public var summary: String? {
        get { fields.value.summary }
        _modify { yield &fields.value.summary }
    }
    /// The page's output path, `briefings/SLUG/index.html`.
    public var path: String {
        get { fields.value.path }
        _modify { yield &fields.value.path }
    }
    /// The entities of the briefing with their mention counts, most mentioned first.
    public var entities: [EntityCount] {
        get { fields.value.entities }
        _modify { yield &fields.value.entities }
    }
    /// The briefing's quotes, in order.
    public var quotes: [QuoteSummary] {
        get { fields.value.quotes }
        _modify { yield &fields.value.quotes }
    }
    /// Words of prose in the body.
    public var wordCount: Int {
        get { fields.value.wordCount }
        _modify { yield &fields.value.wordCount }
    }

    /// Minutes to read the body at 230 words a minute, at least 1.
    public var readingMinutes: Int { max(1, Int((Double(wordCount) / 230).rounded())) }

    public init(briefing: Briefing, summary: String?) {
        fields = CopyOnWrite(Fields(
            slug: briefing.slug, title: briefing.title, date: briefing.date, tags: briefing.tags,
            source: briefing.source, url: briefing.url, summary: summary, path: Self.path(forSlug: briefing.slug)))
    }

    /// Whether this summary is `other` or a copy of it that nothing changed since (no field
    /// compared: both hold the one box of fields).
    func isUnchangedCopy(of other: BriefingSummary) -> Bool { fields.sharesBox(with: other.fields) }

    /// `briefings/SLUG/index.html`.
    public static func path(forSlug slug: String) -> String { StringJoin.join("briefings/", slug, "/index.html") }

    private struct Fields: Sendable, Hashable {
        var slug: String
        var title: String
        var date: PublicationDate?
        var tags: [String]
        var source: String?
        var url: String?
        var summary: String?
        var path: String
        var entities: [EntityCount] = []
        var quotes: [QuoteSummary] = []
        var wordCount = 0
    }
}

import BriefContent

/// The little a cross-briefing page needs to know of one briefing (index cards now; tag,
/// archive and entity pages later). Small and `Sendable`, so site pages never hold bodies.
///
/// A value, with its fields in one shared box (copied on the first change of a shared one):
/// summaries are copied into every listing, model and page of a build, and copying ten
/// reference-counted fields one by one cost ten retains and ten releases each time.
public struct BriefingSummary: Sendable, Hashable {
    private var fields: Fields

    public var slug: String {
        get { fields.slug }
        _modify { makeUnique(); yield &fields.slug }
    }
    public var title: String {
        get { fields.title }
        _modify { makeUnique(); yield &fields.title }
    }
    public var date: PublicationDate? {
        get { fields.date }
        _modify { makeUnique(); yield &fields.date }
    }
    public var tags: [String] {
        get { fields.tags }
        _modify { makeUnique(); yield &fields.tags }
    }
    public var source: String? {
        get { fields.source }
        _modify { makeUnique(); yield &fields.source }
    }
    public var url: String? {
        get { fields.url }
        _modify { makeUnique(); yield &fields.url }
    }
    /// Front matter `summary`, else the start of the first paragraph as plain text.
    public var summary: String? {
        get { fields.summary }
        _modify { makeUnique(); yield &fields.summary }
    }
    /// The page's output path, `briefings/SLUG/index.html`.
    public var path: String {
        get { fields.path }
        _modify { makeUnique(); yield &fields.path }
    }
    /// The entities of the briefing with their mention counts, most mentioned first.
    public var entities: [EntityCount] {
        get { fields.entities }
        _modify { makeUnique(); yield &fields.entities }
    }
    /// The briefing's quotes, in order.
    public var quotes: [QuoteSummary] {
        get { fields.quotes }
        _modify { makeUnique(); yield &fields.quotes }
    }
    /// Words of prose in the body.
    public var wordCount: Int {
        get { fields.wordCount }
        _modify { makeUnique(); yield &fields.wordCount }
    }

    /// Minutes to read the body at 230 words a minute, at least 1.
    public var readingMinutes: Int { max(1, Int((Double(wordCount) / 230).rounded())) }

    public init(briefing: Briefing, summary: String?) {
        fields = Fields(
            slug: briefing.slug, title: briefing.title, date: briefing.date, tags: briefing.tags,
            source: briefing.source, url: briefing.url, summary: summary, path: Self.path(forSlug: briefing.slug))
    }

    /// `briefings/SLUG/index.html`.
    public static func path(forSlug slug: String) -> String { "briefings/\(slug)/index.html" }

    private mutating func makeUnique() {
        if !isKnownUniquelyReferenced(&fields) { fields = fields.copy() }
    }

    public static func == (a: BriefingSummary, b: BriefingSummary) -> Bool {
        a.fields === b.fields || a.fields.isEqual(to: b.fields)
    }

    public func hash(into hasher: inout Hasher) { fields.hash(into: &hasher) }

    /// The stored fields. Changed only through `makeUnique()`, so never while shared: what
    /// makes the `@unchecked Sendable` sound.
    private final class Fields: @unchecked Sendable {
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

        init(
            slug: String, title: String, date: PublicationDate?, tags: [String], source: String?, url: String?,
            summary: String?, path: String
        ) {
            (self.slug, self.title, self.date, self.tags) = (slug, title, date, tags)
            (self.source, self.url, self.summary, self.path) = (source, url, summary, path)
        }

        func copy() -> Fields {
            let copy = Fields(slug: slug, title: title, date: date, tags: tags, source: source, url: url, summary: summary, path: path)
            (copy.entities, copy.quotes, copy.wordCount) = (entities, quotes, wordCount)
            return copy
        }

        func isEqual(to other: Fields) -> Bool {
            slug == other.slug && title == other.title && date == other.date && tags == other.tags
                && source == other.source && url == other.url && summary == other.summary && path == other.path
                && entities == other.entities && quotes == other.quotes && wordCount == other.wordCount
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(slug)
            hasher.combine(title)
            hasher.combine(date)
            hasher.combine(tags)
            hasher.combine(source)
            hasher.combine(url)
            hasher.combine(summary)
            hasher.combine(path)
            hasher.combine(entities)
            hasher.combine(quotes)
            hasher.combine(wordCount)
        }
    }
}

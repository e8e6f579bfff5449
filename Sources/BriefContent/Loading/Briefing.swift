/// One briefing as read from `content/`: its metadata and its body as CommonMark.
///
/// Raw `.txt` articles arrive here already cleaned and turned into Markdown, so every later
/// step (parsing, annotation, rendering) treats both formats the same way.
public struct Briefing: Sendable, Hashable, Identifiable {
    /// The kind of file a briefing came from.
    public enum Format: String, Sendable, Hashable {
        /// `.md` with optional YAML front matter.
        case markdown
        /// `.txt` pasted from a web page, cleaned by `RawArticle`.
        case rawArticle
    }

    /// The fields, in one shared box (a briefing is copied into lists, sorts and tasks several
    /// times a build; copying a dozen fields one by one cost a dozen retains each time).
    private var fields: CopyOnWrite<Fields>

    /// The file, relative to the site directory (`content/europe/nato.md`).
    public var path: String {
        get { fields.value.path }
        _modify { yield &fields.value.path }
    }
    public var format: Format {
        get { fields.value.format }
        _modify { yield &fields.value.format }
    }
    /// Unique across the site; the page lives at `briefings/SLUG/`.
    public var slug: String {
        get { fields.value.slug }
        _modify { yield &fields.value.slug }
    }
    public var title: String {
        get { fields.value.title }
        _modify { yield &fields.value.title }
    }
    /// Nil when the file gives none (raw articles have none: output must not depend on file times).
    public var date: PublicationDate? {
        get { fields.value.date }
        _modify { yield &fields.value.date }
    }
    public var tags: [String] {
        get { fields.value.tags }
        _modify { yield &fields.value.tags }
    }
    /// Who published the original (`Reuters`).
    public var source: String? {
        get { fields.value.source }
        _modify { yield &fields.value.source }
    }
    /// Link to the original (`http` or `https` only).
    public var url: String? {
        get { fields.value.url }
        _modify { yield &fields.value.url }
    }
    /// A line for the index; nil means "use the start of the body".
    public var summary: String? {
        get { fields.value.summary }
        _modify { yield &fields.value.summary }
    }
    public var byline: String? {
        get { fields.value.byline }
        _modify { yield &fields.value.byline }
    }
    public var dateline: String? {
        get { fields.value.dateline }
        _modify { yield &fields.value.dateline }
    }
    public var draft: Bool {
        get { fields.value.draft }
        _modify { yield &fields.value.draft }
    }
    /// The body as CommonMark (without front matter or the title heading).
    public var markdown: String {
        get { body.string }
        set { body = BriefingBody(newValue) }
    }
    /// `markdown` as held: read without a string through `body.withUTF8`.
    public var body: BriefingBody {
        get { fields.value.body }
        _modify { yield &fields.value.body }
    }

    public var id: String { slug }

    /// Creates a briefing; `ContentLoader` is the usual way to get one.
    public init(
        path: String, format: Format, slug: String, title: String, date: PublicationDate? = nil,
        tags: [String] = [], source: String? = nil, url: String? = nil, summary: String? = nil,
        byline: String? = nil, dateline: String? = nil, draft: Bool = false, markdown: String
    ) {
        self.init(
            path: path, format: format, slug: slug, title: title, date: date, tags: tags, source: source, url: url,
            summary: summary, byline: byline, dateline: dateline, draft: draft, body: BriefingBody(markdown))
    }

    /// A briefing whose body is held as `body` (bytes stored by an earlier build, say).
    public init(
        path: String, format: Format, slug: String, title: String, date: PublicationDate? = nil,
        tags: [String] = [], source: String? = nil, url: String? = nil, summary: String? = nil,
        byline: String? = nil, dateline: String? = nil, draft: Bool = false, body: BriefingBody
    ) {
        fields = CopyOnWrite(Fields(
            path: path, format: format, slug: slug, title: title, date: date, tags: tags, source: source, url: url,
            summary: summary, byline: byline, dateline: dateline, draft: draft, body: body))
    }

    private struct Fields: Sendable, Hashable {
        var path: String
        var format: Format
        var slug: String
        var title: String
        var date: PublicationDate?
        var tags: [String]
        var source: String?
        var url: String?
        var summary: String?
        var byline: String?
        var dateline: String?
        var draft: Bool
        var body: BriefingBody
    }

    /// Latest first; undated briefings after dated ones; ties by title, then slug, so order is stable.
    public static func latestFirst(_ lhs: Briefing, _ rhs: Briefing) -> Bool {
        if let byDate = latestFirst(lhs.date, rhs.date) { return byDate }
        if lhs.title != rhs.title { return lhs.title < rhs.title }
        return lhs.slug < rhs.slug
    }

    /// The order of two dates in `latestFirst`, nil when the dates leave it to the titles. One
    /// instant written on two calendar days (in two time zones) puts the later day first: were
    /// such dates neither before the other, the order would not be a strict weak ordering (one
    /// could come before a third by title, the third before the other by title, and the two tie).
    private static func latestFirst(_ lhs: PublicationDate?, _ rhs: PublicationDate?) -> Bool? {
        switch (lhs, rhs) {
        case let (l?, r?) where l.instant != r.instant: l > r
        case let (l?, r?) where (l.year, l.month, l.day) != (r.year, r.month, r.day): (l.year, l.month, l.day) > (r.year, r.month, r.day)
        case (.some, nil): true
        case (nil, .some): false
        default: nil
        }
    }

    /// The indices of `briefings` in `latestFirst` order, ties kept in input order. Compared in
    /// place: the dates are copied out once (plain values), titles and slugs read where they are
    /// only when the dates tie (copying a briefing or a key per comparison retained its strings),
    /// and each pair's titles compared once, not once each way (most dates are shared: the
    /// serial start of a 10,000-briefing build sorted for some 6 ms).
    static func latestFirstOrder(_ briefings: UnsafeBufferPointer<Briefing>) -> [Int] {
        let dates = briefings.map(\.date)
        guard let base = briefings.baseAddress else { return [] }
        return dates.withUnsafeBufferPointer { dates in
            // `latestFirst`, with ties in input order.
            Array(briefings.indices).sorted { a, b in
                if let byDate = latestFirst(dates[a], dates[b]) { return byDate }
                let x = base + a, y = base + b
                if x.pointee.title != y.pointee.title { return x.pointee.title < y.pointee.title }
                if x.pointee.slug != y.pointee.slug { return x.pointee.slug < y.pointee.slug }
                return a < b
            }
        }
    }
}

/// One thing the search page can find: a briefing, an entity or a quote.
///
/// The search index is a list of these (`SearchIndex`); briefings make theirs with
/// `SearchEntry(briefing:)`, and entity and quote pages add their own with the same shape.
public struct SearchEntry: Sendable, Hashable {
    /// What the entry is, for `data-kind` on its result and for ranking ties.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case briefing, entity, quote
    }

    public var kind: Kind
    /// The result's link text, matched first: a headline, an entity's name, a quote's words.
    public var title: String
    /// Shown under the title and searched: a summary, an entity's type and aliases, a quote's speaker.
    public var text: String
    /// Site-relative link (`briefings/slug/index.html`, `briefings/slug/index.html#q-3`).
    public var url: String
    /// Searched but never shown: a briefing's body words, an entity's aliases, a speaker's name.
    public var extra: String

    public init(kind: Kind, title: String, text: String, url: String, extra: String = "") {
        self.kind = kind
        self.title = title
        self.text = text
        self.url = url
        self.extra = extra
    }
}

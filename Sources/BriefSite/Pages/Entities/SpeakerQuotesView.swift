/// One speaker and their quotes: `{{speaker}}`, `{{speakerHref}}`, `{{count}}`, `{{quotes}}`.
public struct SpeakerQuotesView: Sendable, Hashable {
    /// The speaker's name, or `Unattributed`.
    public var speaker: String
    public var speakerHref: String?
    /// True for the group of quotes without a known speaker.
    public var isUnattributed: Bool
    public var count: Int
    public var quotes: [QuoteView]

    public init(speaker: String, speakerHref: String?, isUnattributed: Bool, quotes: [QuoteView]) {
        self.speaker = speaker
        self.speakerHref = speakerHref
        self.isUnattributed = isUnattributed
        count = quotes.count
        self.quotes = quotes
    }

    /// The speaker group name of quotes nobody is known to have said.
    public static let unattributed = "Unattributed"

    /// `quotes` grouped by speaker id (by name for speakers without an entity), groups ordered by
    /// speaker name, the unattributed group last; quotes keep their given order in each group.
    public static func grouped(_ quotes: [(QuoteSummary, QuoteView)]) -> [SpeakerQuotesView] {
        var groups: [String: (name: String, href: String?, views: [QuoteView])] = [:]
        var unattributed: [QuoteView] = []
        for (quote, view) in quotes {
            guard let name = quote.speaker ?? quote.speakerID else {
                unattributed.append(view)
                continue
            }
            let key = quote.speakerID ?? "name:" + name
            groups[key, default: (name, view.speakerHref, [])].views.append(view)
        }
        var result = groups.sorted { a, b in a.value.name != b.value.name ? a.value.name < b.value.name : a.key < b.key }
            .map { SpeakerQuotesView(speaker: $0.value.name, speakerHref: $0.value.href, isUnattributed: false, quotes: $0.value.views) }
        if !unattributed.isEmpty {
            result.append(SpeakerQuotesView(speaker: Self.unattributed, speakerHref: nil, isUnattributed: true, quotes: unattributed))
        }
        return result
    }
}

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
        grouping(quotes.lazy.map(\.0)).map { group in
            let views = group.members.map { quotes[$0].1 }
            return SpeakerQuotesView(
                speaker: group.speaker ?? unattributed, speakerHref: group.speaker == nil ? nil : views[0].speakerHref,
                isUnattributed: group.speaker == nil, quotes: views)
        }
    }

    /// The groups of `grouped(_:)`, in order, as positions in `quotes`: each group's speaker name
    /// (its first quote's; nil for the unattributed group) and its members. Views can then be made
    /// group by group, without a flat list of them beside the grouped one.
    static func grouping(_ quotes: some Collection<QuoteSummary>) -> [(speaker: String?, members: [Int])] {
        var groups: [String: (name: String, members: [Int])] = [:]
        var unattributed: [Int] = []
        for (position, quote) in quotes.enumerated() {
            guard let name = quote.speaker ?? quote.speakerID else {
                unattributed.append(position)
                continue
            }
            let key = quote.speakerID ?? "name:" + name
            groups[key, default: (name, [])].members.append(position)
        }
        var result: [(speaker: String?, members: [Int])] = groups
            .sorted { a, b in a.value.name != b.value.name ? a.value.name < b.value.name : a.key < b.key }
            .map { ($0.value.name, $0.value.members) }
        if !unattributed.isEmpty { result.append((nil, unattributed)) }
        return result
    }
}

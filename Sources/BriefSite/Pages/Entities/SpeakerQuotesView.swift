/// One speaker and their quotes: `{{speaker}}`, `{{speakerHref}}`, `{{count}}`, `{{quotes}}`.
public struct SpeakerQuotesView: Sendable, Hashable {
    /// The speaker's name, or `Unattributed`.
    public var speaker: String
    public var speakerHref: String?
    /// True for the group of quotes without a known speaker.
    public var isUnattributed: Bool
    /// All the speaker's quotes, also where this group shows only some of them.
    public var count: Int
    public var quotes: [QuoteView]
    /// True where the group goes on from the previous quotes page.
    public var isContinued: Bool

    /// `quotes`, `count` of them in all unless given, `isContinued` from a previous page.
    public init(
        speaker: String, speakerHref: String?, isUnattributed: Bool, quotes: [QuoteView], count: Int? = nil, isContinued: Bool = false
    ) {
        self.speaker = speaker
        self.speakerHref = speakerHref
        self.isUnattributed = isUnattributed
        self.count = count ?? quotes.count
        self.quotes = quotes
        self.isContinued = isContinued
    }

    /// The speaker group name of quotes nobody is known to have said.
    public static let unattributed = "Unattributed"

    /// `quotes` grouped by speaker id (by name for speakers without an entity), groups ordered by
    /// speaker name, the unattributed group last; quotes keep their given order in each group.
    public static func grouped(_ quotes: [(QuoteSummary, QuoteView)]) -> [SpeakerQuotesView] {
        // Speakers read in place (each element holds a summary and a view: copying one out
        // retained every string of both).
        let groups = quotes.withUnsafeBufferPointer { quotes in
            grouping(count: quotes.count) { (quotes[$0].0.speakerID, quotes[$0].0.speaker) }
        }
        return groups.map { group in
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
        let quotes = Array(quotes)
        return quotes.withUnsafeBufferPointer { quotes in
            grouping(count: quotes.count) { (quotes[$0].speakerID, quotes[$0].speaker) }
        }
    }

    /// `grouping(_:)` of `count` quotes whose speaker id and name `speaker` gives by position.
    static func grouping(count: Int, speaker: (Int) -> (id: String?, name: String?)) -> [(speaker: String?, members: [Int])] {
        // A group's key is the speaker id, else the name (`name:NAME`); its name is its first quote's.
        var groups: [(id: String?, name: String, members: [Int])] = []
        var unattributed: [Int] = []
        // A briefing's few quotes are grouped by a linear search; the quotes page's thousands by a table.
        var table: [String: Int]? = count > 32 ? [:] : nil
        for position in 0..<count {
            let (id, given) = speaker(position)
            guard let name = given ?? id else {
                unattributed.append(position)
                continue
            }
            let found: Int?
            if table != nil {
                found = table![id ?? "name:" + name]
            } else {
                found = groups.firstIndex { id != nil ? $0.id == id : ($0.id == nil && $0.name == name) }
            }
            if let found {
                groups[found].members.append(position)
            } else {
                table?[id ?? "name:" + name] = groups.count
                groups.append((id, name, [position]))
            }
        }
        groups.sort { a, b in
            if a.name != b.name { return a.name < b.name }
            return (a.id ?? "name:" + a.name) < (b.id ?? "name:" + b.name)
        }
        var result: [(speaker: String?, members: [Int])] = groups.map { ($0.name, $0.members) }
        if !unattributed.isEmpty { result.append((nil, unattributed)) }
        return result
    }
}

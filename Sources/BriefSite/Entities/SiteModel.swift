import BriefContent

/// Everything cross-briefing pages are made from: the briefings' summaries with site-wide entity
/// ids, the site's entities and every quote. Built from summaries only, never from documents.
///
/// Other site pages (search index, feeds) read `briefings`, `entities` and `quotes` as plain arrays.
public struct SiteModel: Sendable {
    /// Latest first, entity ids site-wide.
    public var briefings: [BriefingSummary]
    /// Most mentioned first, then by name; every entity with a page.
    public var entities: [SiteEntity]
    /// Every quote, in briefing order (latest first), then in order within each briefing.
    public var quotes: [SiteQuote]
    /// The merge that made the ids.
    public var merge: SiteEntities

    /// The model for resolved `briefings` (latest first) and their merge.
    public init(briefings: [BriefingSummary], merge: SiteEntities) {
        self.briefings = briefings
        self.merge = merge
        entities = merge.all
        quotes = briefings.flatMap { briefing in briefing.quotes.map { SiteQuote($0, in: briefing) } }
    }

    /// Briefings mentioning each entity, latest first (the order of `briefings`).
    public func briefingsByEntity() -> [String: [BriefingSummary]] {
        briefingIndicesByEntity().mapValues { $0.map { briefings[$0] } }
    }

    /// Indices into `briefings` of the briefings mentioning each entity, in order: the lists of
    /// `briefingsByEntity()` without copying a summary per mention.
    public func briefingIndicesByEntity() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (index, briefing) in briefings.enumerated() {
            for entity in briefing.entities { result[entity.id, default: []].append(index) }
        }
        return result
    }

    /// Quotes by speaker id, in the order of `quotes`.
    public func quotesBySpeaker() -> [String: [SiteQuote]] {
        quoteIndicesBySpeaker().mapValues { $0.map { quotes[$0] } }
    }

    /// Indices into `quotes` by speaker id, in order.
    public func quoteIndicesBySpeaker() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (index, quote) in quotes.enumerated() {
            if let id = quote.quote.speakerID { result[id, default: []].append(index) }
        }
        return result
    }

    /// For each entity, the entities that share the most briefings with it (ties by name), at most
    /// `limit`. O(sum over briefings of entities²).
    public func seenWith(limit: Int = 10) -> [String: [(entity: SiteEntity, briefings: Int)]] {
        var pairs: [String: [String: Int]] = [:]
        for briefing in briefings {
            let ids = briefing.entities.map(\.id)
            for a in ids {
                for b in ids where a != b { pairs[a, default: [:]][b, default: 0] += 1 }
            }
        }
        var result: [String: [(entity: SiteEntity, briefings: Int)]] = [:]
        for (id, others) in pairs {
            let ranked = others.compactMap { other, count in merge.byID[other].map { (entity: $0, briefings: count) } }
                .sorted { a, b in
                    if a.briefings != b.briefings { return a.briefings > b.briefings }
                    if a.entity.name != b.entity.name { return a.entity.name < b.entity.name }
                    return a.entity.id < b.entity.id
                }
            result[id] = Array(ranked.prefix(limit))
        }
        return result
    }
}

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
        // Appended in place (flatMap made an array per briefing, then copied each quote again).
        var quotes: [SiteQuote] = []
        quotes.reserveCapacity(briefings.reduce(0) { $0 + $1.quotes.count })
        briefings.withUnsafeBufferPointer { briefings in
            for briefing in briefings.indices where !briefings[briefing].quotes.isEmpty {
                for quote in briefings[briefing].quotes { quotes.append(SiteQuote(quote, in: briefings[briefing])) }
            }
        }
        self.quotes = quotes
    }

    /// Briefings mentioning each entity, latest first (the order of `briefings`).
    public func briefingsByEntity() -> [String: [BriefingSummary]] {
        briefingIndicesByEntity().mapValues { $0.map { briefings[$0] } }
    }

    /// Indices into `briefings` of the briefings mentioning each entity, in order: the lists of
    /// `briefingsByEntity()` without copying a summary per mention.
    public func briefingIndicesByEntity() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        // Read in place: copying a summary out retains every field.
        briefings.withUnsafeBufferPointer { briefings in
            for index in briefings.indices {
                for entity in briefings[index].entities { result[entity.id, default: []].append(index) }
            }
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
        quotes.withUnsafeBufferPointer { quotes in
            for index in quotes.indices {
                if let id = quotes[index].quote.speakerID { result[id, default: []].append(index) }
            }
        }
        return result
    }

    /// For each entity, the entities that share the most briefings with it (ties by name), at most
    /// `limit`. O(sum over briefings of entities²) integer counts, then a top-`limit` pick per entity.
    public func seenWith(limit: Int = 10) -> [String: [(entity: SiteEntity, briefings: Int)]] {
        // Entities numbered in order of first appearance; each briefing as a run of numbers in
        // one flat list (read in place: copying a summary or entity out retains all its fields).
        var number: [String: Int] = [:]
        var ids: [String] = []
        var lists: [Int] = []
        var listEnds: [Int] = []
        listEnds.reserveCapacity(briefings.count)
        briefings.withUnsafeBufferPointer { briefings in
            for briefing in briefings.indices {
                briefings[briefing].entities.withUnsafeBufferPointer { entities in
                    for entity in entities.indices {
                        if let n = number[entities[entity].id] {
                            lists.append(n)
                        } else {
                            number[entities[entity].id] = ids.count
                            lists.append(ids.count)
                            ids.append(entities[entity].id)
                        }
                    }
                }
                listEnds.append(lists.count)
            }
        }
        func list(_ briefing: Int) -> ArraySlice<Int> { lists[(briefing == 0 ? 0 : listEnds[briefing - 1])..<listEnds[briefing]] }
        var containing = [[Int]](repeating: [], count: ids.count)
        for briefing in listEnds.indices {
            for n in list(briefing) { containing[n].append(briefing) }
        }
        let known = ids.map { merge.byID[$0] }
        var counts = [Int](repeating: 0, count: ids.count)
        var touched: [Int] = []
        var result: [String: [(entity: SiteEntity, briefings: Int)]] = [:]
        result.reserveCapacity(ids.count)
        known.withUnsafeBufferPointer { known in
            // Most briefings in common first, then by name, then id: a strict order (ids are unique).
            func before(_ a: (entity: Int, briefings: Int), _ b: (entity: Int, briefings: Int)) -> Bool {
                if a.briefings != b.briefings { return a.briefings > b.briefings }
                if known[a.entity]!.name != known[b.entity]!.name { return known[a.entity]!.name < known[b.entity]!.name }
                return known[a.entity]!.id < known[b.entity]!.id
            }
            // The best `limit`, kept sorted: most candidates lose to the last kept on the count alone.
            var best: [(entity: Int, briefings: Int)] = []
            for a in ids.indices {
                for briefing in containing[a] {
                    for b in list(briefing) where b != a {
                        if counts[b] == 0 { touched.append(b) }
                        counts[b] += 1
                    }
                }
                guard !touched.isEmpty else { continue }
                best.removeAll(keepingCapacity: true)
                for b in touched where known[b] != nil {
                    let candidate = (entity: b, briefings: counts[b])
                    if best.count == limit, let last = best.last, !before(candidate, last) { continue }
                    var position = best.count
                    while position > 0 && before(candidate, best[position - 1]) { position -= 1 }
                    best.insert(candidate, at: position)
                    if best.count > limit { best.removeLast() }
                }
                for b in touched { counts[b] = 0 }
                touched.removeAll(keepingCapacity: true)
                result[ids[a]] = best.map { (entity: known[$0.entity]!, briefings: $0.briefings) }
            }
        }
        return result
    }
}

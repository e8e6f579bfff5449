import BriefAnnotate
import BriefContent

/// The entity ids of a site model as dense numbers, hashed once per model, and what every
/// cross-briefing listing needs from them as lists indexed by number: which briefings mention
/// each entity and which quotes each speaker said.
///
/// Numbers `0..<entityCount` are the model's entities in order (`SiteModel.entities`); ids that
/// briefings or quotes name without an entity of the model (possible when a model is made from
/// summaries another merge resolved) follow, in order of first appearance.
struct EntityNumbering: Sendable {
    /// The id of each number.
    let ids: [String]
    /// The number of each id.
    let numbers: [String: Int]
    /// How many numbers are entities of the model (the first ones).
    let entityCount: Int
    /// Per number: indices into the model's briefings, one per mention entry, ascending.
    let briefings: [[Int]]
    /// Per number: indices into the model's quotes it is the speaker of, ascending.
    let quotes: [[Int]]
    /// Each briefing's entity numbers, in its order: briefing `b` is
    /// `briefingEntities[briefingStarts[b]..<briefingStarts[b + 1]]`.
    let briefingEntities: [Int32]
    let briefingStarts: [Int]
    /// The index into the model's briefings of each quote; empty when the model's quotes are
    /// not those of its briefings in order.
    let quoteBriefings: [Int]
    /// True when `quoteBriefings` gives every quote its own briefing, that briefing's slug is the
    /// quote's, and no two briefings share a slug: then the briefing a quote's slug names is the
    /// one at its index, and the pages match quotes to briefings by index instead of by slug.
    let quotesKnowTheirBriefings: Bool

    /// One pass over `briefings` and `quotes`: one hash per entity entry and per quote speaker.
    ///
    /// When `briefings` are the summaries `merge` was made from, resolved by it and in its order
    /// (as a build makes them), each briefing's entries are matched to the merge's site entities
    /// by position and checked by id (equal ids compare faster than they hash); any briefing that
    /// does not match is numbered by hashing its ids.
    init(entities: [SiteEntity], briefings: [BriefingSummary], quotes: [SiteQuote], merge: SiteEntities = SiteEntities()) {
        var numbers: [String: Int] = [:]
        numbers.reserveCapacity(entities.count)
        var ids: [String] = []
        ids.reserveCapacity(entities.count)
        // The model's entities come from the merge's table by id: each id once.
        for entity in entities {
            numbers[entity.id] = ids.count
            ids.append(entity.id)
        }
        entityCount = ids.count
        // The quotes' side runs on another thread beside the briefings' (both were one serial
        // stretch of every build): each speaker is looked up among the model's entities (the
        // table as it is now, read only), and the quotes' briefings and slugs are checked. A
        // speaker that is no entity of the model is numbered below, in quote order, after the ids
        // the briefings add, as one pass after the briefings would.
        // Probed by `EntityIDHash` (a SipHash of each of 57,000 speakers' ids through the
        // dictionary was a rebuild's millisecond or two).
        var table = KeyTable<String, Int>(capacity: ids.count)
        for (number, id) in ids.enumerated() { table.append(id, number, hash: EntityIDHash.of(id)) }
        let entityNumbers = table
        let quoteSide = Background { () -> (speakers: [Int], quoteBriefings: [Int], knowTheirBriefings: Bool) in
            var quoteBriefings: [Int] = []
            quoteBriefings.reserveCapacity(quotes.count)
            for b in briefings.indices {
                for _ in briefings[b].quotes.indices { quoteBriefings.append(b) }
            }
            if quoteBriefings.count != quotes.count { quoteBriefings = [] }
            var speakers: [Int] = []
            speakers.reserveCapacity(quotes.count)
            quotes.withUnsafeBufferPointer { quotes in
                for q in quotes.indices {
                    guard let id = quotes[q].quote.speakerID else {
                        speakers.append(-1)
                        continue
                    }
                    let entry = entityNumbers.index(hash: EntityIDHash.of(id)) { $0 == id }
                    speakers.append(entry.map { entityNumbers.value(at: $0) } ?? Self.unknownSpeaker)
                }
            }
            let knowTheirBriefings = Self.slugsMatch(briefings: briefings, quotes: quotes, quoteBriefings: quoteBriefings)
            return (speakers, quoteBriefings, knowTheirBriefings)
        }
        // The number of each of the merge's site entities (-1 for one without a number yet).
        let siteIDs = merge.siteIDs
        let numberOfSite = siteIDs.map { numbers[$0] ?? -1 }
        var briefingEntities: [Int32] = []
        var briefingStarts: [Int] = [0]
        briefingStarts.reserveCapacity(briefings.count + 1)
        briefings.withUnsafeBufferPointer { briefings in
            for b in briefings.indices {
                briefings[b].entities.withUnsafeBufferPointer { entities in
                    if let sites = merge.siteNumbers(ofSummary: b),
                        Self.match(entities, sites: sites, siteIDs: siteIDs, numberOfSite: numberOfSite, into: &briefingEntities) {
                        return
                    }
                    for e in entities.indices {
                        let id = entities[e].id
                        if let known = numbers[id] {
                            briefingEntities.append(Int32(known))
                        } else {
                            numbers[id] = ids.count
                            briefingEntities.append(Int32(ids.count))
                            ids.append(id)
                        }
                    }
                }
                briefingStarts.append(briefingEntities.count)
            }
        }
        var (speakers, quoteBriefings, knowTheirBriefings) = quoteSide.take()
        for q in speakers.indices where speakers[q] == Self.unknownSpeaker {
            let id = quotes[q].quote.speakerID!
            if let known = numbers[id] {
                speakers[q] = known
            } else {
                numbers[id] = ids.count
                speakers[q] = ids.count
                ids.append(id)
            }
        }
        // Lists by number, each made at its final size (counted first).
        var briefingCounts = [Int](repeating: 0, count: ids.count)
        for n in briefingEntities { briefingCounts[Int(n)] += 1 }
        var byNumber = briefingCounts.map { count -> [Int] in
            var list: [Int] = []
            list.reserveCapacity(count)
            return list
        }
        for b in 0..<(briefingStarts.count - 1) {
            for position in briefingStarts[b]..<briefingStarts[b + 1] { byNumber[Int(briefingEntities[position])].append(b) }
        }
        var quotesByNumber = [[Int]](repeating: [], count: ids.count)
        for (q, speaker) in speakers.enumerated() where speaker >= 0 { quotesByNumber[speaker].append(q) }
        self.ids = ids
        self.numbers = numbers
        self.briefings = byNumber
        self.quotes = quotesByNumber
        self.briefingEntities = briefingEntities
        self.briefingStarts = briefingStarts
        self.quoteBriefings = quoteBriefings
        quotesKnowTheirBriefings = knowTheirBriefings
    }

    /// A speaker the quotes' side found no entity of the model for (numbered afterwards).
    private static let unknownSpeaker = -2

    /// See `quotesKnowTheirBriefings`.
    private static func slugsMatch(briefings: [BriefingSummary], quotes: [SiteQuote], quoteBriefings: [Int]) -> Bool {
        guard quoteBriefings.count == quotes.count else { return false }
        var slugs = Set<String>()
        slugs.reserveCapacity(briefings.count)
        guard briefings.allSatisfy({ slugs.insert($0.slug).inserted }) else { return false }
        return quotes.indices.allSatisfy { quotes[$0].briefingSlug == briefings[quoteBriefings[$0]].slug }
    }

    /// Appends the numbers of `entities` when each entry is the site entity at its position in
    /// `sites` (an entity of the model, none dropped) and returns true; else appends nothing.
    private static func match(
        _ entities: UnsafeBufferPointer<EntityCount>, sites: ArraySlice<Int32>, siteIDs: [String], numberOfSite: [Int],
        into list: inout [Int32]
    ) -> Bool {
        guard sites.count == entities.count else { return false }
        var site = sites.startIndex
        for e in entities.indices {
            let s = Int(sites[site])
            guard s >= 0, numberOfSite[s] >= 0, siteIDs[s] == entities[e].id else { return false }
            site += 1
        }
        for s in sites { list.append(Int32(numberOfSite[Int(s)])) }
        return true
    }

    /// The entity numbers of briefing `b`, in its order.
    func entities(ofBriefing b: Int) -> ArraySlice<Int32> {
        briefingEntities[briefingStarts[b]..<briefingStarts[b + 1]]
    }
}

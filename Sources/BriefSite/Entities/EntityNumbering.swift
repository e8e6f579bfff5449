import BriefAnnotate
import BriefContent
import Dispatch

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
        // Each briefing's numbers go to a place known beforehand (its entries' count): the
        // briefings the merge numbered are matched in chunks on every core, and only the others
        // (none in a build) are numbered afterwards, in order, by hashing their ids, so numbers
        // new to the model come in order of first appearance as from one pass.
        var briefingStarts = [Int](repeating: 0, count: briefings.count + 1)
        for b in briefings.indices { briefingStarts[b + 1] = briefingStarts[b] + briefings[b].entities.count }
        let total = briefingStarts[briefings.count]
        var briefingEntities = [Int32](repeating: -1, count: total)
        briefingEntities.withUnsafeMutableBufferPointer { list in
            nonisolated(unsafe) let list = list
            briefings.withUnsafeBufferPointer { briefings in
                nonisolated(unsafe) let briefings = briefings
                let ranges = IndexedWork.chunks(of: briefings.count, minimum: 1_024)
                let missed = UnsafeMutableBufferPointer<[Int]>.allocate(capacity: ranges.count)
                missed.initialize(repeating: [])
                defer {
                    missed.deinitialize()
                    missed.deallocate()
                }
                nonisolated(unsafe) let slots = missed
                let starts = briefingStarts
                // Each chunk writes its own briefings' places only.
                DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                    for b in ranges[chunk] {
                        let matched = briefings[b].entities.withUnsafeBufferPointer { entities in
                            guard let sites = merge.siteNumbers(ofSummary: b) else { return false }
                            return Self.match(
                                entities, sites: sites, siteIDs: siteIDs, numberOfSite: numberOfSite,
                                into: UnsafeMutableBufferPointer(rebasing: list[starts[b]..<starts[b + 1]]))
                        }
                        if !matched { slots[chunk].append(b) }
                    }
                }
                for b in missed.flatMap({ $0 }) {
                    var place = briefingStarts[b]
                    for entity in briefings[b].entities {
                        if let known = numbers[entity.id] {
                            list[place] = Int32(known)
                        } else {
                            numbers[entity.id] = ids.count
                            list[place] = Int32(ids.count)
                            ids.append(entity.id)
                        }
                        place += 1
                    }
                }
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
        let byNumber = Self.briefingsByNumber(briefingEntities, starts: briefingStarts, count: ids.count)
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

    /// Writes the numbers of `entities` into `list` (as many places) when each entry is the site
    /// entity at its position in `sites` (an entity of the model, none dropped) and returns true;
    /// else returns false, `list` left as it may be.
    private static func match(
        _ entities: UnsafeBufferPointer<EntityCount>, sites: ArraySlice<Int32>, siteIDs: [String], numberOfSite: [Int],
        into list: UnsafeMutableBufferPointer<Int32>
    ) -> Bool {
        guard sites.count == entities.count else { return false }
        var site = sites.startIndex
        for e in entities.indices {
            let s = Int(sites[site])
            guard s >= 0, numberOfSite[s] >= 0, siteIDs[s] == entities[e].id else { return false }
            list[e] = Int32(numberOfSite[s])
            site += 1
        }
        return true
    }

    /// Per number (`count` of them), the briefings whose entries (`entities`, briefing `b`'s at
    /// `starts[b]..<starts[b + 1]`) have it, one per entry, ascending: sorted by number into one
    /// list by counting (no append per entry into a list per number), then cut.
    private static func briefingsByNumber(_ entities: [Int32], starts: [Int], count: Int) -> [[Int]] {
        var next = [Int](repeating: 0, count: count + 1)
        for n in entities { next[Int(n) + 1] += 1 }
        for n in 0..<count { next[n + 1] += next[n] }
        let bounds = next
        var sorted = [Int](repeating: 0, count: entities.count)
        sorted.withUnsafeMutableBufferPointer { sorted in
            entities.withUnsafeBufferPointer { entities in
                for b in 0..<(starts.count - 1) {
                    for position in starts[b]..<starts[b + 1] {
                        let n = Int(entities[position])
                        sorted[next[n]] = b
                        next[n] += 1
                    }
                }
            }
        }
        return (0..<count).map { Array(sorted[bounds[$0]..<bounds[$0 + 1]]) }
    }

    /// The entity numbers of briefing `b`, in its order.
    func entities(ofBriefing b: Int) -> ArraySlice<Int32> {
        briefingEntities[briefingStarts[b]..<briefingStarts[b + 1]]
    }
}

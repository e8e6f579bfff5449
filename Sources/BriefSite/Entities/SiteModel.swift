import BriefContent
import Dispatch

/// Everything cross-briefing pages are made from: the briefings' summaries with site-wide entity
/// ids, the site's entities and every quote. Built from summaries only, never from documents.
///
/// Other site pages (search index, feeds) read `briefings`, `entities` and `quotes` as plain arrays.
public struct SiteModel: Sendable {
    /// Latest first, entity ids site-wide.
    public var briefings: [BriefingSummary] {
        didSet {
            quotesFollowBriefings = false
            renumber()
        }
    }
    /// Most mentioned first, then by name; every entity with a page.
    public var entities: [SiteEntity] { didSet { renumber() } }
    /// Every quote, in briefing order (latest first), then in order within each briefing.
    public var quotes: [SiteQuote] {
        didSet {
            quoteKeys = Self.quoteKeys(of: quotes)
            quotesFollowBriefings = false
            renumber()
        }
    }
    /// `CacheKeys.quoteKey` of each of `quotes`, same order: the keys of everything that lists
    /// quotes (quotes pages, search index, quotes.json) take each quote's fields from here, so
    /// its strings are hashed once a build, not once per key.
    private(set) var quoteKeys: [UInt64]
    /// `quotes` are `briefings`' quotes in order, as made (no build sets either field later):
    /// `forEachBriefingWithQuotes` can then read each briefing's keys off `quoteKeys`.
    private var quotesFollowBriefings = true
    /// The merge that made the ids.
    public var merge: SiteEntities { didSet { renumber() } }
    /// Entity ids as numbers (an entity's number is its position in `entities`) and the
    /// briefings and quotes of each: every listing below reads these instead of hashing ids again.
    /// Made again whenever a field changes (a build never changes one).
    private(set) var numbering: EntityNumbering

    /// The model for resolved `briefings` (latest first) and their merge.
    public init(briefings: [BriefingSummary], merge: SiteEntities) {
        self.briefings = briefings
        self.merge = merge
        entities = merge.all
        quotes = Self.quotes(of: briefings)
        quoteKeys = Self.quoteKeys(of: quotes)
        numbering = EntityNumbering(entities: entities, briefings: briefings, quotes: quotes, merge: merge)
    }

    /// `CacheKeys.quoteKey` of each quote, in chunks on every core (50,000 quotes for 10,000
    /// briefings).
    static func quoteKeys(of quotes: [SiteQuote]) -> [UInt64] {
        guard !quotes.isEmpty else { return [] }
        let ranges = IndexedWork.chunks(of: quotes.count, minimum: 2_048)
        return [UInt64](unsafeUninitializedCapacity: quotes.count) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            quotes.withUnsafeBufferPointer { quotes in
                nonisolated(unsafe) let quotes = quotes
                // Each chunk fills its own quotes' places.
                DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                    for index in ranges[chunk] {
                        (buffer.baseAddress! + index).initialize(to: CacheKeys.quoteKey(quotes[index].quote))
                    }
                }
            }
            initialized = quotes.count
        }
    }

    /// Calls `body` with each briefing that has quotes, in order, and the keys of its quotes
    /// (`CacheKeys.quoteKey`): read off `quoteKeys` while `quotes` are the briefings' own;
    /// worked out from each briefing's quotes once either field was set (no build does).
    func forEachBriefingWithQuotes(_ body: (BriefingSummary, UnsafeBufferPointer<UInt64>) -> Void) {
        // Summaries read in place: a copy of each retained every one of its fields.
        briefings.withUnsafeBufferPointer { briefings in
            quoteKeys.withUnsafeBufferPointer { keys in
                var start = 0
                for index in briefings.indices where !briefings[index].quotes.isEmpty {
                    let count = briefings[index].quotes.count
                    if quotesFollowBriefings {
                        body(briefings[index], UnsafeBufferPointer(rebasing: keys[start..<(start + count)]))
                    } else {
                        briefings[index].quotes.map(CacheKeys.quoteKey).withUnsafeBufferPointer { body(briefings[index], $0) }
                    }
                    start += count
                }
            }
        }
    }

    /// Every quote of `briefings`, in order. Made in place, in chunks of briefings on every
    /// core: each quote makes its id and copies its briefing's fields (50,000 quotes for 10,000
    /// briefings), a serial step of every build otherwise.
    static func quotes(of briefings: [BriefingSummary]) -> [SiteQuote] {
        var firstQuotes: [Int] = []
        firstQuotes.reserveCapacity(briefings.count + 1)
        var total = 0
        for briefing in briefings {
            firstQuotes.append(total)
            total += briefing.quotes.count
        }
        // An empty array's capacity-0 init writes its count into the stdlib's shared empty
        // storage, which other threads read: a data race for TSan, so no quotes return early.
        guard total > 0 else { return [] }
        let starts = firstQuotes
        let ranges = IndexedWork.chunks(of: briefings.count, minimum: 256)
        return [SiteQuote](unsafeUninitializedCapacity: total) { buffer, initialized in
            nonisolated(unsafe) let buffer = buffer
            briefings.withUnsafeBufferPointer { briefings in
                nonisolated(unsafe) let briefings = briefings
                // Each chunk fills its own briefings' places: no two write the same element.
                DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                    for index in ranges[chunk] {
                        var place = starts[index]
                        for quote in briefings[index].quotes {
                            (buffer.baseAddress! + place).initialize(to: SiteQuote(quote, in: briefings[index]))
                            place += 1
                        }
                    }
                }
            }
            initialized = total
        }
    }

    private mutating func renumber() {
        numbering = EntityNumbering(entities: entities, briefings: briefings, quotes: quotes, merge: merge)
    }

    /// Briefings mentioning each entity, latest first (the order of `briefings`).
    public func briefingsByEntity() -> [String: [BriefingSummary]] {
        briefingIndicesByEntity().mapValues { $0.map { briefings[$0] } }
    }

    /// Indices into `briefings` of the briefings mentioning each entity, in order: the lists of
    /// `briefingsByEntity()` without copying a summary per mention.
    public func briefingIndicesByEntity() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        result.reserveCapacity(numbering.ids.count)
        for (n, list) in numbering.briefings.enumerated() where !list.isEmpty { result[numbering.ids[n]] = list }
        return result
    }

    /// Quotes by speaker id, in the order of `quotes`.
    public func quotesBySpeaker() -> [String: [SiteQuote]] {
        quoteIndicesBySpeaker().mapValues { $0.map { quotes[$0] } }
    }

    /// Indices into `quotes` by speaker id, in order.
    public func quoteIndicesBySpeaker() -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (n, list) in numbering.quotes.enumerated() where !list.isEmpty { result[numbering.ids[n]] = list }
        return result
    }

    /// For each entity, the entities that share the most briefings with it (ties by name), at most
    /// `limit`. O(sum over briefings of entities²) integer counts, then a top-`limit` pick per entity.
    public func seenWith(limit: Int = 10) -> [String: [(entity: SiteEntity, briefings: Int)]] {
        var result: [String: [(entity: SiteEntity, briefings: Int)]] = [:]
        result.reserveCapacity(numbering.ids.count)
        seenWithNumbers(limit: limit) { a, best in
            result[numbering.ids[a]] = best.map { (entity: entities[$0.entity], briefings: $0.briefings) }
        }
        return result
    }

    /// `seenWith(limit:)` by number: for each number (`numbering`), the numbers of the entities
    /// seen with it and the briefings in common; empty for those seen with none.
    func seenWithByNumber(limit: Int = 10) -> [[(entity: Int, briefings: Int)]] {
        var result = [[(entity: Int, briefings: Int)]](repeating: [], count: numbering.ids.count)
        seenWithNumbers(limit: limit) { a, best in result[a] = best }
        return result
    }

    /// Calls `found` with each number that shares a briefing with another and its best `limit`
    /// companions that are entities of the model, best first, in order of number. Worked out in
    /// chunks of numbers on every core, each with its own counts (this is once per pair of
    /// entries in each briefing: some 5 million for 10,000 briefings, on every build).
    private func seenWithNumbers(limit: Int, _ found: (Int, [(entity: Int, briefings: Int)]) -> Void) {
        let numberCount = numbering.ids.count
        guard numberCount > 0 else { return }
        // Each chunk takes every `chunkCount`-th number: a number's work is its pairs, and the
        // most mentioned entities (the first numbers) have most of them, so ranges of
        // consecutive numbers left one core working alone. (Each chunk has counts as long as
        // the numbers: more chunks would cost more zeroing than they spread.)
        let chunkCount = IndexedWork.chunks(of: numberCount, minimum: 64).count
        // Per number: its companions, or nil when it shares no briefing with another.
        let results = UnsafeMutableBufferPointer<[(entity: Int, briefings: Int)]?>.allocate(capacity: numberCount)
        results.initialize(repeating: nil)
        defer {
            results.deinitialize()
            results.deallocate()
        }
        nonisolated(unsafe) let slots = results
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            // Each chunk writes only its own numbers' slots.
            seenWithNumbers(in: stride(from: chunk, to: numberCount, by: chunkCount), limit: limit) { a, best in slots[a] = best }
        }
        for a in 0..<numberCount {
            if let best = results[a] { found(a, best) }
        }
    }

    /// `seenWithNumbers(limit:_:)` for the numbers in `range`, on the calling thread.
    private func seenWithNumbers(in range: StrideTo<Int>, limit: Int, _ found: (Int, [(entity: Int, briefings: Int)]) -> Void) {
        let numbering = numbering
        let entityCount = numbering.entityCount
        let numberCount = numbering.ids.count
        // Counts of briefings in common with the current entity, by number (read and written
        // through a pointer: this loop runs once per pair of entries in each briefing).
        let counts = UnsafeMutableBufferPointer<Int>.allocate(capacity: numberCount)
        counts.initialize(repeating: 0)
        // The numbers counted for the current entity, in order of first count: a buffer of
        // its own (an array's append checked its uniqueness and room once per pair).
        let touched = UnsafeMutableBufferPointer<Int>.allocate(capacity: numberCount)
        var touchedCount = 0
        defer {
            counts.deallocate()
            touched.deallocate()
        }
        entities.withUnsafeBufferPointer { known in
            // Most briefings in common first, then by name, then id: a strict order (ids are unique).
            func before(_ a: (entity: Int, briefings: Int), _ b: (entity: Int, briefings: Int)) -> Bool {
                if a.briefings != b.briefings { return a.briefings > b.briefings }
                if known[a.entity].name != known[b.entity].name { return known[a.entity].name < known[b.entity].name }
                return known[a.entity].id < known[b.entity].id
            }
            // The best `limit`, kept sorted: most candidates lose to the last kept on the count alone.
            var best: [(entity: Int, briefings: Int)] = []
            func consider(_ b: Int, _ count: Int) {
                let candidate = (entity: b, briefings: count)
                if best.count == limit, let last = best.last, !before(candidate, last) { return }
                var position = best.count
                while position > 0 && before(candidate, best[position - 1]) { position -= 1 }
                best.insert(candidate, at: position)
                if best.count > limit { best.removeLast() }
            }
            numbering.briefingEntities.withUnsafeBufferPointer { lists in
                numbering.briefingStarts.withUnsafeBufferPointer { starts in
                    for a in range {
                        let briefings = numbering.briefings[a]
                        var pairs = 0
                        for briefing in briefings { pairs += starts[briefing + 1] - starts[briefing] }
                        best.removeAll(keepingCapacity: true)
                        var seenWithAny = false
                        if pairs * 2 > numberCount {
                            // Many pairs (an entity in many briefings): counted with nothing else
                            // per pair, then every number looked at once. The order candidates
                            // come in does not matter: `before` is a strict order.
                            for briefing in briefings {
                                for position in starts[briefing]..<starts[briefing + 1] { counts[Int(lists[position])] += 1 }
                            }
                            counts[a] = 0
                            for b in 0..<numberCount where counts[b] > 0 {
                                seenWithAny = true
                                if b < entityCount { consider(b, counts[b]) }
                                counts[b] = 0
                            }
                        } else {
                            for briefing in briefings {
                                for position in starts[briefing]..<starts[briefing + 1] {
                                    let b = Int(lists[position])
                                    guard b != a else { continue }
                                    let count = counts[b]
                                    if count == 0 {
                                        touched[touchedCount] = b
                                        touchedCount += 1
                                    }
                                    counts[b] = count + 1
                                }
                            }
                            seenWithAny = touchedCount > 0
                            for b in touched[..<touchedCount] where b < entityCount { consider(b, counts[b]) }
                            for b in touched[..<touchedCount] { counts[b] = 0 }
                            touchedCount = 0
                        }
                        guard seenWithAny else { continue }
                        found(a, best)
                    }
                }
            }
        }
    }
}

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
    /// The index into the model's briefings of each quote.
    let quoteBriefings: [Int]

    /// One pass over `briefings` and their quotes (which `quotes` lists in order): one hash per
    /// entity entry and per quote speaker.
    init(entities: [SiteEntity], briefings: [BriefingSummary], quoteCount: Int) {
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
        func number(_ id: String) -> Int {
            if let known = numbers[id] { return known }
            numbers[id] = ids.count
            ids.append(id)
            return ids.count - 1
        }
        var briefingEntities: [Int32] = []
        var briefingStarts: [Int] = [0]
        briefingStarts.reserveCapacity(briefings.count + 1)
        var quoteBriefings: [Int] = []
        quoteBriefings.reserveCapacity(quoteCount)
        var speakers: [Int] = []
        speakers.reserveCapacity(quoteCount)
        briefings.withUnsafeBufferPointer { briefings in
            for b in briefings.indices {
                briefings[b].entities.withUnsafeBufferPointer { entities in
                    for e in entities.indices { briefingEntities.append(Int32(number(entities[e].id))) }
                }
                briefingStarts.append(briefingEntities.count)
                briefings[b].quotes.withUnsafeBufferPointer { quotes in
                    for q in quotes.indices {
                        quoteBriefings.append(b)
                        speakers.append(quotes[q].speakerID.map(number) ?? -1)
                    }
                }
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
    }

    /// The entity numbers of briefing `b`, in its order.
    func entities(ofBriefing b: Int) -> ArraySlice<Int32> {
        briefingEntities[briefingStarts[b]..<briefingStarts[b + 1]]
    }
}

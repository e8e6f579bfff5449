import BriefAnnotate
import BriefContent
import BriefMarkdown
import Dispatch

/// The site-wide merge of per-briefing entities: which per-briefing id stands for which site
/// entity, and the site entities themselves.
///
/// Rules, in order: names and aliases of `ignore: true` notes are dropped; an id, name or alias of
/// a note maps to the note's entity; then the join rules (`join`: known other names of countries
/// and organisations, acronyms, GROUP plurals) move ids no note decided; a surname-only PERSON
/// ("putin") joins the one multi-word PERSON of the site with that last name ("vladimir-putin")
/// when there is exactly one; every other id stands for itself. Types come from the note, else a
/// vote weighted by mentions. O(per-briefing entities) plus a sort.
public struct SiteEntities: Sendable {
    /// Site entities by id.
    public private(set) var byID: [String: SiteEntity] = [:]
    /// Per-briefing id -> its site entity, as a position in `sites`; ids missing here are dropped.
    /// Probed by `EntityIDHash` (as the tally's ids are): a `[String: Int]` took a SipHash
    /// of the id at every resolution, a rebuild's hundreds of thousands of them.
    private var resolution = KeyTable<String, Int32>()
    /// The site entities per-briefing ids stand for, each once (read in place by `resolved`:
    /// copying a `SiteEntity` out per mention retained every field).
    private var sites: [SiteEntity] = []
    /// The site entity (a position in `sites`, -1 when dropped) of each entity entry of the
    /// summaries the merge was made from, summary after summary: summary `i`'s entries are
    /// `occurrenceSites[occurrenceStarts[i]..<occurrenceStarts[i + 1]]`. `resolved(_:at:)` reads
    /// them instead of hashing each id again.
    private var occurrenceSites: [Int32] = []
    private var occurrenceStarts: [Int] = [0]
    /// The per-briefing id of each of those entries (a position in `briefingIDsInOrder`), to
    /// check a summary is the one at its index.
    private var occurrenceIDs: [Int32] = []
    private var briefingIDsInOrder: [String] = []
    /// The end of each of `sites`' links, after the root: `entities/ID/index.html">`, back to
    /// back (entity `n`'s is `linkTails[linkTailStarts[n]..<linkTailStarts[n + 1]]`). Every
    /// mention woven into a page links there, most entities from hundreds of pages.
    private var linkTails: [UInt8] = []
    private var linkTailStarts: [Int32] = [0]

    /// Nothing known: every id stands for itself, as a briefing rendered alone sees it.
    public init() {}

    /// Merges the (per-briefing) entities of `summaries` with the curated `notes`.
    public init(summaries: [BriefingSummary], notes: [EntityNote]) {
        /// Per-briefing id -> site id; ids missing here are dropped.
        var mapping: [String: String] = [:]
        // Ids by position (each id once, in order of first appearance).
        let (ids, counts, occurrences, occurrenceEnds) = Tally.merged(summaries)
        let positionCount = counts.count
        var seen: [String: Seen] = [:]
        seen.reserveCapacity(counts.count)
        for (position, id) in ids.enumerated() { seen[id] = counts[position] }
        var ignored: Set<String> = []
        var noteFor: [String: EntityNote] = [:]
        for note in notes {
            for name in [note.name] + note.aliases {
                let key = Slug.make(from: name)
                guard !key.isEmpty else { continue }
                if note.ignore { ignored.insert(key) } else { noteFor[key] = note }
            }
        }
        let majority = Self.majority
        func mostUsed(_ names: [String: Int]) -> String? {
            names.max { a, b in
                if a.value != b.value { return a.value < b.value }
                if a.key.count != b.key.count { return a.key.count < b.key.count }
                return a.key > b.key
            }?.key
        }

        // 1. Notes and ignored names (without any, every id stands for itself: no names slugged).
        let hasNotes = !ignored.isEmpty || !noteFor.isEmpty
        var claimed: Set<String> = []
        for (id, info) in seen {
            guard hasNotes else {
                mapping[id] = id
                continue
            }
            // Names in a fixed order: when two of them match different notes, the first wins.
            let keys = [id] + info.names.keys.sorted().map { Slug.make(from: $0) }
            if keys.contains(where: ignored.contains) {
                claimed.insert(id)
                continue
            }
            if let note = keys.lazy.compactMap({ noteFor[$0] }).first {
                mapping[id] = note.id
                claimed.insert(id)
            } else {
                mapping[id] = id
            }
        }
        // 1b. Other names of one entity: known names, acronyms, plurals (the notes' decisions stay).
        Self.join(&mapping, JoinInputs(seen: seen, notes: notes, noteFor: noteFor, ignored: ignored, claimed: claimed))
        // 2. Surname-only people join the one full name with that last name.
        var fullNames: [String: Set<String>] = [:]
        let personNotes = notes.filter { !$0.ignore && $0.type == EntityType.person.rawValue }
        for note in personNotes where note.id.contains("-") {
            fullNames[String(note.id.split(separator: "-").last!), default: []].insert(note.id)
        }
        for (id, info) in seen where mapping[id] == id && id.contains("-") && majority(info.votes) == .person {
            fullNames[String(id.split(separator: "-").last!), default: []].insert(id)
        }
        for (id, info) in seen where mapping[id] == id && !id.contains("-") && majority(info.votes) == .person {
            if let targets = fullNames[id], targets.count == 1 { mapping[id] = targets.first! }
        }
        // 3. The site entities.
        var members: [String: [String]] = [:]
        for (id, target) in mapping { members[target, default: []].append(id) }
        let notesByID = Dictionary(notes.filter { !$0.ignore }.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for (target, ids) in members {
            var names: [String: Int] = [:]
            var votes = TypeVotes()
            var mentions = 0
            for id in ids {
                let info = seen[id]!
                mentions += info.mentions
                for (name, count) in info.names { names[name, default: 0] += count }
                votes += info.votes
            }
            let note = notesByID[target]
            let own = seen[target].flatMap { mostUsed($0.names) }
            // A known entity no briefing names by its page's name is called by the name the site
            // uses most ("Türkiye", "U.S. Virgin Islands": a newsroom's style, not the gazetteer's),
            // unless that is an acronym: a site that only says "US" gets "United States".
            let known = EntityJoins.known[target].flatMap { $0.id == target ? $0.name : nil }
            let used = mostUsed(names)
            let usedInFull = used.flatMap { EntityJoins.acronymLetters($0) == nil ? $0 : nil }
            let name = note?.name ?? own ?? usedInFull ?? known ?? used ?? target
            let type = note?.type.flatMap(EntityType.init(rawValue:)) ?? majority(votes)
            // A note may list its own name among its aliases; a page shows it once.
            var aliases = (note?.aliases ?? []).filter { $0 != name }
            for other in names.keys.sorted() where other != name && !aliases.contains(other) { aliases.append(other) }
            // Briefings are counted per site entity below, once the summaries are resolved.
            byID[target] = SiteEntity(id: target, name: name, type: type, aliases: aliases, note: note, mentionCount: mentions)
        }
        // Notes without mentions still get their page.
        for note in notes where !note.ignore && byID[note.id] == nil {
            byID[note.id] = SiteEntity(
                id: note.id, name: note.name, type: note.type.flatMap(EntityType.init(rawValue:)) ?? .other,
                aliases: note.aliases, note: note)
        }
        // Briefings per site entity, from the occurrences' positions: each position's site
        // entity (a number) is looked up once, not once per occurrence.
        var targetNumbers: [String: Int] = [:]
        var targetIDs: [String] = []
        var targetOfPosition = [Int](repeating: -1, count: positionCount)
        for (position, id) in ids.enumerated() {
            guard let target = mapping[id] else { continue }
            if let number = targetNumbers[target] {
                targetOfPosition[position] = number
            } else {
                targetOfPosition[position] = targetIDs.count
                targetNumbers[target] = targetIDs.count
                targetIDs.append(target)
            }
        }
        var briefingCounts = [Int](repeating: 0, count: targetIDs.count)
        // The last briefing each site entity was counted for: two ids of one entity in a
        // briefing count it once.
        var lastCounted = [Int](repeating: -1, count: targetIDs.count)
        briefingCounts.withUnsafeMutableBufferPointer { briefingCounts in
            lastCounted.withUnsafeMutableBufferPointer { lastCounted in
                var start = 0
                for (briefing, end) in occurrenceEnds.enumerated() {
                    for position in occurrences[start..<end] {
                        let target = targetOfPosition[position]
                        if target >= 0, lastCounted[target] != briefing {
                            lastCounted[target] = briefing
                            briefingCounts[target] += 1
                        }
                    }
                    start = end
                }
            }
        }
        for (number, count) in briefingCounts.enumerated() where count > 0 { byID[targetIDs[number]]?.briefingCount = count }
        // Every target got its entity above; ids resolve to the numbers the counts used.
        sites = targetIDs.map { byID[$0]! }
        for site in sites {
            linkTails.append(contentsOf: "entities/".utf8)
            linkTails.append(contentsOf: site.id.utf8)
            linkTails.append(contentsOf: "/index.html\">".utf8)
            linkTailStarts.append(Int32(linkTails.count))
        }
        occurrenceSites = occurrences.map { Int32(targetOfPosition[$0]) }
        occurrenceStarts = [0] + occurrenceEnds
        briefingIDsInOrder = ids
        occurrenceIDs = occurrences.map { Int32($0) }
        resolution = KeyTable(capacity: mapping.count)
        // A dictionary's keys: no two are equal, so each is appended as new. An id whose target
        // has no number is dropped.
        for (id, target) in mapping {
            if let number = targetNumbers[target] { resolution.append(id, Int32(number), hash: EntityIDHash.of(id)) }
        }
    }

    /// What the summaries say of one per-briefing id.
    struct Seen: Equatable {
        var mentions = 0
        var briefings = 0
        /// The first name seen and its mentions; `otherNames` only when others turn up (most
        /// entities go by one name, and comparing two names is cheaper than hashing one).
        var firstName = ""
        var firstNameCount = 0
        var otherNames: [String: Int] = [:]
        /// Mentions by type.
        var votes = TypeVotes()

        var names: [String: Int] {
            var names = otherNames
            names[firstName, default: 0] += firstNameCount
            return names
        }

        /// Counts one entity entry of a summary: its mentions, its name and its type.
        mutating func add(_ entry: UnsafePointer<EntityCount>) {
            let count = entry.pointee.count
            mentions += count
            briefings += 1
            add(name: entry.pointee.name, count: count)
            votes[entry.pointee.type.order] += count
        }

        mutating func add(name: String, count: Int) {
            if name == firstName {
                firstNameCount += count
            } else {
                otherNames[name, default: 0] += count
            }
        }

        /// Adds what `later` saw in summaries after those this one saw.
        mutating func add(_ later: Seen) {
            mentions += later.mentions
            briefings += later.briefings
            add(name: later.firstName, count: later.firstNameCount)
            for (name, count) in later.otherNames { add(name: name, count: count) }
            votes += later.votes
        }
    }

    /// The per-briefing ids of a run of summaries, numbered in order of first appearance
    /// (`ids`, `counts`), and each entity entry's number (`occurrences`; summary `i`'s end
    /// at `occurrenceEnds[i]`). A site's summaries are tallied in chunks on every core, then
    /// merged in order: the same numbers and first names as one pass over all of them.
    struct Tally {
        /// Each id once, in order of first appearance: an entry's index is its position. Probed
        /// with `EntityIDHash` (which follows `==`) and compared with `==`,
        /// as a `[String: Int]` did with a SipHash of every occurrence's id (a rebuild's tally
        /// of 200,000 occurrences hashed them at a few times the cost).
        private var ids = KeyTable<String, Void>(capacity: 1_024)
        var counts: [Seen] = []
        var occurrences: [Int] = []
        var occurrenceEnds: [Int] = []

        init(_ summaries: UnsafeBufferPointer<BriefingSummary>) {
            occurrenceEnds.reserveCapacity(summaries.count)
            for summary in summaries.indices {
                // One hash of each occurrence of an id (its position in `counts`), not one per field.
                // The summary's list read through the pointer's subscript (in place, not a copy of
                // the whole summary).
                summaries.baseAddress.unsafelyUnwrapped[summary].entities.withUnsafeBufferPointer { entities in
                    // Each entry read in place through the pointer (a `for` over the buffer
                    // copied every entry, each of its strings retained and released).
                    guard let base = entities.baseAddress else { return }
                    for index in entities.indices {
                        let entity = base + index
                        let hash = EntityIDHash.of(entity.pointee.id)
                        let position: Int
                        if let known = ids.index(hash: hash, where: { $0 == entity.pointee.id }) {
                            position = known
                        } else {
                            position = counts.count
                            ids.append(entity.pointee.id, (), hash: hash)
                            counts.append(Seen(firstName: entity.pointee.name))
                        }
                        occurrences.append(position)
                        // One access to the entry (each field's own took its own check of the
                        // array's uniqueness).
                        counts[position].add(entity)
                    }
                }
                occurrenceEnds.append(occurrences.count)
            }
        }

        /// Appends `later`, the tally of the summaries after these.
        mutating func append(_ later: Tally) {
            var renumbered = [Int](repeating: 0, count: later.ids.count)
            for local in 0..<later.ids.count {
                // Hashed alike in both tables: `later`'s hash is taken as it is.
                let id = later.ids.key(at: local), hash = later.ids.hash(at: local)
                if let known = ids.index(hash: hash, where: { $0 == id }) {
                    renumbered[local] = known
                    counts[known].add(later.counts[local])
                } else {
                    renumbered[local] = counts.count
                    ids.append(id, (), hash: hash)
                    counts.append(later.counts[local])
                }
            }
            let base = occurrences.count
            occurrences.reserveCapacity(base + later.occurrences.count)
            for position in later.occurrences { occurrences.append(renumbered[position]) }
            occurrenceEnds.reserveCapacity(occurrenceEnds.count + later.occurrenceEnds.count)
            for end in later.occurrenceEnds { occurrenceEnds.append(base + end) }
        }

        /// The tally of all `summaries`, chunks of them made in parallel.
        /// `chunks`: how many (tests); by default two per core, of at least 512 summaries each
        /// (below that, one pass is as quick).
        static func merged(
            _ summaries: [BriefingSummary], chunks: Int? = nil
        ) -> (ids: [String], counts: [Seen], occurrences: [Int], occurrenceEnds: [Int]) {
            let ranges = IndexedWork.chunks(of: summaries.count, minimum: 512, chunks: chunks)
            let tallies = UnsafeMutableBufferPointer<Tally>.allocate(capacity: ranges.count)
            defer {
                tallies.deinitialize()
                tallies.deallocate()
            }
            nonisolated(unsafe) let slots = tallies
            summaries.withUnsafeBufferPointer { all in
                nonisolated(unsafe) let all = all
                DispatchQueue.concurrentPerform(iterations: ranges.count) { chunk in
                    slots.initializeElement(at: chunk, to: Tally(UnsafeBufferPointer(rebasing: all[ranges[chunk]])))
                }
            }
            var total = tallies[0]
            for chunk in 1..<ranges.count { total.append(tallies[chunk]) }
            return (total.ids.keys, total.counts, total.occurrences, total.occurrenceEnds)
        }
    }

    /// The site entity a per-briefing id stands for; nil when it was dropped. Without a merge
    /// (`init()`), every id stands for an entity of its own, named and typed by the caller.
    public func resolve(_ id: String) -> SiteEntity? {
        resolvedPosition(id).map { sites[$0] }
    }

    /// The position in `sites` of the entity `id` stands for; nil when it was dropped.
    @inline(__always) private func resolvedPosition(_ id: String) -> Int? {
        resolution.index(hash: EntityIDHash.of(id)) { $0 == id }.map { Int(resolution.value(at: $0)) }
    }

    /// Which site entity a per-briefing id stands for, as a number for `type(ofNumber:)` and
    /// `appendLinkTail(ofNumber:to:)`; nil when it was dropped. No copy of the entity.
    func number(resolving id: String) -> Int? {
        resolvedPosition(id)
    }

    /// `number(resolving: id)` for `id`, the per-briefing id of entry `entry` of summary `index`
    /// of those the merge was made from, read from the merge's record of that entry (no hashing):
    /// the site entity's number, or -1 when it was dropped; nil when the entry is not `id`'s.
    func number(ofEntry entry: Int, inSummary index: Int, id: String) -> Int? {
        guard idNumber(ofEntry: entry, inSummary: index, id: id) != nil else { return nil }
        return Int(occurrenceSites[occurrenceStarts[index] + entry])
    }

    /// The type of site entity `number`.
    func type(ofNumber number: Int) -> EntityType {
        sites.withUnsafeBufferPointer { $0[number].type }
    }

    /// Appends `entities/ID/index.html">` for site entity `number`: its link after the root,
    /// and the end of the attribute and tag.
    func appendLinkTail(ofNumber number: Int, to list: inout MarkdownWrapList) {
        let start = Int(linkTailStarts[number]), end = Int(linkTailStarts[number + 1])
        linkTails.withUnsafeBufferPointer { list.appendBytes(UnsafeBufferPointer(rebasing: $0[start..<end])) }
    }

    /// The site entity an author's `entity:ID` link leads to: the one `ID` (made a slug) stands
    /// for in briefings, else the site entity of that id (a note no briefing mentions), else,
    /// for a known name of a country or organisation (`entity:usa`, `entity:united-states`), its
    /// entity's, or the one note's named by another of its names ("America", which takes them
    /// all); nil when there is none, so no page to link to.
    public func linkTarget(_ id: String) -> SiteEntity? {
        let id = EntityID.sanitize(id)
        if let entity = resolve(id) ?? byID[id] { return entity }
        guard !isEmpty, let known = EntityJoins.known[id] else { return nil }
        if let entity = resolve(known.id) ?? byID[known.id] { return entity }
        let notes = byID.values.filter { $0.note != nil && EntityJoins.known[$0.id]?.id == known.id }
        return notes.count == 1 ? notes[0] : nil
    }

    /// Every per-briefing id the merge resolves (dropped ones are not among them).
    var briefingIDs: [String] { resolution.keys }

    /// The site entities (positions in `siteIDs`, -1 when dropped) of the entries of summary
    /// `index` of those the merge was made from, in their order; nil past the last.
    func siteNumbers(ofSummary index: Int) -> ArraySlice<Int32>? {
        guard index >= 0, index + 1 < occurrenceStarts.count else { return nil }
        return occurrenceSites[occurrenceStarts[index]..<occurrenceStarts[index + 1]]
    }

    /// The per-briefing ids the merge saw, each once, numbered by position (`idNumber`).
    var idsInOrder: [String] { briefingIDsInOrder }

    /// The number (position in `idsInOrder`) of the id of entry `entry` of summary `index` of
    /// those the merge was made from, when that id is `id`; nil otherwise.
    func idNumber(ofEntry entry: Int, inSummary index: Int, id: String) -> Int? {
        guard index >= 0, index + 1 < occurrenceStarts.count, entry >= 0 else { return nil }
        let occurrence = occurrenceStarts[index] + entry
        guard occurrence < occurrenceStarts[index + 1] else { return nil }
        let number = Int(occurrenceIDs[occurrence])
        return briefingIDsInOrder[number] == id ? number : nil
    }

    /// The id of each site entity `siteNumbers(ofSummary:)` names.
    var siteIDs: [String] { sites.map(\.id) }

    /// True when this is the empty merge of `init()`.
    var isEmpty: Bool { resolution.isEmpty && byID.isEmpty }

    /// Every site entity, most mentioned first, then by name.
    public var all: [SiteEntity] {
        byID.values.sorted { a, b in
            if a.mentionCount != b.mentionCount { return a.mentionCount > b.mentionCount }
            if a.name != b.name { return a.name < b.name }
            return a.id < b.id
        }
    }

    /// `resolved(summary)`, faster for `summary` the summary at `index` of those the merge was
    /// made from: its entities' site entities are known from the merge, not hashed again, and its
    /// entity list is kept as it is when the merge leaves it unchanged (the usual case). Any
    /// other summary (its ids are checked) is resolved by `resolved(_:)`.
    public func resolved(_ summary: BriefingSummary, at index: Int) -> BriefingSummary {
        resolvedNumbering(summary, at: index).summary
    }

    /// `resolved(_:at:)`, with the site entity number of each of the resolved summary's entities
    /// (its position among the merge's entities), in order; nil when `summary` is not the one the
    /// merge saw at `index` (then it was resolved by hashing its ids).
    func resolvedNumbering(_ summary: BriefingSummary, at index: Int) -> (summary: BriefingSummary, numbers: [Int32]?) {
        guard index >= 0, index + 1 < occurrenceStarts.count,
            occurrenceStarts[index + 1] - occurrenceStarts[index] == summary.entities.count
        else { return (resolved(summary), nil) }
        let start = occurrenceStarts[index]
        // The same ids as the summary the merge saw at `index` (in a build, the same strings:
        // equal at a glance), else resolved by hashing.
        let sameIDs = occurrenceIDs.withUnsafeBufferPointer { occurrences in
            briefingIDsInOrder.withUnsafeBufferPointer { ids in
                summary.entities.withUnsafeBufferPointer { entities in
                    entities.indices.allSatisfy { ids[Int(occurrences[start + $0])] == entities[$0].id }
                }
            }
        }
        guard sameIDs else { return (resolved(summary), nil) }
        var result = summary
        var numbers = Array(occurrenceSites[start..<(start + summary.entities.count)])
        let unchanged = sites.withUnsafeBufferPointer { sites in
            summary.entities.withUnsafeBufferPointer { entities in
                numbers.withUnsafeBufferPointer { Self.keepsEntities(entities, occurrences: $0, sites: sites) }
            }
        }
        if !unchanged {
            (result.entities, numbers) = sites.withUnsafeBufferPointer { sites in
                summary.entities.withUnsafeBufferPointer { entities in
                    numbers.withUnsafeBufferPointer { Self.merged(entities, occurrences: $0, sites: sites) }
                }
            }
        }
        // Looked at before writing: a summary shares its fields' box (and quotes) with the one it
        // was copied from, and writing copies both even when nothing changes, which it seldom does.
        if speakersNeedResolving(result.quotes) { resolveSpeakers(&result.quotes) }
        return (result, numbers)
    }

    /// True when every entry of `entities` stands for a site entity of its own with the same id,
    /// name and type, in an order the merge keeps: then the resolved list is `entities` itself.
    private static func keepsEntities(
        _ entities: UnsafeBufferPointer<EntityCount>, occurrences: UnsafeBufferPointer<Int32>, sites: UnsafeBufferPointer<SiteEntity>
    ) -> Bool {
        // Site entities seen so far, as bits of their number modulo 256: a clear bit proves an
        // entity new, a set one is checked against the earlier entries.
        var seen = SIMD4<UInt64>(repeating: 0)
        for e in entities.indices {
            let site = Int(occurrences[e])
            guard site >= 0, sites[site].id == entities[e].id, sites[site].name == entities[e].name,
                sites[site].type == entities[e].type
            else { return false }
            if e > 0 && EntityCount.mostMentionedFirst(entities[e], entities[e - 1]) { return false }
            // Two entries for one site entity are merged into one.
            let word = (site >> 6) & 3
            let bit = UInt64(1) << UInt64(site & 63)
            if seen[word] & bit != 0, occurrences[..<e].contains(Int32(site)) { return false }
            seen[word] |= bit
        }
        return true
    }

    /// The resolved entity list of `entities`, whose site entities are `occurrences`.
    private static func merged(
        _ entities: UnsafeBufferPointer<EntityCount>, occurrences: UnsafeBufferPointer<Int32>, sites: UnsafeBufferPointer<SiteEntity>
    ) -> (entities: [EntityCount], numbers: [Int32]) {
        var merged: [EntityCount] = []
        merged.reserveCapacity(entities.count)
        // The site entity of each entry of `merged`: a briefing names a few dozen entities, so a
        // linear search over numbers beats a table.
        var numbers: [Int32] = []
        numbers.reserveCapacity(entities.count)
        for e in entities.indices {
            let site = occurrences[e]
            guard site >= 0 else { continue }
            if let found = numbers.firstIndex(of: site) {
                merged[found].count += entities[e].count
            } else {
                numbers.append(site)
                let entity = Int(site)
                merged.append(EntityCount(
                    id: sites[entity].id, name: sites[entity].name, type: sites[entity].type, count: entities[e].count,
                    role: entities[e].role))
            }
        }
        // Usually still in order (most ids stand for themselves): sorted only when not (positions
        // sorted, so that each number stays with its entity; the sort is stable, as before).
        if !merged.indices.dropFirst().allSatisfy({ !EntityCount.mostMentionedFirst(merged[$0], merged[$0 - 1]) }) {
            var order = Array(merged.indices)
            order.sort { EntityCount.mostMentionedFirst(merged[$0], merged[$1]) }
            return (order.map { merged[$0] }, order.map { numbers[$0] })
        }
        return (merged, numbers)
    }

    /// Each quote's speaker id and name made site-wide, written only where they change (so an
    /// unchanged list is not copied).
    /// Whether `resolveSpeakers` would change anything (read in place: no quote is copied).
    private func speakersNeedResolving(_ quotes: [QuoteSummary]) -> Bool {
        quotes.withUnsafeBufferPointer { quotes in
            quotes.indices.contains { index in
                guard let id = quotes[index].speakerID else { return false }
                guard let site = resolvedPosition(id) else { return true }
                return id != sites[site].id || quotes[index].speaker != sites[site].name
            }
        }
    }

    private func resolveSpeakers(_ quotes: inout [QuoteSummary]) {
        for index in quotes.indices {
            guard let id = quotes[index].speakerID else { continue }
            if let site = resolvedPosition(id) {
                if quotes[index].speakerID != sites[site].id { quotes[index].speakerID = sites[site].id }
                if quotes[index].speaker != sites[site].name { quotes[index].speaker = sites[site].name }
            } else {
                quotes[index].speakerID = nil
            }
        }
    }

    /// `summary` with its entity ids, names, types and quote speakers made site-wide: entities
    /// merged into one are counted together, dropped ones removed.
    public func resolved(_ summary: BriefingSummary) -> BriefingSummary {
        guard !isEmpty else { return summary }
        var result = summary
        // Position in `merged` by site id. A briefing names a few dozen entities: below that a
        // linear search is cheaper than a dictionary, which only long briefings need.
        let small = summary.entities.count <= 48
        var positions: [String: Int] = [:]
        if !small { positions.reserveCapacity(summary.entities.count) }
        var merged: [EntityCount] = []
        merged.reserveCapacity(summary.entities.count)
        sites.withUnsafeBufferPointer { sites in
            summary.entities.withUnsafeBufferPointer { entities in
                for entity in entities.indices {
                    guard let site = resolvedPosition(entities[entity].id) else { continue }
                    let id = sites[site].id
                    let found = small ? merged.firstIndex { $0.id == id } : positions[id]
                    if let found {
                        merged[found].count += entities[entity].count
                    } else {
                        if !small { positions[id] = merged.count }
                        merged.append(EntityCount(
                            id: id, name: sites[site].name, type: sites[site].type, count: entities[entity].count,
                            role: entities[entity].role))
                    }
                }
            }
        }
        // Usually still in order (most ids stand for themselves): sorted only when not.
        if !merged.indices.dropFirst().allSatisfy({ !EntityCount.mostMentionedFirst(merged[$0], merged[$0 - 1]) }) {
            merged.sort(by: EntityCount.mostMentionedFirst)
        }
        result.entities = merged
        // Looked at before writing: a summary shares its fields' box (and quotes) with the one it
        // was copied from, and writing copies both even when nothing changes, which it seldom does.
        if speakersNeedResolving(result.quotes) { resolveSpeakers(&result.quotes) }
        return result
    }
}

/// Mentions by entity type, indexed by `EntityType.order`: a value of fixed size (an array of
/// them was checked for uniqueness at each of a build's quarter million entity entries), with
/// room for eight types (there are five).
struct TypeVotes: Equatable, Sendable {
    private var counts = SIMD8<Int>(repeating: 0)

    subscript(order: Int) -> Int {
        get { counts[order] }
        set { counts[order] = newValue }
    }

    static func += (votes: inout TypeVotes, other: TypeVotes) { votes.counts &+= other.counts }
}

extension EntityType {
    /// A fixed order for ties and listings: people, places, organisations, groups, other.
    var order: Int {
        switch self {
        case .person: 0
        case .place: 1
        case .org: 2
        case .group: 3
        case .other: 4
        }
    }
}

extension EntityCount {
    /// Most mentions first, then by name, then id: a stable order.
    static func mostMentionedFirst(_ a: EntityCount, _ b: EntityCount) -> Bool {
        if a.count != b.count { return a.count > b.count }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }
}

import BriefAnnotate
import BriefContent
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the cache keeps of one briefing, in two parts stored apart (`BuildCache`):
/// - light, read for every briefing on every rebuild: the summary parts of
///   `BriefingRenderer.annotate`, the entity ids the body depends on, the keys of the body and
///   of the fragments, and the fragments of the site-wide files (`Fragments`);
/// - heavy, read only when the briefing's page is rendered: the annotation.
///
/// The briefing itself is not stored: it is loaded again, and its key is the hash of it. Nor is
/// the body HTML: it was two thirds of the cache's bytes (written by every full build), and a
/// rebuild needs it only for a page it renders again with the same body (a template or setting
/// changed), where it is woven again from the stored annotation.
struct CachedBriefing: Sendable {
    var summaryText: String?
    var entities: [EntityCount]
    var quotes: [QuoteSummary]
    var wordCount: Int
    /// `CacheKeys.cardKey` and `CacheKeys.detailKey` of the summary this entry stands for (as
    /// `annotated(_:)` makes it): a rebuild takes them from here for every summary the site-wide
    /// merge leaves as it was, instead of hashing ten thousand summaries again.
    var cardKey: UInt64
    var detailKey: UInt64
    /// `CacheKeys.registryStamp` of the registry the annotation was made under (0: it touched
    /// no note's names): the annotation is good while the registry gives the same stamp.
    var registryStamp: UInt64 = 0
    /// The distinct entity ids of the annotation (mentions, then quote speakers) and of the
    /// body's `entity:` links, in order of first use: what `CacheKeys.bodyKey` resolves, without
    /// reading the annotation.
    var entityIDs: [String]
    /// For each of `entityIDs`, its position among `entities` when it is that entity's id, else
    /// -1 (as stored): `CacheKeys.bodyKey` resolves an id by its place in the merge, without
    /// hashing it, and the row stores it as it is. Empty when not known (then both look it up).
    var entityIDPositions: [Int] = []
    /// The source files the body's briefing links name (`AnnotatedBriefing.linkedBriefingPaths`):
    /// where those links lead is the rest of what `CacheKeys.bodyKey` depends on.
    var linkedBriefingPaths: [String] = []
    /// The key of the inputs the body of the page and fragments on disk was made from
    /// (annotation and site-wide entity resolution); 0 when there is none yet.
    var bodyKey: UInt64 = 0
    /// The key (`CacheKeys.searchKey`: body and resolved summary) `fragments` were made under;
    /// 0 when there are none.
    var searchKey: UInt64 = 0
    /// The briefing's parts of the site-wide files, so a kept page needs neither its body nor
    /// new fragments.
    var fragments: Fragments?
    /// The heavy part; nil until read (`BuildCache.heavy`) or made.
    var heavy: Heavy?

    /// A briefing's parts of the files made from every briefing, as bytes ready to concatenate.
    struct Fragments: Sendable {
        /// Its document of the search index (`SearchDocument.bytes`).
        var search: StoredBytes
        /// Its element of `data/briefings.json` (`SiteData.briefingRecord`).
        var briefing: StoredBytes
        /// Its quotes' elements of `data/quotes.json` (`SiteData.quoteRecords`).
        var quotes: StoredBytes
        /// `FNV64.hash` of `search`, stored in the row: the search index is keyed by every
        /// document's bytes (`BuildSession.plannedSearchFiles`), and a rebuild reads ten thousand
        /// of these instead of hashing some 20 MB of documents again.
        var searchHash: UInt64

        /// The fragments of a rendered briefing (`summary` resolved site-wide): its search
        /// document is `SearchEntry(briefing: rendered)`'s.
        init(briefing rendered: RenderedBriefing, summary: BriefingSummary) {
            let document = SearchDocument.bytes(briefing: rendered)
            searchHash = document.withUnsafeBytes { FNV64.hash($0) }
            search = StoredBytes(document)
            briefing = StoredBytes(SiteData.briefingRecord(summary))
            quotes = StoredBytes(SiteData.quoteRecords(summary))
        }

        /// `searchHash`: `search`'s, when known (else it is hashed here).
        init(search: StoredBytes, briefing: StoredBytes, quotes: StoredBytes, searchHash: UInt64? = nil) {
            self.search = search
            self.briefing = briefing
            self.quotes = quotes
            self.searchHash = searchHash ?? search.withUnsafeBytes { FNV64.hash($0) }
        }
    }

    /// The part of an entry read only to render the page.
    struct Heavy: Sendable {
        var annotation: Annotation
    }

    init(_ annotated: AnnotatedBriefing) {
        summaryText = annotated.summary.summary
        entities = annotated.summary.entities
        quotes = annotated.summary.quotes
        wordCount = annotated.summary.wordCount
        cardKey = CacheKeys.cardKey(annotated.summary)
        detailKey = CacheKeys.detailKey(annotated.summary)
        entityIDs = Self.entityIDs(of: annotated.annotation)
        for id in annotated.linkedEntityIDs where !entityIDs.contains(id) { entityIDs.append(id) }
        entityIDPositions = Self.positions(of: entityIDs, among: entities)
        linkedBriefingPaths = annotated.linkedBriefingPaths
        heavy = Heavy(annotation: annotated.annotation)
    }

    /// The entry of an annotation made in this build, stamped with what the registry gave its
    /// text (`CacheKeys.registryStamp`).
    init(_ annotated: AnnotatedBriefing, keys: CacheKeys) {
        self.init(annotated)
        registryStamp = keys.registryStamp(groups: annotated.registryGroups)
    }

    /// For each of `ids`, the position of the entity of `entities` with its bytes, else -1. A
    /// short list (`EntityCount.scannedListLimit`) is scanned for the same string value first.
    static func positions(of ids: [String], among entities: [EntityCount]) -> [Int] {
        guard entities.count <= EntityCount.scannedListLimit else {
            let byID = FirstPositions(ids: entities)
            return ids.map { byID.position(of: $0) ?? -1 }
        }
        return entities.withUnsafeBufferPointer { entities in
            ids.map { id in
                // Entity ids are distinct: the one with the same value is the one with the same bytes.
                if let same = entities.firstIndex(where: { String.isSameValue($0.id, id) }) { return same }
                return entities.firstIndex { sameBytes($0.id, id) } ?? -1
            }
        }
    }

    /// The distinct ids of `annotation`'s mentions and quote speakers, in order of first use.
    static func entityIDs(of annotation: Annotation) -> [String] {
        annotation.entityIDsInOrderOfFirstUse()
    }

    /// The annotated briefing this entry stands for, with `briefing` as loaded now (an empty
    /// annotation when the heavy part was not read).
    func annotated(_ briefing: Briefing) -> AnnotatedBriefing {
        var summary = BriefingSummary(briefing: briefing, summary: summaryText)
        summary.entities = entities
        summary.quotes = quotes
        summary.wordCount = wordCount
        return AnnotatedBriefing(briefing: briefing, annotation: heavy?.annotation ?? Annotation(), summary: summary)
    }
}

extension CachedBriefing {
    /// The light part. Numbers other than keys are varints and strings are varint-prefixed
    /// (`ByteWriter.writeCompact`): eight-byte numbers and lengths were a sixth of the rows.
    func encode(into writer: inout ByteWriter) {
        encodeHead(into: &writer)
        if let fragments { Self.encode(fragments, into: &writer) }
    }

    /// The light part up to the fragments' bytes, which follow it (`encode(_:into:)`): the cache
    /// writer puts them straight into the rows file's buffer, not through a copy of the row.
    /// `byID` is `entitiesByID()` when the caller has it (`CacheWriter.append` makes it once
    /// for this and the heavy part).
    func encodeHead(into writer: inout ByteWriter, byID given: FirstPositions? = nil) {
        writer.writeCompact(summaryText)
        writer.writeVarint(wordCount)
        writer.write(cardKey)
        writer.write(detailKey)
        writer.writeVarint(registryStamp)
        // Elements read in place (a copy of each retained every string of it).
        writer.writeVarint(entities.count)
        entities.withUnsafeBufferPointer { entities in
            for e in entities.indices {
                writer.writeCompact(entities[e].id)
                writer.writeCompact(entities[e].name)
                writer.bytes.append(Self.code(entities[e].type))
                writer.writeSignedVarint(entities[e].count)
                writer.writeCompact(entities[e].role)
            }
        }
        // Speakers and ids are found among `entities` by a table (`FirstPositions`), not a scan.
        let entities = self.entities
        let byID = given ?? entitiesByID()
        writer.writeVarint(quotes.count)
        quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices {
                writer.writeSignedVarint(quotes[q].number)
                writer.writeCompact(quotes[q].text)
                writer.bytes.append(Self.code(quotes[q].kind))
                // The speaker is nearly always one of `entities`, by id and name: its position.
                Self.encodeSpeaker(id: quotes[q].speakerID, name: quotes[q].speaker, into: &writer) { id, name in
                    Self.position(of: id, name: name, in: byID) { entities[$0].name }
                }
            }
        }
        // Nearly every id is an entity's id above: stored as its position there (a rebuild then
        // decodes one string per id, not two), else -1 and the id.
        writer.writeVarint(entityIDs.count)
        let knowsPositions = entityIDPositions.count == entityIDs.count
        for (index, id) in entityIDs.enumerated() {
            if let position = knowsPositions ? entityIDPositions[index] : byID.position(of: id), position >= 0 {
                writer.writeSignedVarint(position)
            } else {
                writer.writeSignedVarint(-1)
                writer.writeCompact(id)
            }
        }
        writer.writeVarint(linkedBriefingPaths.count)
        for path in linkedBriefingPaths { writer.writeCompact(path) }
        writer.write(bodyKey)
        writer.write(fragments == nil ? 0 : searchKey)
        // Before the fragments: the data files find the last two from the row's end
        // (`CacheWriter.append`).
        if let fragments { writer.write(fragments.searchHash) }
    }

    /// The positions of `entities` by id, which both parts name entities by.
    func entitiesByID() -> FirstPositions {
        FirstPositions(ids: entities)
    }

    /// The fragments' bytes, the end of the light part (after `encodeHead`).
    static func encode(_ fragments: Fragments, into writer: inout ByteWriter) {
        writer.writeCompact(bytes: fragments.search)
        writer.writeCompact(bytes: fragments.briefing)
        writer.writeCompact(bytes: fragments.quotes)
    }

    /// How many bytes `encode(_:into:)` writes.
    static func encodedSize(_ fragments: Fragments) -> Int {
        let (search, briefing, quotes) = (fragments.search.count, fragments.briefing.count, fragments.quotes.count)
        return ByteWriter.varintSize(search) + search + ByteWriter.varintSize(briefing) + briefing + ByteWriter.varintSize(quotes) + quotes
    }

    /// A quote's speaker (id and name, either may be missing) as one varint, 0 for neither,
    /// 1 for stored as is (two optional strings follow), 2 + position when `position` finds an
    /// entity of that id and name (bytes compared), the usual case.
    fileprivate static func encodeSpeaker(
        id: String?, name: String?, into writer: inout ByteWriter, position: (_ id: String, _ name: String) -> Int?
    ) {
        if id == nil, name == nil {
            writer.writeVarint(0)
        } else if let id, let name, let found = position(id, name) {
            writer.writeVarint(2 + found)
        } else {
            writer.writeVarint(1)
            writer.writeCompact(id)
            writer.writeCompact(name)
        }
    }

    /// The position of the first of the strings `ids` indexes whose bytes are `id`'s, when the
    /// name there (`names`) is `name`'s bytes too.
    fileprivate static func position(of id: String, name: String, in ids: FirstPositions, names: (Int) -> String) -> Int? {
        guard let index = ids.position(of: id), sameBytes(names(index), name) else { return nil }
        return index
    }

    /// `decodeSpeaker` for a light part, whose positions are into its `entities`.
    @inline(__always)
    private static func decodeSpeaker(
        _ reader: inout ByteReader, among entities: UnsafeBufferPointer<EntityCount>
    ) throws(ByteReader.Damaged) -> (id: String?, name: String?) {
        switch try reader.readVarint() {
        case 0: return (nil, nil)
        case 1: return (try reader.readCompactOptionalString(), try reader.readCompactOptionalString())
        case let code:
            guard code - 2 < UInt64(entities.count), let base = entities.baseAddress else { throw ByteReader.Damaged() }
            // Through the pointer's subscript (an addressor), not the buffer's (a getter).
            return (base[Int(code - 2)].id, base[Int(code - 2)].name)
        }
    }

    /// Reads what `encodeSpeaker` wrote.
    fileprivate static func decodeSpeaker(
        _ reader: inout ByteReader, id: (Int) -> String?, name: (Int) -> String?, count: Int
    ) throws(ByteReader.Damaged) -> (id: String?, name: String?) {
        switch try reader.readVarint() {
        case 0: return (nil, nil)
        case 1: return (try reader.readCompactOptionalString(), try reader.readCompactOptionalString())
        case let code:
            guard code - 2 < UInt64(count) else { throw ByteReader.Damaged() }
            return (id(Int(code - 2)), name(Int(code - 2)))
        }
    }

    /// Whether two strings hold the same UTF-8 bytes (`PathKey.sameBytes`): another normalization
    /// of the same text is another name. Two copies of one string (the usual case in the
    /// encoder: a mention's id, its entity's id and the light part's entry are the annotator's
    /// one string) are equal without a look at their bytes (`String.isSameValue`); else the
    /// lengths first (kept in native strings): most strings compared differ in length.
    @inline(__always)
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        String.isSameValue(a, b) || (a.utf8.count == b.utf8.count && PathKey.sameBytes(a[...], b[...]))
    }

    /// Reads the light part. Throws on any damage: wrong lengths, unknown enum values.
    init(from reader: inout ByteReader) throws(ByteReader.Damaged) {
        summaryText = try reader.readCompactOptionalString()
        wordCount = try reader.readVarintInt()
        cardKey = try reader.readUInt64()
        detailKey = try reader.readUInt64()
        registryStamp = try reader.readVarint()
        entities = []
        let entityCount = try reader.readVarintCount()
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            entities.append(EntityCount(
                id: try reader.readCompactString(), name: try reader.readCompactString(), type: try Self.type(reader.readByte()),
                count: try reader.readSignedVarint(), role: try reader.readCompactOptionalString()))
        }
        // Speakers and ids taken from `entities` in place: through a subscript each took a copy
        // of the whole entry (every string of it retained and released) for one field.
        let entities = entities
        (quotes, entityIDs, entityIDPositions) = try entities.withUnsafeBufferPointer { entities throws(ByteReader.Damaged) in
            var quotes: [QuoteSummary] = []
            let quoteCount = try reader.readVarintCount()
            quotes.reserveCapacity(quoteCount)
            for _ in 0..<quoteCount {
                let number = try reader.readSignedVarint()
                let text = try reader.readCompactString()
                let kind = try Self.kind(reader.readByte())
                let speaker = try Self.decodeSpeaker(&reader, among: entities)
                quotes.append(QuoteSummary(number: number, text: text, kind: kind, speakerID: speaker.id, speaker: speaker.name))
            }
            var ids: [String] = []
            var positions: [Int] = []
            let idCount = try reader.readVarintCount()
            ids.reserveCapacity(idCount)
            positions.reserveCapacity(idCount)
            for _ in 0..<idCount {
                let position = try reader.readSignedVarint()
                if position == -1 {
                    ids.append(try reader.readCompactString())
                } else {
                    guard position >= 0, position < entities.count, let base = entities.baseAddress else { throw ByteReader.Damaged() }
                    // Through the pointer's subscript, as in `decodeSpeaker`.
                    ids.append(base[position].id)
                }
                positions.append(position)
            }
            return (quotes, ids, positions)
        }
        let pathCount = try reader.readVarintCount()
        if pathCount > 0 {
            linkedBriefingPaths.reserveCapacity(pathCount)
            for _ in 0..<pathCount { linkedBriefingPaths.append(try reader.readCompactString()) }
        }
        bodyKey = try reader.readUInt64()
        searchKey = try reader.readUInt64()
        if searchKey != 0 {
            let searchHash = try reader.readUInt64()
            fragments = Fragments(
                search: try reader.readCompactBytes(), briefing: try reader.readCompactBytes(), quotes: try reader.readCompactBytes(),
                searchHash: searchHash)
        }
    }

    // Entity types and quote kinds are stored as one byte each: matching a stored name against
    // the cases was a tenth of reading the cache.
    fileprivate static func code(_ type: EntityType) -> UInt8 {
        switch type {
        case .person: 0
        case .place: 1
        case .org: 2
        case .group: 3
        case .other: 4
        }
    }

    fileprivate static func type(_ code: UInt8) throws(ByteReader.Damaged) -> EntityType {
        switch code {
        case 0: .person
        case 1: .place
        case 2: .org
        case 3: .group
        case 4: .other
        default: throw ByteReader.Damaged()
        }
    }

    fileprivate static func code(_ kind: QuoteKind) -> UInt8 {
        switch kind {
        case .full: 0
        case .partial: 1
        case .dash: 2
        }
    }

    fileprivate static func kind(_ code: UInt8) throws(ByteReader.Damaged) -> QuoteKind {
        switch code {
        case 0: .full
        case 1: .partial
        case 2: .dash
        default: throw ByteReader.Damaged()
        }
    }
}

extension CachedBriefing.Heavy {
    /// Compact: varints, each entity's id and name stored once (as its position among the light
    /// part's `entities` when it is one of them, the usual case), mentions and quote speakers
    /// as positions among the annotation's entities, ranges as the distance from the last.
    /// `light` are the entities of the entry's light part, which decoding is given again.
    /// `lightByID`, when given, is the positions of `light` by id (`CachedBriefing.entitiesByID`).
    func encode(into writer: inout ByteWriter, light: [EntityCount], lightByID given: FirstPositions? = nil) {
        // How many light entities the positions below are into: a part read with other ones
        // (never, as rows and parts are written) fails rather than naming the wrong entities.
        writer.writeVarint(light.count)
        writer.writeVarint(annotation.entities.count)
        // Entities are found by id in tables (`FirstPositions`), one per list, not by scans:
        // a scan per mention made a briefing dense with names quadratic.
        let lightByID = given ?? FirstPositions(ids: light)
        let annotationEntities = annotation.entities
        let byID = FirstPositions(ids: annotationEntities)
        annotation.entities.withUnsafeBufferPointer { entities in
            light.withUnsafeBufferPointer { light in
                for e in entities.indices {
                    if let position = lightByID.position(of: entities[e].id), Self.isSame(light.baseAddress! + position, entities.baseAddress! + e) {
                        writer.writeVarint(position + 1)
                    } else {
                        writer.writeVarint(0)
                        writer.writeCompact(entities[e].id)
                        writer.writeCompact(entities[e].name)
                        writer.bytes.append(CachedBriefing.code(entities[e].type))
                        writer.writeCompact(entities[e].role)
                    }
                }
            }
        }
        // Elements read in place (a copy of each retained every string of it).
        writer.writeVarint(annotation.mentions.count)
        var last = 0
        annotation.mentions.withUnsafeBufferPointer { mentions in
            for m in mentions.indices {
                Self.encode(range: mentions[m].range, after: &last, into: &writer)
                // 1 + its entity's position, 0 when no entity has its id.
                let found = byID.position(of: mentions[m].entityID).map { $0 + 1 } ?? 0
                writer.writeVarint(found)
                if found == 0 { writer.writeCompact(mentions[m].entityID) }
                writer.bytes.append(CachedBriefing.code(mentions[m].type))
            }
        }
        writer.writeVarint(annotation.quotes.count)
        last = 0
        annotation.quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices {
                Self.encode(range: quotes[q].range, after: &last, into: &writer)
                writer.bytes.append(CachedBriefing.code(quotes[q].kind))
                writer.writeCompact(quotes[q].cue)
                CachedBriefing.encodeSpeaker(id: quotes[q].speakerID, name: quotes[q].speaker, into: &writer) { id, name in
                    CachedBriefing.position(of: id, name: name, in: byID) { annotationEntities[$0].name }
                }
            }
        }
    }

    /// About the bytes `encode` takes: a mention 5 or 6, an entity 1 to 3 (as a position), a
    /// quote about 10 with its cue.
    var likelyEncodedSize: Int {
        64 + annotation.mentions.count * 6 + annotation.entities.count * 3 + annotation.quotes.count * 12
    }

    /// Whether `entity` is exactly `light` (bytes compared): then it is stored as its position.
    /// Both read in place: copies of them retained and released every string of each.
    private static func isSame(_ light: UnsafePointer<EntityCount>, _ entity: UnsafePointer<Entity>) -> Bool {
        guard light.pointee.type == entity.pointee.type, CachedBriefing.sameBytes(light.pointee.id, entity.pointee.id),
            CachedBriefing.sameBytes(light.pointee.name, entity.pointee.name)
        else { return false }
        switch (light.pointee.role, entity.pointee.role) {
        case (nil, nil): return true
        case (let a?, let b?): return CachedBriefing.sameBytes(a, b)
        default: return false
        }
    }

    /// A range as the distance of its start from `last` (signed: ranges are sorted, but a
    /// damaged or foreign order must still round-trip) and its length.
    private static func encode(range: Range<Int>, after last: inout Int, into writer: inout ByteWriter) {
        writer.writeSignedVarint(range.lowerBound &- last)
        writer.writeVarint(range.count)
        last = range.upperBound
    }

    private static func range(_ reader: inout ByteReader, after last: inout Int) throws(ByteReader.Damaged) -> Range<Int> {
        let (lower, overflow) = last.addingReportingOverflow(try reader.readSignedVarint())
        let length = try reader.readVarintInt()
        guard !overflow, lower >= 0, length <= Int.max - lower else { throw ByteReader.Damaged() }
        last = lower + length
        return lower..<last
    }

    /// Throws on any damage: wrong lengths, unknown enum values, bad ranges or positions.
    init(from reader: inout ByteReader, light: [EntityCount]) throws(ByteReader.Damaged) {
        guard try reader.readVarint() == UInt64(light.count) else { throw ByteReader.Damaged() }
        var annotation = Annotation()
        let entityCount = try reader.readVarintCount()
        annotation.entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            let position = try reader.readVarint()
            if position == 0 {
                annotation.entities.append(Entity(
                    id: try reader.readCompactString(), name: try reader.readCompactString(),
                    type: try CachedBriefing.type(reader.readByte()), role: try reader.readCompactOptionalString()))
            } else {
                guard position - 1 < UInt64(light.count) else { throw ByteReader.Damaged() }
                let known = light[Int(position - 1)]
                annotation.entities.append(Entity(id: known.id, name: known.name, type: known.type, role: known.role))
            }
        }
        let entities = annotation.entities
        let mentionCount = try reader.readVarintCount()
        annotation.mentions.reserveCapacity(mentionCount)
        var last = 0
        for _ in 0..<mentionCount {
            let range = try Self.range(&reader, after: &last)
            let position = try reader.readVarint()
            let id: String
            if position == 0 {
                id = try reader.readCompactString()
            } else {
                guard position - 1 < UInt64(entities.count) else { throw ByteReader.Damaged() }
                id = entities[Int(position - 1)].id
            }
            annotation.mentions.append(EntityMention(range: range, entityID: id, type: try CachedBriefing.type(reader.readByte())))
        }
        let quoteCount = try reader.readVarintCount()
        annotation.quotes.reserveCapacity(quoteCount)
        last = 0
        for _ in 0..<quoteCount {
            let range = try Self.range(&reader, after: &last)
            let kind = try CachedBriefing.kind(reader.readByte())
            let cue = try reader.readCompactOptionalString()
            let speaker = try CachedBriefing.decodeSpeaker(&reader, id: { entities[$0].id }, name: { entities[$0].name }, count: entities.count)
            annotation.quotes.append(Quote(range: range, kind: kind, cue: cue, speakerID: speaker.id, speaker: speaker.name))
        }
        self.annotation = annotation
    }
}

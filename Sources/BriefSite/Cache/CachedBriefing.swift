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
/// - heavy, read only when the briefing's page is rendered: the annotation and the body HTML.
///
/// The briefing itself is not stored: it is loaded again, and its key is the hash of it.
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
    /// The distinct entity ids of the annotation (mentions, then quote speakers) and of the
    /// body's `entity:` links, in order of first use: what `CacheKeys.bodyKey` resolves, without
    /// reading the annotation.
    var entityIDs: [String]
    /// For each of `entityIDs`, its position among `entities` when it is that entity's id, else
    /// -1 (as stored); empty for an entry made in this build (`CacheKeys.bodyKey` then hashes).
    var entityIDPositions: [Int] = []
    /// The key of the inputs the body was made from (annotation and site-wide entity
    /// resolution); 0 when there is no body yet.
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

        /// The fragments of a rendered briefing (`summary` resolved site-wide): its search
        /// document is `SearchEntry(briefing: rendered)`'s.
        init(briefing rendered: RenderedBriefing, summary: BriefingSummary) {
            search = StoredBytes(SearchDocument.bytes(briefing: rendered))
            briefing = StoredBytes(SiteData.briefingRecord(summary))
            quotes = StoredBytes(SiteData.quoteRecords(summary))
        }

        init(search: StoredBytes, briefing: StoredBytes, quotes: StoredBytes) {
            self.search = search
            self.briefing = briefing
            self.quotes = quotes
        }
    }

    /// The part of an entry read only to render the page.
    struct Heavy: Sendable {
        var annotation: Annotation
        /// Empty when the entry has no body (`bodyKey` 0). `RenderedBriefing.bodyHTMLUTF8`,
        /// stored as a String's bytes are (the same layout as when it was one).
        var bodyHTML: [UInt8]
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
        heavy = Heavy(annotation: annotated.annotation, bodyHTML: [])
    }

    /// The distinct ids of `annotation`'s mentions and quote speakers, in order of first use.
    /// (`Annotation.entityIDsInOrderOfFirstUse`: a byte-hashed table, not a `Set<String>`.)
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
    /// The light part.
    func encode(into writer: inout ByteWriter) {
        writer.write(summaryText)
        writer.write(wordCount)
        writer.write(cardKey)
        writer.write(detailKey)
        // Elements read in place (a copy of each retained every string of it).
        writer.write(entities.count)
        entities.withUnsafeBufferPointer { entities in
            for e in entities.indices {
                writer.write(entities[e].id)
                writer.write(entities[e].name)
                writer.bytes.append(Self.code(entities[e].type))
                writer.write(entities[e].count)
                writer.write(entities[e].role)
            }
        }
        writer.write(quotes.count)
        quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices {
                writer.write(quotes[q].number)
                writer.write(quotes[q].text)
                writer.bytes.append(Self.code(quotes[q].kind))
                writer.write(quotes[q].speakerID)
                writer.write(quotes[q].speaker)
            }
        }
        // Nearly every id is an entity's id above: stored as its position there (a rebuild then
        // decodes one string per id, not two), else -1 and the id.
        writer.write(entityIDs.count)
        for id in entityIDs {
            // `==` first: an id is usually the very string of its entity, which `==` answers
            // without reading it; the bytes are compared only for the one it finds (`==` would
            // also match another normalization of the same text).
            if let position = entities.firstIndex(where: { $0.id == id }), Self.sameBytes(entities[position].id, id) {
                writer.write(position)
            } else {
                writer.write(-1)
                writer.write(id)
            }
        }
        writer.write(bodyKey)
        writer.write(fragments == nil ? 0 : searchKey)
        if let fragments {
            writer.write(bytes: fragments.search)
            writer.write(bytes: fragments.briefing)
            writer.write(bytes: fragments.quotes)
        }
    }

    /// Whether two strings hold the same UTF-8 bytes: compared in place (`elementsEqual` over
    /// the views walked them byte by byte through the generic iterator).
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let found = a.utf8.withContiguousStorageIfAvailable { x in
            b.utf8.withContiguousStorageIfAvailable { y in
                x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0)
            }
        }
        if let found, let found { return found }
        return a.utf8.elementsEqual(b.utf8)
    }

    /// Reads the light part. Throws on any damage: wrong lengths, unknown enum values.
    init(from reader: inout ByteReader) throws(ByteReader.Damaged) {
        summaryText = try reader.readOptionalString()
        wordCount = try reader.readInt()
        cardKey = try reader.readUInt64()
        detailKey = try reader.readUInt64()
        entities = []
        let entityCount = try reader.readCount()
        entities.reserveCapacity(entityCount)
        for _ in 0..<entityCount {
            entities.append(EntityCount(
                id: try reader.readString(), name: try reader.readString(), type: try Self.type(reader.readByte()),
                count: try reader.readInt(), role: try reader.readOptionalString()))
        }
        quotes = []
        let quoteCount = try reader.readCount()
        quotes.reserveCapacity(quoteCount)
        for _ in 0..<quoteCount {
            quotes.append(QuoteSummary(
                number: try reader.readInt(), text: try reader.readString(), kind: try Self.kind(reader.readByte()),
                speakerID: try reader.readOptionalString(), speaker: try reader.readOptionalString()))
        }
        entityIDs = []
        let idCount = try reader.readCount()
        entityIDs.reserveCapacity(idCount)
        entityIDPositions.reserveCapacity(idCount)
        for _ in 0..<idCount {
            let position = try reader.readInt()
            if position == -1 {
                entityIDs.append(try reader.readString())
            } else {
                guard position >= 0, position < entities.count else { throw ByteReader.Damaged() }
                entityIDs.append(entities[position].id)
            }
            entityIDPositions.append(position)
        }
        bodyKey = try reader.readUInt64()
        searchKey = try reader.readUInt64()
        if searchKey != 0 {
            fragments = Fragments(search: try reader.readBytes(), briefing: try reader.readBytes(), quotes: try reader.readBytes())
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
    func encode(into writer: inout ByteWriter) {
        // Elements read in place (a copy of each retained every string of it).
        writer.write(annotation.mentions.count)
        annotation.mentions.withUnsafeBufferPointer { mentions in
            for m in mentions.indices {
                writer.write(mentions[m].range.lowerBound)
                writer.write(mentions[m].range.upperBound)
                writer.write(mentions[m].entityID)
                writer.bytes.append(CachedBriefing.code(mentions[m].type))
            }
        }
        writer.write(annotation.quotes.count)
        annotation.quotes.withUnsafeBufferPointer { quotes in
            for q in quotes.indices {
                writer.write(quotes[q].range.lowerBound)
                writer.write(quotes[q].range.upperBound)
                writer.bytes.append(CachedBriefing.code(quotes[q].kind))
                writer.write(quotes[q].cue)
                writer.write(quotes[q].speakerID)
                writer.write(quotes[q].speaker)
            }
        }
        writer.write(annotation.entities.count)
        annotation.entities.withUnsafeBufferPointer { entities in
            for e in entities.indices {
                writer.write(entities[e].id)
                writer.write(entities[e].name)
                writer.bytes.append(CachedBriefing.code(entities[e].type))
                writer.write(entities[e].role)
            }
        }
        writer.write(utf8: bodyHTML)
    }

    /// Throws on any damage: wrong lengths, unknown enum values, bad ranges.
    init(from reader: inout ByteReader) throws(ByteReader.Damaged) {
        func range(_ reader: inout ByteReader) throws(ByteReader.Damaged) -> Range<Int> {
            let lower = try reader.readInt()
            let upper = try reader.readInt()
            guard lower >= 0, lower <= upper else { throw ByteReader.Damaged() }
            return lower..<upper
        }
        var annotation = Annotation()
        for _ in 0..<(try reader.readCount()) {
            annotation.mentions.append(EntityMention(
                range: try range(&reader), entityID: try reader.readString(), type: try CachedBriefing.type(reader.readByte())))
        }
        for _ in 0..<(try reader.readCount()) {
            annotation.quotes.append(Quote(
                range: try range(&reader), kind: try CachedBriefing.kind(reader.readByte()), cue: try reader.readOptionalString(),
                speakerID: try reader.readOptionalString(), speaker: try reader.readOptionalString()))
        }
        for _ in 0..<(try reader.readCount()) {
            annotation.entities.append(Entity(
                id: try reader.readString(), name: try reader.readString(), type: try CachedBriefing.type(reader.readByte()),
                role: try reader.readOptionalString()))
        }
        self.annotation = annotation
        bodyHTML = try reader.readUTF8()
    }
}

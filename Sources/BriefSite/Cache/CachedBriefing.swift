import BriefAnnotate
import BriefContent

/// What the cache keeps of one briefing: the result of `BriefingRenderer.annotate` (its summary
/// parts and annotation) and, once rendered, its body HTML with the key it was rendered under.
///
/// The briefing itself is not stored: it is loaded again, and its key is the hash of it.
struct CachedBriefing: Sendable {
    var summaryText: String?
    var entities: [EntityCount]
    var quotes: [QuoteSummary]
    var wordCount: Int
    var annotation: Annotation
    /// The key of the inputs `bodyHTML` was made from (annotation and site-wide entity
    /// resolution); 0 when there is no body yet.
    var bodyKey: UInt64 = 0
    var bodyHTML: String = ""
    /// False when the entry was read without its body (`BuildCache.entry(_:withBody:)`).
    var hasBody = true
    /// The key (`CacheKeys.searchKey`) `searchEntry` was made under; 0 when there is none.
    var searchKey: UInt64 = 0
    /// The briefing's search entry, so a kept page needs neither its body nor a new entry.
    var searchEntry: SearchEntry?

    init(_ annotated: AnnotatedBriefing) {
        summaryText = annotated.summary.summary
        entities = annotated.summary.entities
        quotes = annotated.summary.quotes
        wordCount = annotated.summary.wordCount
        annotation = annotated.annotation
    }

    /// The annotated briefing this entry stands for, with `briefing` as loaded now.
    func annotated(_ briefing: Briefing) -> AnnotatedBriefing {
        var summary = BriefingSummary(briefing: briefing, summary: summaryText)
        summary.entities = entities
        summary.quotes = quotes
        summary.wordCount = wordCount
        return AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary)
    }
}

extension CachedBriefing {
    func encode(into writer: inout ByteWriter) {
        writer.write(summaryText)
        writer.write(wordCount)
        writer.write(entities.count)
        for entity in entities {
            writer.write(entity.id)
            writer.write(entity.name)
            writer.write(entity.type.rawValue)
            writer.write(entity.count)
            writer.write(entity.role)
        }
        writer.write(quotes.count)
        for quote in quotes {
            writer.write(quote.number)
            writer.write(quote.text)
            writer.write(quote.kind.rawValue)
            writer.write(quote.speakerID)
            writer.write(quote.speaker)
        }
        writer.write(annotation.mentions.count)
        for mention in annotation.mentions {
            writer.write(mention.range.lowerBound)
            writer.write(mention.range.upperBound)
            writer.write(mention.entityID)
            writer.write(mention.type.rawValue)
        }
        writer.write(annotation.quotes.count)
        for quote in annotation.quotes {
            writer.write(quote.range.lowerBound)
            writer.write(quote.range.upperBound)
            writer.write(quote.kind.rawValue)
            writer.write(quote.cue)
            writer.write(quote.speakerID)
            writer.write(quote.speaker)
        }
        writer.write(annotation.entities.count)
        for entity in annotation.entities {
            writer.write(entity.id)
            writer.write(entity.name)
            writer.write(entity.type.rawValue)
            writer.write(entity.role)
        }
        // An entry read without its body is saved without one (the next build renders it again).
        writer.write(hasBody ? bodyKey : 0)
        writer.write(hasBody ? bodyHTML : "")
        writer.write(searchEntry == nil ? 0 : searchKey)
        if let searchEntry {
            writer.write(searchEntry.kind.rawValue)
            writer.write(searchEntry.title)
            writer.write(searchEntry.text)
            writer.write(searchEntry.url)
            writer.write(searchEntry.extra)
        }
    }

    /// Throws on any damage: wrong lengths, invalid UTF-8, unknown enum values, bad ranges.
    /// Without `withBody`, the body's bytes are skipped (and `hasBody` is false).
    init(from reader: inout ByteReader, withBody: Bool = true) throws(ByteReader.Damaged) {
        func type(_ raw: String) throws(ByteReader.Damaged) -> EntityType {
            guard let value = EntityType(rawValue: raw) else { throw ByteReader.Damaged() }
            return value
        }
        func kind(_ raw: String) throws(ByteReader.Damaged) -> QuoteKind {
            guard let value = QuoteKind(rawValue: raw) else { throw ByteReader.Damaged() }
            return value
        }
        func range(_ reader: inout ByteReader) throws(ByteReader.Damaged) -> Range<Int> {
            let lower = try reader.readInt()
            let upper = try reader.readInt()
            guard lower >= 0, lower <= upper else { throw ByteReader.Damaged() }
            return lower..<upper
        }
        summaryText = try reader.readOptionalString()
        wordCount = try reader.readInt()
        entities = []
        for _ in 0..<(try reader.readCount()) {
            entities.append(EntityCount(
                id: try reader.readString(), name: try reader.readString(), type: try type(reader.readString()),
                count: try reader.readInt(), role: try reader.readOptionalString()))
        }
        quotes = []
        for _ in 0..<(try reader.readCount()) {
            quotes.append(QuoteSummary(
                number: try reader.readInt(), text: try reader.readString(), kind: try kind(reader.readString()),
                speakerID: try reader.readOptionalString(), speaker: try reader.readOptionalString()))
        }
        var annotation = Annotation()
        for _ in 0..<(try reader.readCount()) {
            annotation.mentions.append(EntityMention(
                range: try range(&reader), entityID: try reader.readString(), type: try type(reader.readString())))
        }
        for _ in 0..<(try reader.readCount()) {
            annotation.quotes.append(Quote(
                range: try range(&reader), kind: try kind(reader.readString()), cue: try reader.readOptionalString(),
                speakerID: try reader.readOptionalString(), speaker: try reader.readOptionalString()))
        }
        for _ in 0..<(try reader.readCount()) {
            annotation.entities.append(Entity(
                id: try reader.readString(), name: try reader.readString(), type: try type(reader.readString()),
                role: try reader.readOptionalString()))
        }
        self.annotation = annotation
        bodyKey = try reader.readUInt64()
        if withBody {
            bodyHTML = try reader.readString()
        } else {
            reader.offset += try reader.readCount()
            hasBody = false
        }
        searchKey = try reader.readUInt64()
        if searchKey != 0 {
            guard let kind = SearchEntry.Kind(rawValue: try reader.readString()) else { throw ByteReader.Damaged() }
            searchEntry = SearchEntry(
                kind: kind, title: try reader.readString(), text: try reader.readString(), url: try reader.readString(),
                extra: try reader.readString())
        }
    }
}

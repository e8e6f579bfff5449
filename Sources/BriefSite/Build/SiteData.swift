import BriefAnnotate
import BriefContent
import Foundation

/// `data/briefings.json`, `data/entities.json` and `data/quotes.json`: the site model as JSON,
/// with the ids and paths the pages use. Keys sorted and arrays in model order, so output is stable.
enum SiteData {
    struct BriefingRecord: Encodable {
        var id: String
        var path: String
        var title: String
        var date: String?
        var source: String?
        var url: String?
        var tags: [String]
        var summary: String?
        var words: Int
        var readingMinutes: Int
        var entities: [EntityRef]
        var quotes: [String]
    }

    struct EntityRef: Encodable {
        var id: String
        var count: Int
    }

    struct EntityRecord: Encodable {
        var id: String
        var path: String
        var name: String
        var type: String
        var aliases: [String]
        var description: String?
        var mentions: Int
        var briefings: [String]
        var quotes: [String]
    }

    struct QuoteRecord: Encodable {
        var id: String
        var path: String
        var text: String
        var kind: String
        var speakerID: String?
        var speaker: String?
        var briefing: String
        var date: String?
    }

    /// The paths of the three files, in the order `files` returns them.
    static let paths = ["data/briefings.json", "data/entities.json", "data/quotes.json"]

    /// The three files, written with `JSONWriter` (the bytes of `JSONEncoder` with sorted keys
    /// and slashes unescaped: the record types above list the keys).
    static func files(_ model: SiteModel) -> [OutputFile] {
        paths.map { OutputFile(path: $0, contents: Data(bytes(of: $0, model))) }
    }

    /// The file at `path` (one of `paths`), made on its own: the build writes each one before
    /// making the next, so only one of these large buffers is alive at a time.
    static func bytes(of path: String, _ model: SiteModel) -> [UInt8] {
        switch path {
        case "data/briefings.json": briefingsJSON(model)
        case "data/entities.json": entitiesJSON(model)
        default: quotesJSON(model)
        }
    }

    /// `data/briefings.json`: `BriefingRecord`s, keys in sorted order.
    static func briefingsJSON(_ model: SiteModel) -> [UInt8] {
        array(of: model.briefings.lazy.map { briefingRecord($0)[...] }, capacity: model.briefings.count * 2_048)
    }

    /// `data/quotes.json`: `QuoteRecord`s, keys in sorted order.
    static func quotesJSON(_ model: SiteModel) -> [UInt8] {
        array(of: CollectionOfOne(quoteRecords(model.quotes)[...]), capacity: model.quotes.count * 512)
    }

    /// A top-level array of the elements in `fragments` (each one or more elements as made by
    /// `briefingRecord` or `quoteRecords`; empty ones are skipped), in `JSONWriter`'s layout.
    /// The fragments of unchanged briefings come from the cache, so a rebuild only concatenates.
    /// (The build streams the same bytes through `JSONWriter.appendElements`, a part at a time.)
    static func array<Fragments: Sequence>(of fragments: Fragments, capacity: Int) -> [UInt8] where Fragments.Element: ByteFragment {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(capacity)
        // Literals' UTF-8 views: no array made per fragment.
        bytes.append(contentsOf: "[".utf8)
        var empty = true
        for fragment in fragments where fragment.count > 0 {
            if !empty { bytes.append(contentsOf: ",".utf8) }
            fragment.withUnsafeBytes { bytes.append(contentsOf: $0) }
            empty = false
        }
        bytes.append(contentsOf: "]".utf8)
        return bytes
    }

    /// The bytes `JSONWriter` writes for elements of a top-level array, without the separator
    /// before the first one.
    private static func elements(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
        var json = JSONWriter(capacity: 2_048)
        json.openArray()
        write(&json)
        // Without the `[`.
        return json.bytes(from: 1)
    }

    /// One briefing's element of `data/briefings.json`.
    static func briefingRecord(_ b: BriefingSummary) -> [UInt8] {
        elements { writeBriefingRecord(b, to: &$0) }
    }

    /// Writes `briefingRecord(b)` as the next element of `json`'s open array.
    static func writeBriefingRecord(_ b: BriefingSummary, to json: inout JSONWriter) {
        json.arrayElement()
        json.openObject()
        json.field("date", isoDay: b.date)
        json.key("entities")
        json.openArray()
        b.entities.withUnsafeBufferPointer { entities in
            for entity in entities.indices {
                json.arrayElement()
                json.openObject()
                json.field("count", entities[entity].count)
                json.field("id", entities[entity].id)
                json.closeObject()
            }
        }
        json.closeArray()
        let slug = b.slug
        json.field("id", slug)
        json.field("path", b.path)
        json.key("quotes")
        json.openArray()
        b.quotes.withUnsafeBufferPointer { quotes in
            for quote in quotes.indices {
                json.arrayElement()
                json.value(quoteID: slug, number: quotes[quote].number)
            }
        }
        json.closeArray()
        json.field("readingMinutes", b.readingMinutes)
        json.field("source", b.source)
        json.field("summary", b.summary)
        json.field("tags", strings: b.tags)
        json.field("title", b.title)
        json.field("url", b.url)
        json.field("words", b.wordCount)
        json.closeObject()
    }

    /// The elements of one briefing's quotes in `data/quotes.json` (empty when it has none).
    static func quoteRecords(_ b: BriefingSummary) -> [UInt8] {
        guard !b.quotes.isEmpty else { return [] }
        // As `quoteRecords(_: [SiteQuote])` writes `SiteQuote($0, in: b)` for each quote, without
        // making the SiteQuotes (their ids and paths).
        // The briefing's fields read once, and each quote in place (a copy of each retained
        // every string of it).
        return elements { writeQuoteRecords(b, to: &$0) }
    }

    /// Writes the elements of `quoteRecords(b)` (none when it has no quotes) into `json`'s open array.
    static func writeQuoteRecords(_ b: BriefingSummary, to json: inout JSONWriter) {
        guard !b.quotes.isEmpty else { return }
        let slug = b.slug
        let path = b.path
        let date = b.date
        b.quotes.withUnsafeBufferPointer { quotes in
            for quote in quotes.indices {
                json.arrayElement()
                json.openObject()
                json.field("briefing", slug)
                json.field("date", isoDay: date)
                json.key("id")
                json.value(quoteID: slug, number: quotes[quote].number)
                json.field("kind", quotes[quote].kind.rawValue)
                json.key("path")
                json.value(quotePath: path, number: quotes[quote].number)
                json.field("speaker", quotes[quote].speaker)
                json.field("speakerID", quotes[quote].speakerID)
                json.field("text", quotes[quote].text)
                json.closeObject()
            }
        }
    }

    /// The elements of `quotes` in `data/quotes.json`.
    static func quoteRecords(_ quotes: [SiteQuote]) -> [UInt8] {
        elements { json in
            for q in quotes {
                json.arrayElement()
                json.openObject()
                json.field("briefing", q.briefingSlug)
                json.field("date", q.date?.isoDay)
                json.field("id", q.id)
                json.field("kind", q.quote.kind.rawValue)
                json.field("path", q.path)
                json.field("speaker", q.quote.speaker)
                json.field("speakerID", q.quote.speakerID)
                json.field("text", q.quote.text)
                json.closeObject()
            }
        }
    }

    /// `data/entities.json`: `EntityRecord`s, keys in sorted order.
    static func entitiesJSON(_ model: SiteModel) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(model.entities.count * 512)
        writeEntities(model, into: &bytes)
        return bytes
    }

    /// `entitiesJSON(model)` written into `sink` a part at a time: the whole file (5 MB at
    /// 10,000 briefings) is never in one buffer that grows by copying.
    static func writeEntities(_ model: SiteModel, into sink: inout some ByteSink) {
        // Each entity's lists by its number (`numbering`, one lookup per entity): the lists
        // `briefingIndicesByEntity()` and `quoteIndicesBySpeaker()` would give, without tables of them.
        let numbering = model.numbering
        // Each slug read out of its summary's box once, into one small array: the lists name
        // every briefing a dozen times, and reading it from the box each time missed the cache.
        let slugs = model.briefings.map(\.slug)
        var json = JSONWriter(capacity: flushSize + 4_096)
        json.openArray()
        // Each quote read in place: its id written from its slug and number (`SiteQuote.id` made
        // a String, and reading `model.quotes[q]` copied the quote, a retain of each of its strings).
        model.quotes.withUnsafeBufferPointer { quotes in
            for e in model.entities {
                json.flush(into: &sink, atLeast: flushSize)
                let number = numbering.numbers[e.id]
                json.arrayElement()
                json.openObject()
                json.field("aliases", strings: e.aliases)
                json.field("briefings", strings: (number.map { numbering.briefings[$0] } ?? []).lazy.map { slugs[$0] })
                json.field("description", e.note?.description)
                json.field("id", e.id)
                json.field("mentions", e.mentionCount)
                json.field("name", e.name)
                json.field("path", e.path)
                json.key("quotes")
                json.openArray()
                if let number {
                    for q in numbering.quotes[number] {
                        json.arrayElement()
                        json.value(quoteID: quotes[q].briefingSlug, number: quotes[q].quote.number)
                    }
                }
                json.closeArray()
                json.field("type", e.type.rawValue)
                json.closeObject()
            }
        }
        json.closeArray()
        json.flush(into: &sink, atLeast: 0)
    }

    /// How much a file written a part at a time (the data files) holds before the part goes to
    /// its sink: a `StreamedFile` writes a part this large as it is, without copying it.
    static let flushSize = 1 << 18

    /// `JSONEncoder` with the options that make the files' bytes (kept for the tests that hold
    /// the two equal).
    static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Plain arrays of strings and numbers always encode.
        return (try? encoder.encode(value)) ?? Data("[]".utf8)
    }
}

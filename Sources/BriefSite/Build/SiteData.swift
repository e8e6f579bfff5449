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

    /// The three files.
    static func files(_ model: SiteModel) -> [OutputFile] {
        let briefings = model.briefings.map { b in
            BriefingRecord(
                id: b.slug, path: b.path, title: b.title, date: b.date?.isoDay, source: b.source, url: b.url,
                tags: b.tags, summary: b.summary, words: b.wordCount, readingMinutes: b.readingMinutes,
                entities: b.entities.map { EntityRef(id: $0.id, count: $0.count) },
                quotes: b.quotes.map { "\(b.slug)-\($0.anchor)" })
        }
        let byEntity = model.briefingsByEntity()
        let bySpeaker = model.quotesBySpeaker()
        let entities = model.entities.map { e in
            EntityRecord(
                id: e.id, path: e.path, name: e.name, type: e.type.rawValue, aliases: e.aliases,
                description: e.note?.description, mentions: e.mentionCount,
                briefings: (byEntity[e.id] ?? []).map(\.slug), quotes: (bySpeaker[e.id] ?? []).map(\.id))
        }
        let quotes = model.quotes.map { q in
            QuoteRecord(
                id: q.id, path: q.path, text: q.quote.text, kind: q.quote.kind.rawValue, speakerID: q.quote.speakerID,
                speaker: q.quote.speaker, briefing: q.briefingSlug, date: q.date?.isoDay)
        }
        return [
            OutputFile(path: "data/briefings.json", contents: encode(briefings)),
            OutputFile(path: "data/entities.json", contents: encode(entities)),
            OutputFile(path: "data/quotes.json", contents: encode(quotes)),
        ]
    }

    private static func encode(_ value: some Encodable) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Plain arrays of strings and numbers always encode.
        return (try? encoder.encode(value)) ?? Data("[]".utf8)
    }
}

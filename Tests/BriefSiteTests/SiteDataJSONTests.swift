import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// `data/*.json` is written byte by byte; it must stay exactly what `JSONEncoder` makes.
@Suite("Site data JSON")
struct SiteDataJSONTests {
    /// The records the way the files were encoded with `JSONEncoder`.
    static func encoded(_ model: SiteModel) -> [Data] {
        let briefings = model.briefings.map { b in
            SiteData.BriefingRecord(
                id: b.slug, path: b.path, title: b.title, date: b.date?.isoDay, source: b.source, url: b.url,
                tags: b.tags, summary: b.summary, words: b.wordCount, readingMinutes: b.readingMinutes,
                entities: b.entities.map { SiteData.EntityRef(id: $0.id, count: $0.count) },
                quotes: b.quotes.map { "\(b.slug)-\($0.anchor)" })
        }
        let byEntity = model.briefingsByEntity()
        let bySpeaker = model.quotesBySpeaker()
        let entities = model.entities.map { e in
            SiteData.EntityRecord(
                id: e.id, path: e.path, name: e.name, type: e.type.rawValue, aliases: e.aliases,
                description: e.note?.description, mentions: e.mentionCount,
                briefings: (byEntity[e.id] ?? []).map(\.slug), quotes: (bySpeaker[e.id] ?? []).map(\.id))
        }
        let quotes = model.quotes.map { q in
            SiteData.QuoteRecord(
                id: q.id, path: q.path, text: q.quote.text, kind: q.quote.kind.rawValue, speakerID: q.quote.speakerID,
                speaker: q.quote.speaker, briefing: q.briefingSlug, date: q.date?.isoDay)
        }
        return [SiteData.encode(briefings), SiteData.encode(entities), SiteData.encode(quotes)]
    }

    /// Every control character, quotes, backslashes, slashes and non-ASCII text.
    static let awkward = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) }.joined()
        + "\"\\/ <b>&amp;</b> \u{7F} é “curly” 日本 🇺🇦 \u{2028}\u{2029}"

    @Test func filesMatchJSONEncoder() {
        var model = EntityPagesTests.model()
        model.briefings[0].title = Self.awkward
        model.briefings[0].summary = nil
        model.briefings[1].source = "Reu\tters/\"AP\""
        model.briefings[1].tags = []
        model.quotes[0].quote.text = Self.awkward
        model.quotes[0].quote.speaker = nil
        model.entities[0].aliases = []
        let files = SiteData.files(model)
        #expect(files.map(\.path) == SiteData.paths)
        let expected = Self.encoded(model)
        for (file, data) in zip(files, expected) {
            #expect(file.contents == data, "\(file.path):\n\(String(decoding: file.contents, as: UTF8.self))")
        }
    }

    /// A rebuild concatenates each briefing's cached elements: the same bytes as the whole files.
    @Test func briefingFragmentsConcatenateToTheFiles() {
        var model = EntityPagesTests.model()
        model.briefings[0].title = Self.awkward
        model = SiteModel(briefings: model.briefings, merge: model.merge)
        #expect(model.quotes.count > 1)
        let briefings = SiteData.array(of: model.briefings.map { SiteData.briefingRecord($0)[...] }, capacity: 0)
        let quotes = SiteData.array(of: model.briefings.map { SiteData.quoteRecords($0)[...] }, capacity: 0)
        #expect(briefings == SiteData.briefingsJSON(model))
        #expect(quotes == SiteData.quotesJSON(model))
        #expect(Data(briefings) == Self.encoded(model)[0])
        #expect(Data(quotes) == Self.encoded(model)[2])
        // No briefing with quotes: the empty array.
        #expect(SiteData.array(of: [[UInt8]()[...]], capacity: 0) == Array("[]".utf8))
    }

    /// The build writes the records it makes from summaries straight into one writer, between
    /// stored fragments, and hands the bytes to the file in parts: the same bytes as the
    /// fragments joined, whichever elements are stored and wherever the parts end.
    @Test func recordsWrittenInPartsMatchTheJoinedFragments() {
        var model = EntityPagesTests.model()
        model.briefings[0].title = Self.awkward
        // A briefing without quotes adds no element to quotes.json.
        model = SiteModel(briefings: model.briefings + [SiteEntitiesTests.summary("quiet", [])], merge: model.merge)
        let briefings = model.briefings
        #expect(model.quotes.count > 1)
        for stored in 0..<(1 << briefings.count) {
            for partSize in [0, 1, 100, Int.max] {
                var briefingsFile: [UInt8] = []
                var quotesFile: [UInt8] = []
                var briefingsJSON = JSONWriter()
                var quotesJSON = JSONWriter()
                briefingsJSON.openArray()
                quotesJSON.openArray()
                for (index, summary) in briefings.enumerated() {
                    if stored & (1 << index) != 0 {
                        briefingsJSON.appendElements(StoredBytes(SiteData.briefingRecord(summary)))
                        quotesJSON.appendElements(StoredBytes(SiteData.quoteRecords(summary)))
                    } else {
                        SiteData.writeBriefingRecord(summary, to: &briefingsJSON)
                        SiteData.writeQuoteRecords(summary, to: &quotesJSON)
                    }
                    briefingsJSON.flush(into: &briefingsFile, atLeast: partSize)
                    quotesJSON.flush(into: &quotesFile, atLeast: partSize)
                }
                briefingsJSON.closeArray()
                quotesJSON.closeArray()
                briefingsJSON.flush(into: &briefingsFile, atLeast: 0)
                quotesJSON.flush(into: &quotesFile, atLeast: 0)
                #expect(briefingsFile == SiteData.briefingsJSON(model), "stored \(stored), parts of \(partSize)")
                #expect(quotesFile == SiteData.quotesJSON(model), "stored \(stored), parts of \(partSize)")
            }
        }
    }

    /// entities.json is handed over in parts once its buffer is full: a file larger than a part
    /// is still what `JSONEncoder` makes.
    @Test func entitiesLargerThanAPartMatchJSONEncoder() {
        var model = EntityPagesTests.model()
        #expect(model.entities.count > 1)
        model.entities[0].aliases = [String(repeating: "é\"", count: SiteData.flushSize / 2), "b"]
        let file = SiteData.files(model)[1]
        #expect(file.contents.count > SiteData.flushSize)
        #expect(file.contents == Self.encoded(model)[1])
    }

    @Test func emptyModelMatchesJSONEncoder() {
        let model = SiteModel(briefings: [], merge: SiteEntities())
        #expect(SiteData.files(model).map(\.contents) == Self.encoded(model))
    }

    @Test func numbersMatchJSONEncoder() {
        for number in [0, 7, -3, 10, 1_234_567, Int.max, Int.min] {
            var json = JSONWriter()
            json.openArray()
            json.arrayElement()
            json.value(number)
            json.closeArray()
            #expect(Data(json.bytes) == SiteData.encode([number]))
        }
    }

    /// Dates and quote ids and paths are written as bytes: the same as the strings they stand for.
    @Test func datesAndQuoteIDsMatchTheirStrings() throws {
        for text in ["2025-08-21", "0001-01-01", "9999-12-31", "2024-02-29"] {
            let date = try #require(PublicationDate(parsing: text))
            var json = JSONWriter()
            json.value(isoDay: date)
            var expected = JSONWriter()
            expected.value(date.isoDay)
            #expect(json.bytes == expected.bytes)
            #expect(json.bytes == Array("\"\(text)\"".utf8))
        }
        for (slug, number) in [("a", 1), ("nato-summit", 12), ("odd\"slug\\", 345)] {
            var json = JSONWriter()
            json.value(quoteID: slug, number: number)
            json.value(quotePath: "briefings/\(slug)/index.html", number: number)
            var expected = JSONWriter()
            expected.value("\(slug)-q-\(number)")
            expected.value("briefings/\(slug)/index.html#q-\(number)")
            #expect(json.bytes == expected.bytes)
        }
    }

    /// Escapes are found eight bytes at a time: each byte that needs one, and bytes that do not,
    /// at every offset against those words, as `JSONEncoder` writes them.
    @Test func escapesAtEveryOffsetMatchJSONEncoder() {
        let specials = (0..<0x20).map { String(UnicodeScalar(UInt8($0))) } + ["\"", "\\", "/", "\u{7F}", "é", " ", "~"]
        for special in specials {
            for offset in 0..<18 {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "z", count: 17 - offset) + special
                var json = JSONWriter()
                json.openArray()
                json.arrayElement()
                json.value(text)
                json.closeArray()
                #expect(Data(json.bytes) == SiteData.encode([text]), "\(Array(special.utf8)) at \(offset)")
            }
        }
    }

    /// Containers nested deeper than the 64 kept in a word still get their commas right.
    @Test func deeplyNestedArraysKeepTheirCommas() {
        for depth in [1, 63, 64, 65, 130] {
            var json = JSONWriter()
            for _ in 0..<depth {
                json.arrayElement()
                json.openArray()
                json.arrayElement()
                json.value(1)
            }
            for _ in 0..<depth {
                json.arrayElement()
                json.value(2)
                json.closeArray()
            }
            let expected = String(repeating: "[1,", count: depth) + String(repeating: "2]", count: depth)
            // Each inner array after its first element, then its last; the outer ones close after.
            #expect(String(decoding: json.bytes, as: UTF8.self) == expected.replacingOccurrences(of: "]2", with: "],2"))
        }
    }
}

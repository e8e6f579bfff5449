import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// A briefing dense with names (thousands of distinct entities, ten mentions each, found by
/// position through `FirstPositions`, not a scan per mention) comes back exactly. (Its speed is
/// the benchmark's to measure, not a timed test's: one failed on a loaded CI machine.)
@Suite("Dense cache encoding")
struct DenseCacheEncodingTests {
    /// `count` distinct entities (half of them also the summary's), ten mentions of each, and a
    /// quote per entity with that entity as its speaker.
    private func denseEntry(entities count: Int) -> (CachedBriefing, [EntityCount]) {
        let briefing = Briefing(path: "content/dense.md", format: .markdown, slug: "dense", title: "Dense", markdown: "Text.")
        var summary = BriefingSummary(briefing: briefing, summary: "Many names.")
        var entities: [Entity] = []
        var light: [EntityCount] = []
        for k in 0..<count {
            // Ids alike but for their end, as slugs of a long list of names are.
            let entity = Entity(id: "person-of-the-list-\(k)", name: "Person \(k)", type: k % 3 == 0 ? .org : .person)
            entities.append(entity)
            if k % 2 == 0 { light.append(EntityCount(id: entity.id, name: entity.name, type: entity.type, count: 10)) }
        }
        var mentions: [EntityMention] = []
        for round in 0..<10 {
            for k in 0..<count {
                let start = (round * count + k) * 12
                mentions.append(EntityMention(range: start..<(start + 9), entityID: entities[k].id, type: entities[k].type))
            }
        }
        let end = mentions.last?.range.upperBound ?? 0
        let quotes = (0..<count).map { k in
            Quote(range: (end + k * 20)..<(end + k * 20 + 15), kind: .full, cue: "said", speakerID: entities[k].id, speaker: entities[k].name)
        }
        summary.entities = light
        summary.quotes = (0..<count).map { k in
            QuoteSummary(number: k + 1, text: "Quote \(k).", kind: .full, speakerID: entities[k].id, speaker: entities[k].name)
        }
        let annotation = Annotation(mentions: mentions, quotes: quotes, entities: entities)
        var entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary))
        entry.heavy = CachedBriefing.Heavy(annotation: annotation)
        return (entry, light)
    }

    /// The least time of `runs` encodings of both parts of `entry`.
    @Test func aBriefingDenseWithNamesComesBackExactly() throws {
        let (entry, light) = denseEntry(entities: 600)
        let heavy = try #require(entry.heavy)
        var lightWriter = ByteWriter()
        entry.encode(into: &lightWriter)
        var lightReader = ByteReader(lightWriter.bytes)
        let decoded = try CachedBriefing(from: &lightReader)
        #expect(lightReader.atEnd)
        #expect(decoded.entities == entry.entities)
        #expect(decoded.quotes == entry.quotes)
        #expect(decoded.entityIDs == entry.entityIDs)
        // Every id was one of the summary's entities or not: positions where it was.
        #expect(decoded.entityIDPositions.count(where: { $0 >= 0 }) == light.count)
        var heavyWriter = ByteWriter()
        heavy.encode(into: &heavyWriter, light: light)
        var heavyReader = ByteReader(heavyWriter.bytes)
        let decodedHeavy = try CachedBriefing.Heavy(from: &heavyReader, light: decoded.entities)
        #expect(heavyReader.atEnd)
        #expect(decodedHeavy.annotation == heavy.annotation)
        // Mentions and speakers are positions, not ids: no id is spelled out twice.
        let needle = Array("person-of-the-list-599".utf8)
        let spelled = (0...(heavyWriter.bytes.count - needle.count)).count { Array(heavyWriter.bytes[$0..<($0 + needle.count)]) == needle }
        #expect(spelled == 1)
    }

    /// Ids that differ only in Unicode normalization are different entities to the cache: each
    /// mention and speaker comes back with its own entity's bytes.
    @Test func idsInTwoNormalizationsStayApart() throws {
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        let entities = [
            Entity(id: composed, name: "Café NFC", type: .place),
            Entity(id: decomposed, name: "Café NFD", type: .place),
        ]
        // Enough other entities that the table, not the short scan, finds them.
        let others = (0..<(FirstPositions.scannedCount + 4)).map { Entity(id: "other-\($0)", name: "Other \($0)", type: .org) }
        let all = others + entities
        let annotation = Annotation(
            mentions: [
                EntityMention(range: 0..<4, entityID: decomposed, type: .place),
                EntityMention(range: 5..<9, entityID: composed, type: .place),
            ],
            quotes: [Quote(range: 10..<20, kind: .full, speakerID: decomposed, speaker: "Café NFD")],
            entities: all)
        let light = [EntityCount(id: decomposed, name: "Café NFD", type: .place, count: 1)]
        var writer = ByteWriter()
        CachedBriefing.Heavy(annotation: annotation).encode(into: &writer, light: light)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing.Heavy(from: &reader, light: light).annotation
        let bytes = { (text: String?) in text.map { Array($0.utf8) } }
        #expect(decoded.entities.map { bytes($0.id) } == all.map { bytes($0.id) })
        #expect(decoded.mentions.map { bytes($0.entityID) } == [bytes(decomposed), bytes(composed)])
        #expect(bytes(decoded.quotes.first?.speakerID) == bytes(decomposed))
    }

    @Test func firstPositionsFindsTheFirstOfEqualBytes() {
        for count in [3, 40, 1_000] {
            let strings = (0..<count).map { "s\($0 % (count / 3 + 1))" }
            let table = FirstPositions(strings)
            for (k, text) in strings.enumerated() {
                #expect(table.position(of: text) == strings.firstIndex(of: text), "\(k) of \(count)")
            }
            #expect(table.position(of: "absent") == nil)
        }
    }

    /// A row's reader ends where the row does: a count written in a row (here a million
    /// entities) is damage when the row cannot hold it, even though the file goes on, and
    /// nothing is reserved for it.
    @Test func aRowsReaderStopsAtTheRowsEnd() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("row-bounds-\(UInt32.random(in: 0...UInt32.max)).bin")
        defer { try? FileManager.default.removeItem(at: url) }
        var row = ByteWriter()
        row.writeCompact(nil as String?)
        row.writeVarint(0)
        row.write(UInt64(0))
        row.write(UInt64(0))
        row.writeVarint(1_000_000)
        let rowEnd = row.bytes.count
        // What follows the row: another 2 MB of the file.
        let file = row.bytes + [UInt8](repeating: 0, count: 2_000_000)
        try Data(file).write(to: url)
        let mapped = try #require(MappedFile(url: url))
        let countAt = rowEnd - ByteWriter.varintSize(1_000_000)
        var whole = ByteReader(mapped, offset: countAt)
        var bounded = ByteReader(mapped, offset: countAt, end: rowEnd)
        #expect(try whole.readVarintCount() == 1_000_000, "the whole file could hold the count")
        #expect(throws: ByteReader.Damaged.self) { try bounded.readVarintCount() }
        var reader = ByteReader(mapped, offset: 0, end: rowEnd)
        #expect(throws: ByteReader.Damaged.self) { try CachedBriefing(from: &reader) }
    }
}

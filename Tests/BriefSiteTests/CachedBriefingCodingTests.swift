import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

@Suite("Cached briefing rows")
struct CachedBriefingCodingTests {
    /// The entity ids a body depends on are stored as positions among the summary's entities
    /// where they are one of them, else as themselves: both come back, in order.
    @Test func entityIDsComeBackWhetherOrNotTheyAreTheSummarysEntities() throws {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        var summary = BriefingSummary(briefing: briefing, summary: "A summary.")
        summary.entities = [
            EntityCount(id: "international-monetary-fund", name: "International Monetary Fund", type: .org, count: 2),
            EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 1),
        ]
        let annotation = Annotation(
            mentions: [
                EntityMention(range: 0..<4, entityID: "kyiv", type: .place),
                EntityMention(range: 5..<9, entityID: "Not A Slug", type: .person),
                EntityMention(range: 10..<14, entityID: "international-monetary-fund", type: .org),
            ],
            quotes: [Quote(range: 20..<30, kind: .full, speakerID: "speaker-only-in-quotes")])
        let entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary))
        #expect(entry.entityIDs == ["kyiv", "Not A Slug", "international-monetary-fund", "speaker-only-in-quotes"])
        var writer = ByteWriter()
        entry.encode(into: &writer)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing(from: &reader)
        #expect(decoded.entityIDs == entry.entityIDs)
        #expect(decoded.entities == entry.entities)
        #expect(reader.atEnd)
    }

    /// A row keeps its search document's hash (the search index's key reads it instead of
    /// hashing the document): it comes back with the fragments, and is the document's own hash
    /// whether the fragments were made from bytes or read back; the data-file fragments still
    /// end the row.
    @Test func theSearchDocumentsHashComesBackWithItsFragments() throws {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        let summary = BriefingSummary(briefing: briefing, summary: "A summary.")
        var entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: Annotation(), summary: summary))
        let document: [UInt8] = Array("{\"t\":\"A made-up document\"}".utf8)
        let quotes: [UInt8] = Array("[\"q\"]".utf8)
        entry.searchKey = 7
        entry.fragments = CachedBriefing.Fragments(search: StoredBytes(document), briefing: StoredBytes([1, 2, 3]), quotes: StoredBytes(quotes))
        let expected = document.withUnsafeBytes { FNV64.hash($0) }
        #expect(entry.fragments?.searchHash == expected)
        var writer = ByteWriter()
        entry.encode(into: &writer)
        #expect(Array(writer.bytes.suffix(quotes.count)) == quotes, "the quotes' records end the row")
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing(from: &reader)
        #expect(reader.atEnd)
        let fragments = try #require(decoded.fragments)
        #expect(fragments.searchHash == expected)
        #expect(fragments.search.withUnsafeBytes { Array($0) } == document)
        let other = CachedBriefing.Fragments(search: StoredBytes(document + [0x20]), briefing: .empty, quotes: .empty)
        #expect(other.searchHash != expected)
    }

    /// An id that `==` takes for an entity's (another Unicode normalization of the same text) is
    /// not stored as that entity's position: it comes back with its own bytes.
    @Test func anIDInAnotherNormalizationComesBackByteForByte() throws {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        var summary = BriefingSummary(briefing: briefing, summary: nil)
        summary.entities = [EntityCount(id: composed, name: "Café", type: .place, count: 1)]
        let annotation = Annotation(mentions: [EntityMention(range: 0..<4, entityID: decomposed, type: .place)])
        let entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary))
        #expect(entry.entityIDs.map { Array($0.utf8) } == [Array(decomposed.utf8)])
        var writer = ByteWriter()
        entry.encode(into: &writer)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing(from: &reader)
        #expect(decoded.entityIDs.map { Array($0.utf8) } == [Array(decomposed.utf8)])
    }

    /// A position past the summary's entities is damage, not an id.
    @Test func aPositionOutOfRangeIsDamage() {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        let summary = BriefingSummary(briefing: briefing, summary: nil)
        var tampered = ByteWriter()
        var good = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: Annotation(), summary: summary))
        good.entityIDs = ["x"]
        good.entities = [EntityCount(id: "x", name: "X", type: .other, count: 1)]
        good.encode(into: &tampered)
        // One id at position 0 of one entity; the position (a one-byte zigzag varint before the
        // body and search keys, two UInt64 at the end) is made 5.
        let positionOffset = tampered.bytes.count - 17
        #expect(tampered.bytes[positionOffset] == 0)
        tampered.bytes[positionOffset] = 10
        var reader = ByteReader(tampered.bytes)
        #expect(throws: ByteReader.Damaged.self) { try CachedBriefing(from: &reader) }
    }
}

@Suite("Cache writer")
struct CacheWriterTests {
    /// Heavy parts are no longer written out one by one: at every moment of a build the rows
    /// on disk (which the next build reads, even after a kill) point only at heavy parts that
    /// are on disk too, and after `finish` every entry reads back whole.
    @Test func rowsOnDiskNeverPointPastTheHeavyFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-writer-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = CacheWriter(folder: folder, old: BuildCache.load(from: folder))
        let count = 120
        writer.plan(keys: (0..<count).map(UInt64.init))
        var rowsSeenOnDisk = 0
        for index in 0..<count {
            let briefing = Briefing(path: "content/\(index).md", format: .markdown, slug: "b\(index)", title: "B", markdown: "Text.")
            // Rows of about 40 KB (the rows' buffer writes out every 26 or so) and heavy parts of
            // about 20 KB (never enough to write out the heavy buffer on their own).
            let summary = BriefingSummary(briefing: briefing, summary: String(repeating: "s", count: 40_000 + index))
            var entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: Annotation(), summary: summary))
            let named = Entity(id: "e", name: String(repeating: "h", count: 20_000 + index), type: .other)
            entry.heavy = CachedBriefing.Heavy(annotation: Annotation(entities: [named]))
            writer.append(UInt64(index), entry, heavyIsNew: true)
            let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            let heavyName = try #require(names.first { $0.hasPrefix("heavy-") })
            let rowsName = try #require(names.first { $0.hasPrefix(BuildCache.fileName) })
            let heavySize = try #require(try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(heavyName).path)[.size] as? Int)
            let rows = try [UInt8](Data(contentsOf: folder.appendingPathComponent(rowsName)))
            var reader = ByteReader(rows, offset: BuildCache.headerSize)
            var complete = 0
            while let _ = try? reader.readUInt64(), let _ = try? reader.readUInt64(), let light = try? reader.readInt(),
                let offset = try? reader.readInt(), let length = try? reader.readInt(), let _ = try? reader.readUInt64(),
                light <= reader.count - reader.offset {
                #expect(offset + length <= heavySize, "row \(complete) after \(index + 1) appends")
                reader.offset += light
                complete += 1
            }
            rowsSeenOnDisk = max(rowsSeenOnDisk, complete)
        }
        #expect(rowsSeenOnDisk > 0, "the rows' buffer was written out during the build")
        #expect(writer.finish(keys: (0..<count).map(UInt64.init)) == nil)
        let cache = BuildCache.load(from: folder)
        for index in 0..<count {
            let entry = try #require(cache.entry(UInt64(index)))
            #expect(entry.summaryText?.utf8.count == 40_000 + index)
            #expect(entry.heavy?.annotation.entities.first?.name.utf8.count == 20_000 + index)
        }
    }
}

import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// The cache writer puts a row's fragments straight into the rows file's buffer and encodes the
/// rest into buffers it reuses (`CacheWriter.append`); the encoder finds strings by their bits
/// before their bytes (`FirstPositions`, `CachedBriefing.sameBytes`). What is written must be
/// exactly what `CachedBriefing.encode` and `Heavy.encode` make, for any order and size of entries.
@Suite("Cache writer rows")
struct CacheWriterRowTests {
    /// A string of `text`'s bytes in storage of its own (not a copy of `text`'s value).
    private func fresh(_ text: String) -> String { String(decoding: Array(text.utf8), as: UTF8.self) }

    private func entry(_ index: Int, entityCount: Int, withFragments: Bool = true) -> CachedBriefing {
        let briefing = Briefing(path: "content/\(index).md", format: .markdown, slug: "b\(index)", title: "B", markdown: "Text.")
        // Ids longer than a small string, so copies share storage and fresh ones do not.
        let entities = (0..<entityCount).map {
            Entity(id: "entity-with-a-long-id-\(index)-\($0)", name: "Entity Number \($0)", type: .person, role: $0 % 3 == 0 ? "Role \($0)" : nil)
        }
        var mentions: [EntityMention] = []
        for m in 0..<(entityCount * 3) {
            let e = (m * 7) % max(entityCount, 1)
            // Every fourth mention names its entity by an equal string of its own.
            let id = entityCount == 0 ? "nobody" : (m % 4 == 0 ? fresh(entities[e].id) : entities[e].id)
            mentions.append(EntityMention(range: (m * 10)..<(m * 10 + 5), entityID: id, type: .person))
        }
        let quotes = entities.prefix(3).enumerated().map { q, entity in
            Quote(range: (100_000 + q * 50)..<(100_000 + q * 50 + 20), kind: .full, cue: "said", speakerID: entity.id, speaker: fresh(entity.name))
        }
        let annotation = Annotation(mentions: mentions, quotes: quotes, entities: entities)
        var summary = BriefingSummary(briefing: briefing, summary: "Summary \(index)")
        // The light part's entities: the annotation's strings, in another order (as `annotate` sorts them).
        summary.entities = entities.reversed().map { EntityCount(id: $0.id, name: $0.name, type: $0.type, count: 2, role: $0.role) }
        var entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary))
        if withFragments {
            entry.searchKey = UInt64(index + 1)
            let byte = { (seed: Int, count: Int) in (0..<count).map { UInt8(truncatingIfNeeded: $0 &* 13 &+ seed) } }
            entry.fragments = CachedBriefing.Fragments(
                search: StoredBytes(byte(index, 300 + index * 11)), briefing: StoredBytes(byte(index + 1, 90 + index)),
                quotes: StoredBytes(byte(index + 2, index % 4 == 0 ? 0 : 200 + index * 5)))
        }
        return entry
    }

    @Test func rowsAndHeavyPartsAreWhatTheEncodersMake() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cache-rows-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = CacheWriter(folder: folder, old: BuildCache.load(from: folder))
        // Small lists (scanned), large ones (tables), none, one far larger than a reused buffer
        // keeps, then small ones again; and entries without fragments.
        let sizes = [0, 3, 16, 17, 40, 5_000, 2, 30, 1, 60]
        writer.plan(keys: sizes.indices.map(UInt64.init))
        var entries: [CachedBriefing] = []
        for (index, size) in sizes.enumerated() {
            let made = entry(index, entityCount: size, withFragments: index % 3 != 2)
            entries.append(made)
            writer.append(UInt64(index), made, heavyIsNew: true)
        }
        #expect(writer.finish(keys: sizes.indices.map(UInt64.init)) == nil)
        let cache = BuildCache.load(from: folder)
        let rows = try #require(MappedFile(url: folder.appendingPathComponent(BuildCache.fileName)))
        for (index, made) in entries.enumerated() {
            let row = try #require(cache.entries[UInt64(index)])
            var light = ByteWriter()
            made.encode(into: &light)
            #expect(Array(UnsafeRawBufferPointer(rebasing: rows.bytes[row.light])) == light.bytes, "light part \(index)")
            var heavy = ByteWriter()
            try #require(made.heavy).encode(into: &heavy, light: made.entities)
            let storedHeavy = try #require(BuildCache.readBytes(descriptor: cache.descriptor, at: row.heavy.lowerBound, count: row.heavy.count))
            #expect(storedHeavy == heavy.bytes, "heavy part \(index)")
            // And both read back as the entry written.
            let read = try #require(cache.entry(UInt64(index)), "entry \(index)")
            #expect(read.heavy?.annotation == made.heavy?.annotation)
            #expect(read.entities == made.entities)
            #expect(read.fragments?.search.withUnsafeBytes { Array($0) } == made.fragments?.search.withUnsafeBytes { Array($0) })
        }
    }

    @Test func stringsAreEqualByBytesWhetherCopiesOrNot() {
        let long = "an-identifier-longer-than-fifteen-bytes"
        let copy = long
        #expect(String.isSameValue(long, copy))
        #expect(!String.isSameValue(long, fresh(long)), "another storage of the same bytes")
        #expect(CachedBriefing.sameBytes(long, fresh(long)))
        #expect(!CachedBriefing.sameBytes(long, fresh(long + "x")))
        #expect(!CachedBriefing.sameBytes(long, String(long.dropLast()) + "y"), "same length, another last byte")
        #expect(!CachedBriefing.sameBytes("caf\u{E9}", "cafe\u{301}"), "another normalization is another name")
        #expect(CachedBriefing.sameBytes("", fresh("")))
    }

    /// Equal strings in storages of their own: whichever is looked up (a copy of a later one, or
    /// another string of the same bytes), the answer is the first of those bytes.
    @Test func firstPositionsFindsTheFirstOfEqualBytesInAnyStorage() {
        for count in [5, FirstPositions.scannedCount, FirstPositions.scannedCount + 1, 300] {
            let strings = (0..<count).map { fresh("a-string-longer-than-a-small-one-\($0 % (count / 2 + 1))") }
            let table = FirstPositions(strings)
            for (k, text) in strings.enumerated() {
                let first = strings.firstIndex { Array($0.utf8) == Array(text.utf8) }
                #expect(table.position(of: text) == first, "a copy of \(k) of \(count)")
                #expect(table.position(of: fresh(text)) == first, "equal bytes of \(k) of \(count)")
            }
            #expect(table.position(of: fresh("a-string-longer-than-a-small-one-absent")) == nil)
        }
    }

    /// The entry's ids (`CachedBriefing.entityIDs`, the annotation's `entityIDsInOrderOfFirstUse`)
    /// are the distinct ids as a `Set<String>` tells them apart (canonical equivalence), in order
    /// of first use, whether a mention's id is a copy of its entity's, another string of its
    /// bytes, or canonically equal to it.
    @Test func entityIDsAreTheAnnotationsListForAnyStrings() {
        let long = (0..<40).map { "an-entity-with-a-long-identifier-\($0)" }
        let variants: [(Int) -> String] = [
            { long[$0] },
            { fresh(long[$0]) },
            { "e\($0 % 7)" },
            { $0 % 2 == 0 ? "caf\u{E9}-\($0 % 3)" : "cafe\u{301}-\($0 % 3)" },
            { $0 % 5 == 0 ? "\u{212A}" : "K" },
        ]
        for mentionCount in [0, 1, 9, 200] {
            var mentions: [EntityMention] = []
            for m in 0..<mentionCount {
                let id = variants[(m * 3) % variants.count]((m * 7) % long.count)
                mentions.append(EntityMention(range: m..<(m + 1), entityID: id, type: .person))
            }
            let quotes = (0..<5).map { q in
                Quote(range: (1_000 + q)..<(1_001 + q), kind: .full, speakerID: q == 4 ? nil : variants[q % variants.count](q + 30))
            }
            let entities = long.prefix(12).map { Entity(id: $0, name: $0, type: .person) }
            let annotation = Annotation(mentions: mentions, quotes: quotes, entities: entities)
            var seen: Set<String> = []
            let used = annotation.mentions.map(\.entityID) + annotation.quotes.compactMap(\.speakerID)
            let expected = used.filter { seen.insert($0).inserted }
            let made = CachedBriefing.entityIDs(of: annotation)
            #expect(made.map { Array($0.utf8) } == expected.map { Array($0.utf8) }, "\(mentionCount) mentions")
        }
    }
}

import BriefAnnotate
import BriefContent
import Foundation
import Testing
@testable import BriefSite

/// A full build's data files take this build's records back from the cache's rows file
/// (`CacheWriter.dataFragments`): the places `append` reports must hold exactly the records.
@Suite("Written fragments")
struct WrittenFragmentsTests {
    private func bytes(_ seed: Int, count: Int) -> [UInt8] {
        (0..<count).map { UInt8(truncatingIfNeeded: ($0 &* 31) ^ (seed &* 7)) }
    }

    private func entry(_ index: Int, briefing: [UInt8], quotes: [UInt8]) -> CachedBriefing {
        let made = Briefing(path: "content/\(index).md", format: .markdown, slug: "b\(index)", title: "B", markdown: "Text.")
        let summary = BriefingSummary(briefing: made, summary: "Summary \(index)")
        var entry = CachedBriefing(AnnotatedBriefing(briefing: made, annotation: Annotation(), summary: summary))
        let named = Entity(id: "e\(index)", name: String(repeating: "n", count: 3_000 + index), type: .person)
        entry.heavy = CachedBriefing.Heavy(annotation: Annotation(entities: [named]))
        entry.searchKey = UInt64(index + 1)
        entry.fragments = CachedBriefing.Fragments(
            search: StoredBytes(bytes(index + 1, count: 500 + index % 7)), briefing: StoredBytes(briefing), quotes: StoredBytes(quotes))
        return entry
    }

    @Test func placesHoldTheRecordsInAnyOrderOfReading() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("written-fragments-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = CacheWriter(folder: folder, old: BuildCache.load(from: folder))
        let count = 400
        writer.plan(keys: (0..<count).map(UInt64.init))
        var expected: [(briefing: [UInt8], quotes: [UInt8])] = []
        var places: [CacheWriter.DataFragmentPlaces] = []
        for index in 0..<count {
            // Sizes that vary, empty quotes now and then, and one record larger than the reader's
            // first buffer (and than the rows file's, so written out directly).
            let briefingCount = index == 250 ? (1 << 20) + 12_345 : 200 + (index * 37) % 3_000
            let records = (bytes(index, count: briefingCount), index % 5 == 0 ? [] : bytes(index + 9, count: 100 + index % 900))
            expected.append(records)
            places.append(try #require(writer.append(UInt64(index), entry(index, briefing: records.0, quotes: records.1), heavyIsNew: true)))
        }
        let written = try #require(writer.dataFragments())
        // Forwards, backwards and hopping: every range reads back as written.
        let order = Array(0..<count) + Array((0..<count).reversed()) + (0..<count).map { ($0 * 173) % count }
        for index in order {
            var briefing: [UInt8] = []
            var quotes: [UInt8] = []
            #expect(written.withBytes(places[index].briefing) { briefing = Array($0) })
            #expect(written.withBytes(places[index].quotes) { quotes = Array($0) })
            #expect(briefing == expected[index].briefing, "briefing record \(index)")
            #expect(quotes == expected[index].quotes, "quote records \(index)")
        }
        // Nothing past what was written out when the reader was made.
        #expect(!written.withBytes(written.end..<(written.end + 1)) { _ in })
        // And the rows are the cache's as before: read back whole by the next build.
        #expect(writer.finish(keys: (0..<count).map(UInt64.init)) == nil)
        let cache = BuildCache.load(from: folder)
        for index in [0, 1, 249, 250, 251, count - 1] {
            let stored = try #require(cache.entry(UInt64(index))?.fragments)
            #expect(stored.briefing.withUnsafeBytes { Array($0) } == expected[index].briefing)
            #expect(stored.quotes.withUnsafeBytes { Array($0) } == expected[index].quotes)
        }
    }

    @Test func aRowNotWrittenHasNoPlaces() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("written-fragments-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = CacheWriter(folder: folder, old: BuildCache.load(from: folder))
        writer.plan(keys: [7])
        #expect(writer.dataFragments() == nil, "no rows file yet")
        #expect(writer.append(7, entry(7, briefing: bytes(1, count: 10), quotes: []), heavyIsNew: true) != nil)
        // The first entry for a key wins; a second is not written.
        #expect(writer.append(7, entry(7, briefing: bytes(2, count: 10), quotes: []), heavyIsNew: true) == nil)
        var fresh = entry(8, briefing: [], quotes: [])
        fresh.fragments = nil
        #expect(writer.append(8, fresh, heavyIsNew: true) == nil, "no fragments, no places")
        writer.discard()
    }
}

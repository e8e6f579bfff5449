import BriefAnnotate
import BriefContent
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

    /// A position past the summary's entities is damage, not an id.
    @Test func aPositionOutOfRangeIsDamage() {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        let summary = BriefingSummary(briefing: briefing, summary: nil)
        var tampered = ByteWriter()
        var good = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: Annotation(), summary: summary))
        good.entityIDs = ["x"]
        good.entities = [EntityCount(id: "x", name: "X", type: .other, count: 1)]
        good.encode(into: &tampered)
        // One id at position 0 of one entity; the position (the last Int before the body and
        // search keys, two UInt64 at the end) is made 5.
        let positionOffset = tampered.bytes.count - 24
        tampered.bytes.replaceSubrange(positionOffset..<(positionOffset + 8), with: withUnsafeBytes(of: Int64(5).littleEndian) { Array($0) })
        var reader = ByteReader(tampered.bytes)
        #expect(throws: ByteReader.Damaged.self) { try CachedBriefing(from: &reader) }
    }
}

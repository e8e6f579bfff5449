import BriefAnnotate
import BriefContent
import Testing
@testable import BriefSite

/// The cache's compact forms (`ByteWriter.writeVarint` and friends) and the entries written with
/// them: everything comes back byte for byte, and damage is an error, never a wrong value.
@Suite("Compact cache coding")
struct CompactCacheCodingTests {
    @Test(arguments: [UInt64(0), 1, 0x7F, 0x80, 0x3FFF, 0x4000, 1 << 35, UInt64(Int.max), UInt64.max - 1, UInt64.max])
    func aVarintComesBackAndTakesTheBytesItSays(number: UInt64) throws {
        var writer = ByteWriter()
        writer.writeVarint(number)
        #expect(writer.bytes.count == max(1, (64 - number.leadingZeroBitCount + 6) / 7))
        if number <= UInt64(Int.max) { #expect(ByteWriter.varintSize(Int(number)) == writer.bytes.count) }
        var reader = ByteReader(writer.bytes)
        #expect(try reader.readVarint() == number)
        #expect(reader.atEnd)
        // Cut short anywhere: damage.
        for cut in 0..<writer.bytes.count {
            var short = ByteReader(Array(writer.bytes[..<cut]))
            #expect(throws: ByteReader.Damaged.self) { try short.readVarint() }
        }
    }

    @Test(arguments: [0, 1, -1, 63, -64, 64, -65, Int.max, Int.min, Int.min + 1])
    func aSignedVarintComesBack(number: Int) throws {
        var writer = ByteWriter()
        writer.writeSignedVarint(number)
        if number >= -64, number < 64 { #expect(writer.bytes.count == 1, "small numbers of either sign take one byte") }
        var reader = ByteReader(writer.bytes)
        #expect(try reader.readSignedVarint() == number)
        #expect(reader.atEnd)
    }

    /// Eleven bytes, or a tenth byte above 1, would not fit in 64 bits: damage.
    @Test func anOverlongVarintIsDamage() {
        var tooLong = ByteReader([UInt8](repeating: 0xFF, count: 10) + [0x01])
        #expect(throws: ByteReader.Damaged.self) { try tooLong.readVarint() }
        var tooHigh = ByteReader([UInt8](repeating: 0xFF, count: 9) + [0x02])
        #expect(throws: ByteReader.Damaged.self) { try tooHigh.readVarint() }
        // A length past what is left.
        var length = ByteReader([0x05, 0x61, 0x62])
        #expect(throws: ByteReader.Damaged.self) { try length.readCompactString() }
    }

    private func annotatedEntry() -> (CachedBriefing, [EntityCount]) {
        let briefing = Briefing(path: "content/a.md", format: .markdown, slug: "a", title: "A", markdown: "Text.")
        var summary = BriefingSummary(briefing: briefing, summary: "Kyiv and the fund.")
        let light = [
            EntityCount(id: "kyiv", name: "Kyiv", type: .place, count: 2),
            EntityCount(id: "imf", name: "International Monetary Fund", type: .org, count: 1, role: "lender"),
            EntityCount(id: "ana-lopez", name: "Ana Lopez", type: .person, count: 1, role: "Minister"),
        ]
        summary.entities = light
        summary.quotes = [
            // The speaker one of the entities, by id and name.
            QuoteSummary(number: 1, text: "We will.", kind: .full, speakerID: "ana-lopez", speaker: "Ana Lopez"),
            // An id of an entity with another name, an id alone, neither.
            QuoteSummary(number: 2, text: "Never.", kind: .dash, speakerID: "ana-lopez", speaker: "Lopez"),
            QuoteSummary(number: 3, text: "Soon", kind: .partial, speakerID: "someone", speaker: nil),
            QuoteSummary(number: 4, text: "“Quoted” é 日本", kind: .partial),
        ]
        let annotation = Annotation(
            mentions: [
                EntityMention(range: 0..<4, entityID: "kyiv", type: .place),
                EntityMention(range: 9..<36, entityID: "imf", type: .org),
                // An id none of the entities has, and a range before the last (not sorted).
                EntityMention(range: 5..<8, entityID: "Not An Entity", type: .person),
                EntityMention(range: 100..<109, entityID: "ana-lopez", type: .person),
                EntityMention(range: 200..<204, entityID: "kyiv", type: .place),
            ],
            quotes: [
                Quote(range: 120..<128, kind: .full, cue: "said", speakerID: "ana-lopez", speaker: "Ana Lopez"),
                Quote(range: 130..<136, kind: .dash, cue: nil, speakerID: "ana-lopez", speaker: "Lopez"),
                Quote(range: 110..<114, kind: .partial, cue: "according to", speakerID: nil, speaker: "Someone"),
            ],
            entities: [
                Entity(id: "kyiv", name: "Kyiv", type: .place),
                // The light entity with another role, and one that is not a light entity.
                Entity(id: "imf", name: "International Monetary Fund", type: .org, role: nil),
                Entity(id: "ana-lopez", name: "Ana Lopez", type: .person, role: "Minister"),
                Entity(id: "only-here", name: "Only Here", type: .group),
            ])
        var entry = CachedBriefing(AnnotatedBriefing(briefing: briefing, annotation: annotation, summary: summary))
        entry.heavy = CachedBriefing.Heavy(annotation: annotation)
        return (entry, light)
    }

    @Test func theLightPartComesBackWithItsQuoteSpeakers() throws {
        let (entry, _) = annotatedEntry()
        var writer = ByteWriter()
        entry.encode(into: &writer)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing(from: &reader)
        #expect(reader.atEnd)
        #expect(decoded.quotes == entry.quotes)
        #expect(decoded.entities == entry.entities)
        #expect(decoded.entityIDs == entry.entityIDs)
        #expect(decoded.summaryText == entry.summaryText)
        #expect(decoded.wordCount == entry.wordCount)
    }

    @Test func theHeavyPartComesBackExactly() throws {
        let (entry, light) = annotatedEntry()
        let heavy = try #require(entry.heavy)
        var writer = ByteWriter()
        heavy.encode(into: &writer, light: light)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing.Heavy(from: &reader, light: light)
        #expect(reader.atEnd)
        #expect(decoded.annotation == heavy.annotation)
        // Ids and names are spelled out only where they are not a light entity's (the fund, whose
        // role differs, and `only-here`) nor the annotation's (`Not An Entity`, and the second
        // quote's speaker, under another name).
        func occurrences(_ text: String) -> Int {
            let needle = Array(text.utf8)
            return (0...(writer.bytes.count - needle.count)).count { Array(writer.bytes[$0..<($0 + needle.count)]) == needle }
        }
        #expect(occurrences("ana-lopez") == 1)
        #expect(occurrences("Ana Lopez") == 0)
        #expect(occurrences("kyiv") == 0)
        #expect(occurrences("International Monetary Fund") == 1)
        #expect(occurrences("only-here") == 1)
        #expect(occurrences("Not An Entity") == 1)
        #expect(occurrences("Lopez") == 1, "the second quote's speaker name, not the entity's")
    }

    /// A heavy part read with other light entities than it was written with (not one of its
    /// row) fails instead of naming the wrong entities.
    @Test func theHeavyPartReadWithOtherLightEntitiesIsDamage() {
        let (entry, light) = annotatedEntry()
        var writer = ByteWriter()
        entry.heavy!.encode(into: &writer, light: light)
        var reader = ByteReader(writer.bytes)
        #expect(throws: ByteReader.Damaged.self) { try CachedBriefing.Heavy(from: &reader, light: Array(light.dropLast())) }
    }

    /// An id in another Unicode normalization than its entity's (`==` says equal, the bytes
    /// differ) is stored as itself, in the heavy part too.
    @Test func aMentionInAnotherNormalizationComesBackByteForByte() throws {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        let annotation = Annotation(
            mentions: [EntityMention(range: 0..<5, entityID: decomposed, type: .place)],
            quotes: [Quote(range: 10..<12, kind: .full, speakerID: decomposed, speaker: composed)],
            entities: [Entity(id: composed, name: composed, type: .place)])
        let light = [EntityCount(id: composed, name: decomposed, type: .place, count: 1)]
        var writer = ByteWriter()
        CachedBriefing.Heavy(annotation: annotation).encode(into: &writer, light: light)
        var reader = ByteReader(writer.bytes)
        let decoded = try CachedBriefing.Heavy(from: &reader, light: light)
        #expect(decoded.annotation.mentions.map { Array($0.entityID.utf8) } == [Array(decomposed.utf8)])
        #expect(decoded.annotation.quotes.map { $0.speakerID.map { Array($0.utf8) } } == [Array(decomposed.utf8)])
        #expect(decoded.annotation.entities.map { Array($0.name.utf8) } == [Array(composed.utf8)])
    }

    /// Every byte of a heavy part flipped or cut: an error or a valid annotation, never a trap
    /// (the checksum catches damage first; this is the decoder's own guard).
    @Test func damagedHeavyBytesNeverTrap() {
        let (entry, light) = annotatedEntry()
        var writer = ByteWriter()
        entry.heavy!.encode(into: &writer, light: light)
        for index in writer.bytes.indices {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var bytes = writer.bytes
                bytes[index] ^= flip
                var reader = ByteReader(bytes)
                _ = try? CachedBriefing.Heavy(from: &reader, light: light)
            }
            var cut = ByteReader(Array(writer.bytes[..<index]))
            #expect(throws: ByteReader.Damaged.self) { try CachedBriefing.Heavy(from: &cut, light: light) }
        }
    }
}

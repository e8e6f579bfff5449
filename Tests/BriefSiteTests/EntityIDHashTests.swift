import BriefBytes
import Testing
@testable import BriefSite

/// `EntityIDHash` follows `==`: equal ids hash alike however they are stored (short strings,
/// strings with storage, bytes) and whatever canonically equal spelling they have; ids of other
/// bytes hash apart.
@Suite("Entity id hash")
struct EntityIDHashTests {
    /// The same text in a string with storage of its own (never a short one).
    static func stored(_ text: String) -> String {
        var copy = String()
        copy.reserveCapacity(64)
        copy += text
        return copy
    }

    @Test func equalIDsHashAlikeHoweverStored() {
        let ids = ["", "a", "nato", "elena-alvarez", "123456789012345", "state-department", "a-much-longer-id-of-forty-bytes-or-so-x"]
            + (0...40).map { String(repeating: "k", count: $0) }
        for id in ids {
            let hash = EntityIDHash.of(id)
            #expect(EntityIDHash.of(Self.stored(id)) == hash, "\(id)")
            #expect(Array(id.utf8).withUnsafeBytes { EntityIDHash.asciiHash($0) } == hash, "\(id)")
            if id.utf8.count <= 15 { #expect(ShortASCII.contents(of: id) != nil, "\(id) is a short string") }
        }
    }

    @Test func canonicallyEqualSpellingsHashAlike() {
        // U+212A KELVIN SIGN is canonically "K"; U+037E GREEK QUESTION MARK is ";".
        for (ascii, other) in [("K", "\u{212A}"), ("ab;c", "ab\u{37E}c"), ("x-K-long-enough-to-be-stored", "x-\u{212A}-long-enough-to-be-stored")] {
            #expect(ascii == other)
            #expect(EntityIDHash.of(ascii) == EntityIDHash.of(other), "\(ascii)")
        }
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        #expect(composed == decomposed)
        #expect(EntityIDHash.of(composed) == EntityIDHash.of(decomposed))
    }

    @Test func differentIDsHashApart() {
        var hashes: Set<UInt64> = []
        let ids = (0..<2_000).map { "entity-\($0)" } + (0..<16).map { String(repeating: "a", count: $0) }
        for id in ids { hashes.insert(EntityIDHash.of(id)) }
        #expect(hashes.count == ids.count)
        #expect(EntityIDHash.of("ab") != EntityIDHash.of("ab\u{0}"), "a zero byte is a byte")
    }
}

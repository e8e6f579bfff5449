import Foundation
import Testing
@testable import BriefAnnotate

@Suite("KeyTable")
struct KeyTableTests {
    @Test func canonicallyEquivalentKeysMeetAsStringEqualitySays() {
        var table = KeyTable<String, Int>()
        table.set("Kelvin", 1)
        table.set("caf\u{E9}", 2)
        // KELVIN SIGN is canonically "K"; "e" + COMBINING ACUTE is "é".
        #expect("\u{212A}elvin" == "Kelvin")
        #expect(table["\u{212A}elvin"] == 1)
        #expect(table["cafe\u{301}"] == 2)
        #expect(table["Kelvi"] == nil)
    }

    @Test func manyNonASCIIKeysAreAllFoundAndKeepInsertionOrder() {
        // Distinct Cyrillic words: they must not share one hash (a probe run would make each
        // insert walk all the others).
        let words = (0..<3000).map { "\u{41F}\u{443}\u{442}\u{438}\u{43D}-\($0)" }
        var table = KeyTable<String, Int>()
        for (index, word) in words.enumerated() { table.set(word, index) }
        #expect(table.count == words.count)
        #expect(table.keys == words)
        for (index, word) in words.enumerated() { #expect(table[word] == index) }
        #expect(Set(words.prefix(100).map(\.tableHash)).count == 100)
    }

    // The byte-keyed core (`index(hash:where:)`, `append`, `appendIfAbsent`, `key(at:)`), the part
    // the site's `FirstPositions` shares: keys whose equality the caller decides, hashes it supplies.

    /// A caller's hash: FNV-1a over the bytes.
    private func byteHash(_ bytes: [UInt8]) -> UInt64 {
        bytes.reduce(TableHashing.empty) { TableHashing.adding($1, to: $0) }
    }

    @Test func keysWithOneHashAreToldApartByTheirBytes() {
        // Every key gets the same hash: one probe run holds them all, and only `matches` tells
        // them apart.
        let keys: [[UInt8]] = (0..<50).map { [UInt8($0), 0xC3, 0xA9] }
        var table = KeyTable<[UInt8], Int>(capacity: 4)
        for (k, key) in keys.enumerated() {
            #expect(table.index(hash: 7, where: { $0 == key }) == nil)
            table.append(key, k, hash: 7)
        }
        for (k, key) in keys.enumerated() {
            let found = table.index(hash: 7, where: { $0 == key })
            #expect(found.map(table.value(at:)) == k)
            #expect(found.map(table.key(at:)) == key)
        }
        #expect(table.index(hash: 7, where: { $0 == [0xFF] }) == nil)
        // A different hash never reaches those entries, whatever `matches` says.
        #expect(table.index(hash: 8, where: { _ in true }) == nil)
    }

    @Test func appendIfAbsentAddsEachKeyOnceThroughGrowthAndSharedHashes() {
        // The site's `FirstPositions` path: find-or-add in one probe. Every key shares one hash
        // and the table starts at 2 entries, so the adds grow it several times and only
        // `matches` tells the keys apart; a repeat must add nothing.
        let keys: [[UInt8]] = (0..<50).map { [UInt8($0), 0xC3, 0xA9] }
        var table = KeyTable<[UInt8], Int>(capacity: 2)
        for (k, key) in keys.enumerated() {
            let added = table.appendIfAbsent(key, k, hash: 7, where: { $0 == key })
            let addedAgain = table.appendIfAbsent(key, -1, hash: 7, where: { $0 == key })
            #expect(added)
            #expect(!addedAgain)
            #expect(table.count == k + 1)
        }
        for (k, key) in keys.enumerated() {
            let found = table.index(hash: 7, where: { $0 == key })
            #expect(found.map(table.value(at:)) == k)
        }
        #expect(table.keys == keys)
    }

    @Test func aTableGrowsPastItsCapacityAndKeepsEveryEntry() {
        var table = KeyTable<Int, Int>(capacity: 2)
        for k in 0..<5_000 { table.append(k, k * 3, hash: UInt64(k) &* 0x1000_0000_01B3) }
        #expect(table.count == 5_000)
        #expect(table.keys == Array(0..<5_000))
        for k in stride(from: 0, to: 5_000, by: 7) {
            let found = table.index(hash: UInt64(k) &* 0x1000_0000_01B3, where: { $0 == k })
            #expect(found.map(table.value(at:)) == k * 3)
        }
        #expect(table.index(hash: 12_345, where: { $0 == -1 }) == nil)
    }

    @Test func nonASCIIByteKeysAreFoundByTheirExactBytes() {
        // NFC and NFD spellings of one word, a lone continuation byte and invalid UTF-8: all
        // distinct keys, each found only by its own bytes.
        let keys: [[UInt8]] = [
            Array("café".utf8), Array("cafe\u{301}".utf8), [0x80], [0xFF, 0xFE], [0xC3], [0xC3, 0xA9], [],
            Array("Пу".utf8),
        ]
        var table = KeyTable<[UInt8], Int>()
        for (k, key) in keys.enumerated() where table.index(hash: byteHash(key), where: { $0 == key }) == nil {
            table.append(key, k, hash: byteHash(key))
        }
        #expect(table.count == keys.count)
        for (k, key) in keys.enumerated() {
            #expect(table.index(hash: byteHash(key), where: { $0 == key }).map(table.value(at:)) == k)
        }
        #expect(table.index(hash: byteHash([0xC3, 0xA8]), where: { $0 == [0xC3, 0xA8] }) == nil)
    }

    /// `CanonicalASCII` knows every code point whose canonical decomposition is ASCII, and no
    /// other: checked against Foundation's decomposition of every code point below U+30000 (the
    /// planes that hold all of Unicode's canonical decompositions).
    @Test func canonicalASCIIListsExactlyTheCodePointsThatDecomposeToASCII() {
        var found: [UInt32] = []
        for value in UInt32(0x80)..<0x3_0000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            let isASCII = decomposed.utf8.allSatisfy { $0 < 0x80 }
            #expect((CanonicalASCII.of(scalar) != nil) == isASCII, "U+\(String(value, radix: 16))")
            if isASCII {
                found.append(value)
                #expect(CanonicalASCII.of(scalar).map { String(UnicodeScalar($0)) } == decomposed)
                // The annotator's table hash (BriefSite's tally of ids too) follows `==` for it.
                #expect(String(Character(scalar)).tableHash == decomposed.tableHash)
            }
        }
        #expect(found == [0x037E, 0x1FEF, 0x212A])
        #expect((0..<0x80).allSatisfy { CanonicalASCII.of(Unicode.Scalar(UInt8($0))) == UInt8($0) })
    }
}

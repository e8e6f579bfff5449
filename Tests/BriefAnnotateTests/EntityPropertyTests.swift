import Foundation
import Testing
@testable import BriefAnnotate

@Suite struct EntityPropertyTests {
    /// A deterministic generator (SplitMix64), so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E3779B97F4A7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
            z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
    }

    static let pieces = ["Sergei", "Lavrov", "Kiev", "’s", "'s", "-", "–", " ", " ", " ", "\n", "\n\n", ".", ",", "U.S.",
                         "Mr.", "of", "the", "said", "Russian", "Foreign", "Minister", "(", ")", "AFN", "“", "”", "Zürich",
                         "É", "Москва", "日本", "🙂", "NATO", "University", "in", "New", "York", "3.5", "Ka-ki", "\u{00A0}"]

    static func randomText(_ rng: inout Rng, pieces count: Int) -> String {
        var s = ""
        for _ in 0..<count { s += pieces[rng.below(pieces.count)] }
        return s
    }

    /// Checks the invariants of one result over `bytes`.
    static func checkInvariants(_ bytes: [UInt8], registry: EntityRegistry = EntityRegistry()) {
        let r = EntityRecognizer(registry: registry).recognize(bytes)
        var end = 0
        let ids = Set(r.entities.map(\.id))
        for m in r.mentions {
            #expect(m.range.lowerBound >= end, "mentions sorted and not overlapping")
            #expect(!m.range.isEmpty && m.range.upperBound <= bytes.count)
            // Code point boundaries: neither end falls on a continuation byte.
            #expect(m.range.lowerBound == bytes.count || bytes[m.range.lowerBound] & 0xC0 != 0x80)
            #expect(m.range.upperBound == bytes.count || bytes[m.range.upperBound] & 0xC0 != 0x80)
            #expect(ids.contains(m.entityID))
            end = m.range.upperBound
        }
        #expect(r.entities.count == ids.count, "one entity per id")
        let typeOf = Dictionary(r.entities.map { ($0.id, $0.type) }, uniquingKeysWith: { a, _ in a })
        #expect(r.mentions.allSatisfy { typeOf[$0.entityID] == $0.type })
    }

    @Test(arguments: 0..<40)
    func randomTextKeepsInvariants(seed: Int) {
        var rng = Rng(state: UInt64(seed) &* 7919 &+ 1)
        let text = Self.randomText(&rng, pieces: 200)
        Self.checkInvariants(Array(text.utf8), registry: EntityRegistryTests.registry)
    }

    @Test(arguments: 0..<20)
    func randomBytesDoNotCrash(seed: Int) {
        var rng = Rng(state: UInt64(seed) &+ 99)
        let bytes = (0..<3000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        let r = EntityRecognizer(registry: EntityRegistry()).recognize(bytes)
        #expect(r.mentions.allSatisfy { $0.range.upperBound <= bytes.count })
        // Truncated multi-byte sequences at the very end.
        for tail: [UInt8] in [[0xE2], [0xE2, 0x80], [0xF0, 0x9F, 0x99], [0xC3]] {
            _ = EntityRecognizer(registry: EntityRegistry()).recognize(Array("Kiev".utf8) + tail)
            _ = Tokenizer().tokenize(Array("U.S".utf8) + tail)
        }
    }

    @Test func sameOutputOnEveryRun() throws {
        let url = try #require(Bundle.module.url(forResource: "sample", withExtension: "txt", subdirectory: "Fixtures/entities"))
        let bytes = Array(try Data(contentsOf: url))
        let recognizer = EntityRecognizer(registry: EntityRegistry())
        let first = recognizer.recognize(bytes)
        for _ in 0..<3 {
            let again = EntityRecognizer(registry: EntityRegistry()).recognize(bytes)
            #expect(again.mentions == first.mentions)
            #expect(again.entities == first.entities)
        }
        #expect(first.mentions.count > 20)
        Self.checkInvariants(bytes)
    }

    /// Adversarial shapes: one long run of capitals, hyphen chains, "of" chains, abbreviations.
    static let adversarial: [String] = [
        String(repeating: "Quorvan ", count: 1_000),
        String(repeating: "Ab-", count: 1_000),
        String(repeating: "University of ", count: 600),
        String(repeating: "U.S. ", count: 1_000),
        String(repeating: "Mr. ", count: 1_000),
        String(repeating: "’s", count: 1_000),
        String(repeating: "A", count: 12_000),
        String(repeating: "President ", count: 1_000),
    ]

    @Test(arguments: 0..<8)
    func adversarialInputScalesLinearly(index: Int) {
        // Work is compared between a text and sixteen copies of it: linear work grows about
        // sixteen times, quadratic work 256 times. Thread CPU time, the best of three runs and a
        // loose bound keep a busy machine from failing it; only a change of complexity should.
        let unit = Self.adversarial[index]
        let small = Array(unit.utf8)
        let large = Array(String(repeating: unit + "\n\n", count: 16).utf8)
        let recognizer = EntityRecognizer(registry: EntityRegistry())
        _ = recognizer.recognize(Array("warm up".utf8))
        func best(_ bytes: [UInt8]) -> Double {
            (0..<3).map { _ in CPUClock().measure { _ = recognizer.recognize(bytes) } }.min()!
        }
        let a = best(small)
        let b = best(large)
        Self.checkInvariants(small)
        #expect(recognizer.recognize(large).mentions.count >= recognizer.recognize(small).mentions.count)
        let ratio = b / max(a, 0.0005)
        #expect(ratio < 64, "16x input took \(ratio)x the time")
    }
}

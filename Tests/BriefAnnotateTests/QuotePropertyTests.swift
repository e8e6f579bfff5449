import Foundation
import Testing
@testable import BriefAnnotate

@Suite struct QuotePropertyTests {
    static let samples: [String] = [
        "“A,” he said. “B” – c – ‘d’ «e» „f“ \"g\" 'h' ’’ '' — i",
        "– Dash start – and “unclosed\n\n“continued\n\n“ends” he said.",
        "x\"y\"z “ ” “”“ «» ‘’ é“ü”ñ – – — —\n\n\n .\n ",
        "Lavrov said: «Nous verrons.» «Nested “inner” marks» she said.",
    ]

    /// Deterministic pseudo-random text made of marks, letters, spaces and newlines.
    static func noise(seed: UInt64, count: Int) -> String {
        let pieces = ["“", "”", "\"", "‘", "’", "'", "«", "»", "„", "–", "—", ":", ",", ".", " ", " ", "\n", "\n\n",
                      "he said", "Lavrov", "é", "word", "She", "says", "a"]
        var state = seed
        var out = ""
        for _ in 0..<count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            out += pieces[Int(state >> 33) % pieces.count]
        }
        return out
    }

    static func checkInvariants(_ text: String) {
        let bytes = Array(text.utf8)
        let quotes = QuoteFinder().find(in: bytes, mentions: [], entities: [])
        var previousEnd = 0
        for q in quotes {
            #expect(q.range.lowerBound >= previousEnd, "quotes overlap or are unsorted")
            #expect(q.range.lowerBound < q.range.upperBound)
            #expect(q.range.upperBound <= bytes.count)
            // Code point boundaries: neither end splits a multi-byte character.
            #expect(q.range.lowerBound == bytes.count || bytes[q.range.lowerBound] & 0xC0 != 0x80)
            #expect(q.range.upperBound == bytes.count || bytes[q.range.upperBound] & 0xC0 != 0x80)
            previousEnd = q.range.upperBound
        }
        #expect(QuoteFinder().find(in: bytes, mentions: [], entities: []) == quotes, "not deterministic")
    }

    @Test(arguments: samples)
    func spansAreSortedDisjointAndOnCodePointBoundaries(_ text: String) {
        Self.checkInvariants(text)
    }

    @Test(arguments: 0..<40)
    func randomMarkSoupKeepsInvariants(_ seed: Int) {
        Self.checkInvariants(Self.noise(seed: UInt64(seed), count: 400))
    }

    @Test func seedArticleKeepsInvariants() throws {
        Self.checkInvariants(try QuoteTestSupport.fixture("lavrov-alaska-summit.txt"))
    }

    @Test(arguments: ["“", "\"", "«", "„", "– ", "“a ", "x: ", "\" he said "])
    func manyUnbalancedMarksFinishInLinearTime(_ mark: String) {
        // 100,000 unbalanced marks in one paragraph, then the same as 100,000 paragraphs.
        let oneParagraph = String(repeating: mark, count: 100_000)
        let manyParagraphs = String(repeating: mark + "\n", count: 100_000)
        for text in [oneParagraph, manyParagraphs] {
            let bytes = Array(text.utf8)
            let clock = ContinuousClock()
            let elapsed = clock.measure { _ = QuoteFinder().find(in: bytes, mentions: [], entities: []) }
            // Linear work takes milliseconds even in debug builds; quadratic work would take minutes.
            #expect(elapsed < .seconds(20), "\(elapsed) for \(mark.debugDescription)")
        }
        Self.checkInvariants(String(repeating: mark, count: 2_000))
    }

    @Test func doublingTheInputRoughlyDoublesTheTime() {
        let unit = Self.noise(seed: 7, count: 20_000)
        func time(_ text: String) -> Duration {
            let bytes = Array(text.utf8)
            let clock = ContinuousClock()
            return clock.measure { _ = QuoteFinder().find(in: bytes, mentions: [], entities: []) }
        }
        _ = time(unit)
        let single = time(unit + unit)
        let quadruple = time(String(repeating: unit, count: 8))
        // 4x the text: allow generous noise but catch quadratic growth (16x).
        #expect(quadruple < single * 10, "\(single) vs \(quadruple)")
    }
}

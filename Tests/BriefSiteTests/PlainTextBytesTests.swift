@testable import BriefSite
import Testing

/// The body's search words read from its bytes, and the byte set that keeps them distinct.
@Suite struct PlainTextBytesTests {
    /// Words through the byte entry point, as Strings.
    static func words(ofBytes html: [UInt8], limit: Int) -> [String] {
        var words: [String] = []
        PlainText.forEachDistinctWord(ofHTML: html, limit: limit) { words.append(String(decoding: $0, as: UTF8.self)) }
        return words
    }

    /// A body of more than 80 distinct words (mixed case, repeats, non-ASCII letters, curly
    /// quotes, tags and references between them): the first 80 in order, as the reference finds them.
    @Test func theEightyWordLimitKeepsTheFirstDistinctWordsInOrder() {
        var html = "<p>"
        for n in 0..<150 {
            let word = ["Alpha\(n)", "ÉCOLE\(n)", "“quoted\(n)”", "naïve\(n)", "ALPHA\(n / 2)"][n % 5]
            html += n % 7 == 0 ? "<a href=\"/e/\(n)\">\(word)</a> &amp; " : word + " "
        }
        html += "</p>\n"
        let limit = SearchEntry.bodyWordLimit
        let words = Self.words(ofBytes: Array(html.utf8), limit: limit)
        #expect(limit == 80)
        #expect(words.count == limit)
        #expect(words == PlainTextReferenceTests.reference(ofHTML: html, limit: limit))
        #expect(words == PlainText.distinctWords(ofHTML: html, limit: limit))
        #expect(Set(words.map { $0.lowercased() }).count == words.count, "no word twice, whatever its case")
    }

    @Test(arguments: ["", "<p></p>\n", "<p>a of to</p>", "<p>&amp; &lt;&gt; — …</p>", "<p>日本語 Ünï ünï</p>"])
    func smallAndEmptyBodies(html: String) {
        for limit in [0, 1, 80] {
            #expect(Self.words(ofBytes: Array(html.utf8), limit: limit) == PlainTextReferenceTests.reference(ofHTML: html, limit: limit))
        }
    }

    /// The set against Swift's on random keys of every length around the eight-byte hash step
    /// (the empty key included), with many near-duplicates and growing well past its first size.
    @Test func byteWordSetAgreesWithASetOfArrays() {
        var generator = SystemRandomNumberGenerator()
        for capacity in [0, 1, 80] {
            var set = ByteWordSet(capacity: capacity)
            var reference: Set<[UInt8]> = []
            for _ in 0..<3_000 {
                let length = Int.random(in: 0...20, using: &generator)
                let key = (0..<length).map { _ in UInt8.random(in: 0x61...0x63, using: &generator) }
                let inserted = key.withUnsafeBufferPointer { set.insert($0) }
                #expect(inserted == reference.insert(key).inserted, "\(key)")
            }
        }
    }
}

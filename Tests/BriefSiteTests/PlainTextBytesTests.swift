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

    /// The hash reads a key's last bytes as whole words where it can: it equals the hash with
    /// the tail gathered byte by byte, at every length to 40 and from any offset in a buffer.
    @Test func theHashOfAKeyIsTheHashOfItsBytesGatheredOneByOne() {
        func reference(_ key: [UInt8]) -> Int {
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            var hash = UInt64(key.count) &* multiplier
            var index = 0
            while index + 8 <= key.count {
                var word: UInt64 = 0
                for offset in 0..<8 { word |= UInt64(key[index + offset]) << (8 * UInt64(offset)) }
                hash = (hash ^ word) &* multiplier
                hash ^= hash >> 29
                index += 8
            }
            if index < key.count {
                var tail: UInt64 = 0
                for offset in index..<key.count { tail |= UInt64(key[offset]) << (8 * UInt64(offset - index)) }
                hash = (hash ^ tail) &* multiplier
            }
            hash ^= hash >> 32
            hash = hash &* 0xD6E8_FEB8_6659_FD93
            hash ^= hash >> 32
            return Int(truncatingIfNeeded: hash)
        }
        let buffer = (0..<60).map { UInt8(truncatingIfNeeded: $0 &* 53 &+ 7) }
        for length in 0...40 {
            for start in [0, 3, 20 - length / 2] where start >= 0 {
                let key = Array(buffer[start..<(start + length)])
                let hash = buffer.withUnsafeBufferPointer { ByteWordSet.hash(UnsafeBufferPointer(rebasing: $0[start..<(start + length)])) }
                #expect(hash == reference(key), "length \(length) at \(start)")
            }
        }
    }

    /// The hash of a zero-padded key equals the hash of the key, at every length to 32 bytes.
    @Test func aZeroPaddedKeyHashesAsTheKey() {
        for length in 0...32 {
            var padded = [UInt8](repeating: 0, count: 40)
            for index in 0..<length { padded[index] = UInt8(0x61 + (index * 7) % 26) }
            let key = Array(padded[0..<length])
            let plain = key.withUnsafeBufferPointer { ByteWordSet.hash($0) }
            let fromPadding = padded.withUnsafeBufferPointer { ByteWordSet.hash(zeroPadded: UnsafeBufferPointer(rebasing: $0[0..<length])) }
            #expect(plain == fromPadding, "length \(length)")
        }
    }

    /// Words of every length to 40 bytes, in any case, at the very end of the body and before
    /// more text: the words (first spelling of each) and their lower case as the scan hands
    /// them over equal the reference's.
    @Test func wordsOfEveryLengthEndingAnywhere() {
        for length in 1...40 {
            var letters: [UInt8] = []
            for index in 0..<length {
                let offset = UInt8(index % 26)
                letters.append(index % 2 == 0 ? 0x41 + offset : 0x61 + offset)
            }
            let word = String(decoding: letters, as: UTF8.self)
            for html in [word, "<p>\(word)</p>", "x \(word) \(word.lowercased()) \(word.uppercased())", "<p>é\(word)</p>"] {
                #expect(Self.words(ofBytes: Array(html.utf8), limit: 80) == PlainTextReferenceTests.reference(ofHTML: html, limit: 80), "\(html)")
                var lowered: [String] = []
                let bytes = Array(html.utf8)
                PlainText.forEachDistinctWord(ofHTML: bytes, limit: 80) { word, lower in
                    if let lower { lowered.append(String(decoding: lower.bytes, as: UTF8.self)) }
                    if let lower { #expect(lower.hash == ByteWordSet.hash(lower.bytes)) }
                }
                let expected = PlainTextReferenceTests.reference(ofHTML: html, limit: 80).filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { $0.lowercased() }
                #expect(lowered == expected, "\(html)")
            }
        }
    }
}

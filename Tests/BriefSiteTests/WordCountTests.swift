import Testing
@testable import BriefSite

@Suite("Word count")
struct WordCountTests {
    /// The count one byte at a time: runs of bytes other than space, tab, CR and LF.
    static func reference(_ text: [UInt8]) -> Int {
        var count = 0
        var inWord = false
        for byte in text {
            let space = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !space, !inWord { count += 1 }
            inWord = !space
        }
        return count
    }

    /// Eight bytes at a time: words across word boundaries, at the start and the end, every
    /// length from 0 to 40, spaces next to bytes one off from them (0x1F, 0x21, 0x08, ...) and
    /// non-ASCII bytes.
    @Test func countsWordsAsOneByteAtATimeDoes() {
        var random = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = [0x20, 0x0A, 0x09, 0x0D, 0x1F, 0x21, 0x08, 0x0B, 0x0C, 0x0E, 0x61, 0xE2, 0x80, 0x99, 0xA0, 0x00, 0xFF]
        for length in 0...40 {
            for _ in 0..<200 {
                let text = (0..<length).map { _ in alphabet[Int.random(in: 0..<alphabet.count, using: &random)] }
                #expect(SummaryText.wordCount(text) == Self.reference(text), "\(text)")
            }
        }
        #expect(SummaryText.wordCount(Array("  one two\tthree\nfour  five ".utf8)) == 5)
        #expect(SummaryText.wordCount(Array("aaaaaaaa bbbbbbbb".utf8)) == 2)
        #expect(SummaryText.wordCount([]) == 0)
    }
}

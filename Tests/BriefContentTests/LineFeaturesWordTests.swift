import BriefTestSupport
import Testing
@testable import BriefContent

/// The pointer word count against the array loop it replaced (kept here as the reference).
@Suite("LineFeatures: word count")
struct LineFeaturesWordTests {
    static func reference(_ bytes: [UInt8]) -> (words: Int, capitalized: Int) {
        var words = 0, capitalizedWords = 0
        var i = 0
        var inWord = false
        var cjkRun = 0
        func endWord() {
            if cjkRun > 0 { words += max(1, (cjkRun + 1) / 2) - 1 }
            cjkRun = 0
        }
        while i < bytes.count {
            let byte = bytes[i]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            let isWordByte: Bool
            var isCJK = false
            if byte < 0x80 {
                isWordByte = ByteText.isASCIIAlphanumeric(byte) || byte == UInt8(ascii: "'") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
            } else if length == 3, i + 2 < bytes.count {
                let scalar = (UInt32(byte & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
                if scalar == 0x2019 { isWordByte = true }
                else if (0x2000...0x206F).contains(scalar) || (0x3000...0x303F).contains(scalar) || (0xFF01...0xFF0F).contains(scalar) || (0xFF1A...0xFF20).contains(scalar) { isWordByte = false }
                else {
                    isWordByte = true
                    isCJK = (0x3040...0x9FFF).contains(scalar) || (0xFF00...0xFFEF).contains(scalar)
                }
            } else if length == 2, i + 1 < bytes.count {
                isWordByte = !(byte == 0xC2)
            } else {
                isWordByte = true
            }
            if isWordByte {
                if !inWord {
                    inWord = true
                    words += 1
                    if ByteText.isUpper(byte) || (byte == 0xC3 && i + 1 < bytes.count && (0x80...0x9E).contains(bytes[i + 1])) {
                        capitalizedWords += 1
                    }
                }
                if isCJK { cjkRun += 1 }
            } else if inWord {
                inWord = false
                endWord()
            }
            i += length
        }
        if inWord { endWord() }
        return (words, capitalizedWords)
    }

    @Test func countsAsTheArrayLoopDid() {
        var random = SplitMix(seed: 0x0D5)
        let pieces = ["Word", "word", " ", "  ", "it's", "e-mail", "snake_case", "É", "é", "日本語", "「", "」", "。", "’", "“", "—",
                      "«", "»", "\u{A0}", "👍", "1,000", ".", "\t", "ＡＢ", "！", "\u{80}", "\u{FF}"]
        for _ in 0..<4000 {
            var text = (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined()
            var bytes = Array(text.utf8)
            // Cut some texts inside a character, as a unit's bytes never are but the scan must survive.
            if random.below(5) == 0, !bytes.isEmpty { bytes.removeLast(random.below(min(3, bytes.count)) + 1) }
            text = ""
            let counted = bytes.withUnsafeBufferPointer { LineFeatures.countWords(in: $0) }
            let expected = Self.reference(bytes)
            #expect(counted.words == expected.words && counted.capitalized == expected.capitalized, "\(bytes)")
        }
    }

    /// The glued-join count against the byte loop it replaced, on random lines with long runs
    /// of letters and digits, hashtags, handles and no-break spaces.
    @Test func gluedJoinsCountAsTheByteLoopDid() {
        func reference(_ bytes: [UInt8]) -> Int {
            var count = 0, run = 0, i = 0
            let n = bytes.count
            while i < n {
                let byte = bytes[i]
                if ByteText.isLower(byte) || ByteText.isDigit(byte) {
                    run += 1
                    i += 1
                    continue
                }
                if byte == UInt8(ascii: "#") || byte == UInt8(ascii: "@") {
                    while i < n, bytes[i] > 0x20, !(bytes[i] == 0xC2 && i + 1 < n && bytes[i + 1] == 0xA0) { i += 1 }
                    run = 0
                    continue
                }
                if ByteText.isUpper(byte), run >= 4, i + 1 < n, bytes[i + 1] == 0x20 || ByteText.isLower(bytes[i + 1]) { count += 1 }
                run = 0
                i += 1
            }
            return count
        }
        var random = SplitMix(seed: 0x61_0ED)
        let pieces = ["steakhouse", "A", "B ", "party", "250000", "The", " ", "#TagHere", "@Handle", "\u{A0}", "é", "x", "Yy", "zz9"]
        var joins = 0
        for _ in 0..<4000 {
            let bytes = Array((0..<random.below(14)).map { _ in pieces[random.below(pieces.count)] }.joined().utf8)
            let expected = reference(bytes)
            joins += expected
            #expect(LineFeatures.countGluedJoins(bytes) == expected, "\(bytes)")
        }
        #expect(joins > 500, "the lines have glued joins to find")
    }
}

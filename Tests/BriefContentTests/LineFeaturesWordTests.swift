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
        // The rule one byte at a time, as a state machine: a hashtag or handle is skipped to the
        // next whitespace (a no-break space included), and a capital after four or more
        // lower-case letters or digits, before a space or a lower-case letter, is a join.
        func reference(_ bytes: [UInt8]) -> Int {
            var joins = 0
            var run = 0
            var skipping = false
            for (index, byte) in bytes.enumerated() {
                let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
                if skipping {
                    if byte > 0x20 && !(byte == 0xC2 && next == 0xA0) { continue }
                    skipping = false
                }
                switch byte {
                case 0x61...0x7A, 0x30...0x39:
                    run += 1
                    continue
                case UInt8(ascii: "#"), UInt8(ascii: "@"):
                    skipping = true
                case 0x41...0x5A where run >= 4 && (next == 0x20 || (0x61...0x7A).contains(next)):
                    joins += 1
                default:
                    break
                }
                run = 0
            }
            return joins
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

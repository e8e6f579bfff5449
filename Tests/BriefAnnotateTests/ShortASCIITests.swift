import BriefBytes
import Testing

/// Strings made from their words (`ShortASCII`) are the strings `String(decoding:as:)` makes:
/// the same bits, bytes, equality, hash and behaviour when changed.
@Suite("Short ASCII strings")
struct ShortASCIITests {
    @Test func theLayoutIsKnownOnThisMachine() {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        #expect(ShortASCII.layoutIsKnown, "else the fast path is never taken, and never tested")
        #endif
    }

    @Test func everyCountAtEveryOffsetMakesTheDecodedString() throws {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        // Printable ASCII, NUL and DEL: every byte below 0x80 may appear.
        let bytes: [UInt8] = (0..<64).map { index in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return index % 13 == 0 ? 0 : index % 17 == 0 ? 0x7F : UInt8(0x20 + Int(state >> 33) % 95)
        }
        try bytes.withUnsafeBytes { raw in
            for offset in 0..<40 {
                for count in 0...15 {
                    let expected = String(decoding: bytes[offset..<(offset + count)], as: UTF8.self)
                    let made = try #require(ShortASCII.string(raw.baseAddress! + offset, count: count))
                    #expect(made == expected)
                    #expect(Array(made.utf8) == Array(bytes[offset..<(offset + count)]))
                    #expect(unsafeBitCast(made, to: (UInt64, UInt64).self) == unsafeBitCast(expected, to: (UInt64, UInt64).self))
                    #expect(made.hashValue == expected.hashValue)
                    #expect(made.count == expected.count)
                    var grown = made
                    grown += "-and-more-than-fifteen-bytes"
                    #expect(grown == expected + "-and-more-than-fifteen-bytes")
                }
            }
        }
    }

    @Test func longerOrNonASCIIBytesAreLeftToTheDecoder() {
        let long = Array("sixteen-bytes-ok".utf8)
        #expect(long.withUnsafeBytes { ShortASCII.string($0.baseAddress!, count: 16) } == nil)
        for text in ["caf\u{E9}", "\u{2019}s", "Ärzte", "abcdefghijklm\u{E9}"] {
            let bytes = Array(text.utf8)
            #expect(bytes.count <= 15)
            #expect(bytes.withUnsafeBytes { ShortASCII.string($0.baseAddress!, count: bytes.count) } == nil, "\(text)")
        }
    }

    /// `ByteWords.hash` is, for every count at every offset, the hash of the words of its bytes
    /// gathered one by one: up to 15 as a short string's two words, longer ones eight at a time,
    /// the rest packed into one more word, then the count.
    @Test func theByteHashHashesTheWordsOfTheBytes() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let bytes: [UInt8] = (0..<128).map { _ in
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return UInt8(truncatingIfNeeded: state >> 33)
        }
        func word(_ slice: ArraySlice<UInt8>) -> UInt64 {
            slice.enumerated().reduce(0) { $0 | UInt64($1.element) << (8 * UInt64($1.offset)) }
        }
        bytes.withUnsafeBytes { raw in
            for offset in 0..<9 {
                for count in 0...(bytes.count - offset) {
                    let part = bytes[offset..<(offset + count)]
                    let expected: UInt64
                    if count <= 15 {
                        expected = ByteWords.hash(low: word(part.prefix(8)), high: word(part.dropFirst(8)), count: count)
                    } else {
                        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                        var start = part.startIndex
                        while start + 8 <= part.endIndex {
                            hash = ByteWords.mix(hash, word(part[start..<(start + 8)]))
                            start += 8
                        }
                        expected = ByteWords.mix(ByteWords.mix(hash, word(part[start...])), UInt64(count))
                    }
                    #expect(ByteWords.hash(UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + count)])) == expected, "\(count) at \(offset)")
                }
            }
        }
    }
}

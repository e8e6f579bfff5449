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
}

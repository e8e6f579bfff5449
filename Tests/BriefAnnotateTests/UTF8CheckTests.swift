import BriefBytes
import Testing

/// `UTF8Check` says exactly what Swift's own validation says, on every kind of sequence at every
/// position of eight-byte words, and on random bytes.
@Suite("UTF-8 check")
struct UTF8CheckTests {
    static func swiftSays(_ bytes: [UInt8]) -> Bool { String(validating: bytes, as: UTF8.self) != nil }
    static func checkSays(_ bytes: [UInt8]) -> Bool { bytes.withUnsafeBytes { UTF8Check.isWellFormed($0) } }

    /// Every lead byte with every second byte, and with short, long and bad tails.
    @Test func everyLeadAndSecondByteAtEveryPosition() {
        var cases: [[UInt8]] = [[]]
        for lead in 0x80...0xFF {
            for second in stride(from: 0x00, through: 0xFF, by: 1) {
                cases.append([UInt8(lead), UInt8(second), 0x80, 0x80])
                cases.append([UInt8(lead), UInt8(second), 0x80])
                cases.append([UInt8(lead), UInt8(second)])
                cases.append([UInt8(lead), UInt8(second), 0x41, 0x80])
            }
            cases.append([UInt8(lead)])
        }
        for sequence in cases {
            for prefix in [0, 1, 5, 7, 8, 13] {
                for suffix in [0, 1, 9] {
                    let bytes = [UInt8](repeating: 0x61, count: prefix) + sequence + [UInt8](repeating: 0x62, count: suffix)
                    #expect(Self.checkSays(bytes) == Self.swiftSays(bytes), "\(sequence) after \(prefix), before \(suffix)")
                }
            }
        }
    }

    @Test func randomTextAndRandomBytes() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        let pieces: [[UInt8]] = ["a", "news ", "’", "“", "”", "–", "é", "😀", "\u{10FFFF}", "\n"].map { Array($0.utf8) }
        for _ in 0..<2_000 {
            var text: [UInt8] = []
            for _ in 0..<(next() % 60) { text += pieces[Int(next() % UInt64(pieces.count))] }
            #expect(Self.checkSays(text) && Self.swiftSays(text))
            if !text.isEmpty {
                var damaged = text
                damaged[Int(next() % UInt64(text.count))] = UInt8(truncatingIfNeeded: next())
                #expect(Self.checkSays(damaged) == Self.swiftSays(damaged), "\(damaged)")
                #expect(Self.checkSays(Array(text.dropLast())) == Self.swiftSays(Array(text.dropLast())))
            }
            let noise = (0..<(next() % 40)).map { _ in UInt8(truncatingIfNeeded: next()) }
            #expect(Self.checkSays(noise) == Self.swiftSays(noise), "\(noise)")
        }
    }
}

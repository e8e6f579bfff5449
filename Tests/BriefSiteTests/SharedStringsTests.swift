import Foundation
import Testing
@testable import BriefSite

/// `SharedStrings` hands out, for any bytes, exactly the string `String(decoding:as:)` makes of
/// them: repeated, new, long, invalid UTF-8, and more distinct strings than its table keeps.
@Suite("Shared strings")
struct SharedStringsTests {
    static func decoded(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func everyStringIsTheOneItsBytesDecodeTo() {
        let table = SharedStrings()
        var samples: [[UInt8]] = [
            [], Array("elena-alvarez".utf8), Array("European Commission for Democracy".utf8), Array("Zürich".utf8),
            Array(String(repeating: "long name ", count: 10).utf8), [0x66, 0xFF, 0x6F], [0xE2, 0x82], Array("a\u{0}b".utf8),
        ]
        // More distinct strings than the table keeps (it stops adding, and still answers right).
        for index in 0..<5_000 { samples.append(Array("entity-\(index)-with-a-name-longer-than-fifteen".utf8)) }
        for _ in 0..<2 {
            for bytes in samples {
                let shared = bytes.withUnsafeBytes { table.string($0) }
                #expect(shared == Self.decoded(bytes))
                #expect(Array(shared.utf8) == Array(Self.decoded(bytes).utf8))
            }
        }
        // Two strings whose bytes differ in the last byte only are two strings.
        let a = Array("person/alexander-x".utf8).withUnsafeBytes { table.string($0) }
        let b = Array("person/alexander-y".utf8).withUnsafeBytes { table.string($0) }
        #expect(a == "person/alexander-x")
        #expect(b == "person/alexander-y")
    }

    @Test func eachThreadHasItsOwnTable() async {
        let strings = await withTaskGroup(of: String.self) { group in
            for index in 0..<8 {
                group.addTask { Array("speaker-\(index % 2)".utf8).withUnsafeBytes { SharedStrings.current.string($0) } }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(strings.sorted() == ["speaker-0", "speaker-0", "speaker-0", "speaker-0", "speaker-1", "speaker-1", "speaker-1", "speaker-1"])
    }
}

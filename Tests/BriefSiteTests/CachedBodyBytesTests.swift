@testable import BriefAnnotate
@testable import BriefSite
import Testing

/// The body HTML is stored in the cache as the bytes a String of it would be, and read back as
/// bytes that are valid UTF-8 whatever the file holds (as `readString()` makes them).
@Suite struct CachedBodyBytesTests {
    @Test(arguments: ["", "<p>ascii only</p>\n", "<p>“Curly” – é 日本 😀</p>\n", String(repeating: "abcdefg’", count: 300)])
    func aBodyComesBackByteForByteInTheStringLayout(body: String) throws {
        var asText = ByteWriter()
        asText.writeCompact(body)
        var asBytes = ByteWriter()
        asBytes.writeCompact(utf8: Array(body.utf8))
        #expect(asBytes.bytes == asText.bytes, "the same layout: no cache format change")
        var reader = ByteReader(asBytes.bytes)
        #expect(try reader.readCompactUTF8() == Array(body.utf8))
        #expect(reader.offset == asBytes.bytes.count)

        let heavy = CachedBriefing.Heavy(annotation: Annotation(), bodyHTML: Array(body.utf8))
        var writer = ByteWriter()
        heavy.encode(into: &writer, light: [])
        var heavyReader = ByteReader(writer.bytes)
        #expect(try CachedBriefing.Heavy(from: &heavyReader, light: []).bodyHTML == Array(body.utf8))
    }

    /// Invalid UTF-8 (a damaged file that passed its checksum) is repaired exactly as a String
    /// read would repair it, at every length around the eight-byte ASCII check.
    @Test func invalidBytesAreRepairedAsAStringReadRepairsThem() throws {
        let invalid: [[UInt8]] = [[0xFF], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC3], [0x80, 0x41], [0xED, 0xA0, 0x80], [0xC0, 0x80], [0xF4, 0x90, 0x80, 0x80]]
        for bad in invalid {
            for prefix in 0..<10 {
                let stored = [UInt8](repeating: UInt8(ascii: "a"), count: prefix) + bad + Array("tail".utf8)
                var writer = ByteWriter()
                writer.writeCompact(utf8: stored)
                var bytesReader = ByteReader(writer.bytes)
                var stringReader = ByteReader(writer.bytes)
                let bytes = try bytesReader.readCompactUTF8()
                #expect(bytes == Array(try stringReader.readCompactString().utf8))
                #expect(String(validating: bytes, as: UTF8.self) != nil)
            }
        }
    }
}

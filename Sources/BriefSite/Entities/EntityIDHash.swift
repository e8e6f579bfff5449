import BriefAnnotate
import BriefBytes

/// The hash `SiteEntities`' tables of ids (the tally, the resolution) are probed with. Like
/// `String.tableHash` it follows `==` (canonical equivalence): an ASCII id is hashed by its
/// bytes, another as the ASCII it is canonically equal to (`CanonicalASCII`), else by Swift's
/// own hash. But it reads the bytes eight at a time, and a short ASCII id (most: `nato`,
/// `elena-alvarez`) from the string's own two words (`ShortASCII.contents`): `tableHash`'s
/// multiply per byte cost some 140 instructions an id, and a build hashes every entity entry
/// of every briefing (230,000 at 10,000 briefings), rebuilds included.
enum EntityIDHash {
    static func of(_ id: String) -> UInt64 {
        if let (low, high, count) = ShortASCII.contents(of: id) { return ByteWords.hash(low: low, high: high, count: count) }
        let ascii: UInt64??
        if let hashed = id.utf8.withContiguousStorageIfAvailable({ asciiHash(UnsafeRawBufferPointer($0)) }) {
            ascii = hashed
        } else {
            var copy = id
            ascii = copy.withUTF8 { asciiHash(UnsafeRawBufferPointer($0)) }
        }
        if let ascii, let ascii { return ascii }
        var canonical: [UInt8] = []
        for scalar in id.unicodeScalars {
            guard let value = CanonicalASCII.of(scalar) else { return UInt64(bitPattern: Int64(id.hashValue)) }
            canonical.append(value)
        }
        return canonical.withUnsafeBytes { asciiHash($0) } ?? 0
    }

    /// The hash of ASCII bytes (`ByteWords.hash`, which hashes up to 15 bytes as a short
    /// string's words, so the same id hashes alike read from either); nil when one is not ASCII.
    static func asciiHash(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        var any: UInt64 = 0
        var offset = 0
        let count = bytes.count
        while offset + 8 <= count {
            any |= bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            offset += 8
        }
        if offset < count, let base = bytes.baseAddress { any |= ByteWords.tail(base, from: offset, count: count) }
        return any & 0x8080_8080_8080_8080 == 0 ? ByteWords.hash(bytes) : nil
    }
}

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
        if let (low, high, count) = ShortASCII.contents(of: id) { return short(low, high, count: count) }
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

    /// The hash of ASCII bytes; nil when one is not ASCII. Up to 15 bytes are hashed as the two
    /// words a short string holds them in (`short`), so the same id hashes alike whether it is
    /// read from a short string or from bytes.
    static func asciiHash(_ bytes: UnsafeRawBufferPointer) -> UInt64? {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return short(0, 0, count: 0) }
        let highBits: UInt64 = 0x8080_8080_8080_8080
        if count <= 15 {
            let (low, high) = ShortASCII.words(base, count: count)
            return (low | high) & highBits == 0 ? short(low, high, count: count) : nil
        }
        var hash = seed
        var any: UInt64 = 0
        var offset = 0
        while offset + 8 <= count {
            let word = base.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            any |= word
            hash = mix(hash, word)
            offset += 8
        }
        let tail = ByteWords.packed(base + offset, count: count - offset)
        guard (any | tail) & highBits == 0 else { return nil }
        return mix(mix(hash, tail), UInt64(count))
    }

    @inline(__always)
    private static func short(_ low: UInt64, _ high: UInt64, count: Int) -> UInt64 {
        mix(mix(mix(seed, low), high), UInt64(count))
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let hash = (hash ^ word) &* 0x0000_0100_0000_01B3
        return hash ^ (hash >> 29)
    }
}

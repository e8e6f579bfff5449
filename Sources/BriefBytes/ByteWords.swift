/// Short runs of bytes read as whole words, in place.
public enum ByteWords {
    /// The `count` (0 to 8) bytes at `bytes` as one little-endian number, zero above them, read
    /// without touching a byte past them: eight as one word, four to seven as two overlapping
    /// four-byte words (the second shifted past the overlap), fewer one by one. Hashes of short
    /// keys and the search index's term prefixes read their bytes so, where a loop per byte was
    /// a good part of their cost.
    @inlinable @inline(__always)
    public static func packed(_ bytes: UnsafeRawPointer, count: Int) -> UInt64 {
        if count >= 8 { return bytes.loadUnaligned(as: UInt64.self) }
        if count >= 4 {
            let low = UInt64(bytes.loadUnaligned(as: UInt32.self))
            let high = UInt64(bytes.loadUnaligned(fromByteOffset: count - 4, as: UInt32.self))
            return low | (high >> (8 * UInt64(8 - count))) << 32
        }
        var word: UInt64 = 0
        for offset in 0..<count { word |= UInt64(bytes.load(fromByteOffset: offset, as: UInt8.self)) << (8 * UInt64(offset)) }
        return word
    }
}

/// Bytes read and tested as whole words (eight at once), in place.
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

    /// The high bit of each zero byte of `x`, found by the borrow of a subtraction, which may
    /// also flag bytes above a zero byte: nonzero exactly when some byte is zero, and the lowest
    /// flagged byte is always one.
    @inlinable @inline(__always)
    public static func zeroBytes(_ x: UInt64) -> UInt64 {
        (x &- 0x0101_0101_0101_0101) & ~x & 0x8080_8080_8080_8080
    }

    /// `zeroBytes` of the bytes of `word` equal to `byte`: nonzero exactly when one is.
    @inlinable @inline(__always)
    public static func bytes(of word: UInt64, equalTo byte: UInt8) -> UInt64 {
        zeroBytes(word ^ (0x0101_0101_0101_0101 &* UInt64(byte)))
    }

    /// The high bit of each byte of `word` below `bound` (at most 0x80), with the same borrow
    /// as `zeroBytes`: nonzero exactly when some byte is below it.
    @inlinable @inline(__always)
    public static func bytes(of word: UInt64, below bound: UInt8) -> UInt64 {
        (word &- 0x0101_0101_0101_0101 &* UInt64(bound)) & ~word & 0x8080_8080_8080_8080
    }
}

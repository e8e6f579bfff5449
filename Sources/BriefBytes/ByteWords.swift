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

    /// A hash of `bytes` for hash tables (not for security), eight bytes to a multiply: up to 15
    /// bytes as the two words a short string keeps them in (`hash(low:high:count:)`, so a short
    /// string's own words hash as its bytes do), longer ones word by word, the last bytes packed
    /// into one more word, then the count. Swift's `Hasher` fed the bytes cost some 300
    /// instructions for a 40-byte path, and a rebuild looks up some 150,000 paths.
    @inlinable
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let count = bytes.count
        guard let base = bytes.baseAddress else { return hash(low: 0, high: 0, count: 0) }
        if count <= 15 {
            let (low, high) = ShortASCII.words(base, count: count)
            return hash(low: low, high: high, count: count)
        }
        var hash = hashSeed
        var offset = 0
        while offset + 8 <= count {
            hash = mix(hash, base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        return mix(mix(hash, offset < count ? tail(base, from: offset, count: count) : 0), UInt64(count))
    }

    /// The bytes of `base` from `index` to `count` (one to eight: what is left after whole
    /// words) as one little-endian number, zero above them: where the input holds eight bytes
    /// or more, its last eight shifted past those already read, not a byte at a time; else
    /// `packed`. Reads no byte outside `base[0..<count]`.
    @inlinable @inline(__always)
    public static func tail(_ base: UnsafeRawPointer, from index: Int, count: Int) -> UInt64 {
        let rest = count - index
        if count >= 8 { return base.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self) >> UInt64(64 - 8 * rest) }
        return packed(base + index, count: rest)
    }

    /// `hash(_:)` of up to 15 bytes, given as their two words (`ShortASCII.words`).
    @inlinable @inline(__always)
    public static func hash(low: UInt64, high: UInt64, count: Int) -> UInt64 {
        mix(mix(mix(hashSeed, low), high), UInt64(count))
    }

    /// FNV-1a's offset basis.
    @inlinable static var hashSeed: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// One word into a hash: FNV-1a's multiply, the high bits shifted back down (`FNV64`'s
    /// step too).
    @inlinable @inline(__always)
    public static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        let hash = (hash ^ word) &* 0x0000_0100_0000_01B3
        return hash ^ (hash >> 29)
    }
}

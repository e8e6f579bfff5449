import BriefBytes

/// Finds bytes in a buffer eight at a time (SWAR): for the scans that look for one rare
/// byte (a colon, a line feed, the first byte of a quotation mark) over a whole document.
/// O(n / 8) word steps; answers exactly what a byte loop would.
enum ByteSearch {
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// The high bit set in the bytes of `x` that are zero (`ByteWords.zeroBytes`): only bytes
    /// above a true zero byte can be flagged wrongly, so the lowest flagged byte is always one.
    @inline(__always) private static func zeros(_ x: UInt64) -> UInt64 {
        ByteWords.zeroBytes(x)
    }

    @inline(__always) private static func load(_ t: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(t.baseAddress! + i).loadUnaligned(as: UInt64.self))
    }

    /// The first index in `from..<to` holding `byte`.
    @inline(__always) static func first(_ byte: UInt8, in t: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let pattern = ones &* UInt64(byte)
        var i = from
        while i + 8 <= to {
            let z = zeros(load(t, i) ^ pattern)
            if z != 0 { return i + z.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < to {
            if t[i] == byte { return i }
            i += 1
        }
        return nil
    }

    /// The first index in `from..<to` holding any of the four bytes.
    @inline(__always) static func first(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8,
                                        in t: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int? {
        let pa = ones &* UInt64(a), pb = ones &* UInt64(b), pc = ones &* UInt64(c), pd = ones &* UInt64(d)
        var i = from
        while i + 8 <= to {
            let w = load(t, i)
            let z = zeros(w ^ pa) | zeros(w ^ pb) | zeros(w ^ pc) | zeros(w ^ pd)
            if z != 0 { return i + z.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < to {
            let x = t[i]
            if x == a || x == b || x == c || x == d { return i }
            i += 1
        }
        return nil
    }
}

/// Eight bytes tested at once (SWAR) for ASCII letters and digits: the word scans of the
/// annotator, the raw-article line features and the search index share them.
public enum AsciiWords {
    @inlinable static var ones: UInt64 { 0x0101_0101_0101_0101 }
    @inlinable static var highs: UInt64 { 0x8080_8080_8080_8080 }

    /// The high bit of each byte of `x` (all below 0x80) set when the byte is in `lo...hi`.
    @inlinable @inline(__always) static func within(_ x: UInt64, _ lo: UInt8, _ hi: UInt8) -> UInt64 {
        // No carry crosses a byte: each byte stays below 0x80 + 0x7F.
        let atLeast = x &+ ones &* UInt64(0x80 - lo)
        let above = x &+ ones &* UInt64(0x7F - hi)
        return atLeast & ~above & highs
    }

    /// How many of the eight bytes of `w`, from the first, are ASCII letters, and whether
    /// any of those is not a capital.
    @inlinable @inline(__always) public static func letterPrefix(_ w: UInt64) -> (letters: Int, anyLower: Bool) {
        let ascii = ~w & highs
        let x = w & ~highs
        let letters = within(x | ones &* 0x20, 0x61, 0x7A) & ascii
        let count = (~letters & highs).trailingZeroBitCount >> 3
        let lower = within(x, 0x61, 0x7A) & ascii
        let prefix: UInt64 = count == 8 ? ~0 : (1 << UInt64(count * 8)) &- 1
        return (count, lower & prefix != 0)
    }

    /// The first index in `from..<to` holding an ASCII capital or a byte of a non-ASCII
    /// code point (`to` when there is none), eight bytes at a time.
    @inlinable @inline(__always) public static func firstCapitalOrNonASCII(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        while i + 8 <= to {
            let w = UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)
            let hits = (within(w & ~highs, 0x41, 0x5A) | w) & highs
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < to {
            let b = text[i]
            if b >= 0x80 || b &- 0x41 < 26 { return i }
            i += 1
        }
        return to
    }

    /// The first index in `from..<to` holding an ASCII digit (`to` when there is none), eight
    /// bytes at a time.
    @inlinable @inline(__always) public static func firstDigit(_ text: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Int {
        var i = from
        while i + 8 <= to {
            let w = UnsafeRawPointer(text.baseAddress! + i).loadUnaligned(as: UInt64.self)
            let hits = within(w & ~highs, 0x30, 0x39) & ~w & highs
            if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
            i += 8
        }
        while i < to && text[i] &- 0x30 >= 10 { i += 1 }
        return i
    }

    /// `w` with each byte that is an ASCII capital lower-cased (`ByteClass.lower` of every byte).
    @inlinable @inline(__always) public static func lowercased(_ w: UInt64) -> UInt64 {
        // A capital's flag is its byte's high bit; shifted down two places it is 0x20.
        let capitals = within(w & ~highs, 0x41, 0x5A) & ~w & highs
        return w | capitals >> 2
    }

    /// How many of the eight bytes of `w` (little-endian: the first byte is the lowest)
    /// are, from the first, ASCII letters or digits.
    @inlinable @inline(__always) public static func alphanumericPrefix(_ w: UInt64) -> Int {
        let ascii = ~w & highs
        let x = w & ~highs // bytes with the high bit cleared: no carries below
        let letters = within(x | ones &* 0x20, 0x61, 0x7A)
        let digits = within(x, 0x30, 0x39)
        let good = (letters | digits) & ascii
        let bad = ~good & highs
        return bad.trailingZeroBitCount >> 3
    }

    /// How many of the eight bytes of `w`, from the first, are ASCII letters, digits or spaces,
    /// or bytes of non-ASCII code points: what runs of prose hold between punctuation.
    @inlinable @inline(__always) public static func wordsAndSpacesPrefix(_ w: UInt64) -> Int {
        let ascii = ~w & highs
        let x = w & ~highs
        let letters = within(x | ones &* 0x20, 0x61, 0x7A)
        let digits = within(x, 0x30, 0x39)
        let spaces = within(x, 0x20, 0x20)
        let good = (letters | digits | spaces) & ascii | ~ascii & highs
        return (~good & highs).trailingZeroBitCount >> 3
    }

    /// How many of the eight bytes of `w`, from the first, are lower-case ASCII letters or digits.
    @inlinable @inline(__always) public static func lowerOrDigitPrefix(_ w: UInt64) -> Int {
        let ascii = ~w & highs
        let x = w & ~highs
        let good = (within(x, 0x61, 0x7A) | within(x, 0x30, 0x39)) & ascii
        return (~good & highs).trailingZeroBitCount >> 3
    }
}

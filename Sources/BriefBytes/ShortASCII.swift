/// Strings of up to 15 ASCII bytes made straight from their bytes.
///
/// Swift keeps such a string in its own two words, no storage: the bytes in order, zeros after
/// them, and in the last byte a tag with the count (immortal, ASCII, small: `0xE0 | count`).
/// `String(decoding:as:)` spends some 150 instructions checking and packing them; a rebuild
/// reads half a million such strings (entity ids and names) back from its cache. Used only when
/// the layout was found as expected when first asked (`layoutIsKnown`, checked against strings
/// made the usual way); else every call says nil and the caller decodes as usual.
public enum ShortASCII {
    /// The string of the `count` bytes at `bytes`, when there are at most 15 and all are ASCII
    /// and the layout is known; else nil. Reads no byte past the `count`.
    @inlinable @inline(__always)
    public static func string(_ bytes: UnsafeRawPointer, count: Int) -> String? {
        guard count <= 15, layoutIsKnown else { return nil }
        let (low, high) = words(bytes, count: count)
        guard (low | high) & 0x8080_8080_8080_8080 == 0 else { return nil }
        return unsafeBitCast((low, high | tag(count)), to: String.self)
    }

    /// The `count` (at most 15) bytes at `bytes` as a short string's two words hold them,
    /// without the tag: the first eight, then the rest, zeros after them.
    @inlinable @inline(__always)
    public static func words(_ bytes: UnsafeRawPointer, count: Int) -> (UInt64, UInt64) {
        if count <= 8 { return (ByteWords.packed(bytes, count: count), 0) }
        return (bytes.loadUnaligned(as: UInt64.self), ByteWords.packed(bytes + 8, count: count - 8))
    }

    /// The words (`words(_:count:)`) and count of `string` read from the string itself, when it
    /// is kept as a short ASCII string (and the layout is known); else nil.
    @inlinable @inline(__always)
    public static func contents(of string: String) -> (low: UInt64, high: UInt64, count: Int)? {
        guard layoutIsKnown else { return nil }
        let (low, high) = unsafeBitCast(string, to: (UInt64, UInt64).self)
        guard high >> 60 == 0xE else { return nil }
        return (low, high & 0x00FF_FFFF_FFFF_FFFF, Int(high >> 56) & 0x0F)
    }

    /// The last byte of a short ASCII string of `count` bytes, in place.
    @inlinable @inline(__always)
    static func tag(_ count: Int) -> UInt64 {
        (0xE0 | UInt64(count)) << 56
    }

    /// Whether strings of 0 to 15 ASCII bytes made by `String(decoding:as:)` have exactly the
    /// words `string` makes (checked once, for every count).
    public static let layoutIsKnown: Bool = {
        #if (arch(x86_64) || arch(arm64)) && _endian(little)
        let letters = Array("abcdefghijklmnop".utf8)
        return letters.withUnsafeBytes { raw in
            (0...15).allSatisfy { count in
                let made = String(decoding: letters[..<count], as: UTF8.self)
                let (low, high) = words(raw.baseAddress!, count: count)
                return unsafeBitCast(made, to: (UInt64, UInt64).self) == (low, high | tag(count))
            }
        }
        #else
        return false
        #endif
    }()
}

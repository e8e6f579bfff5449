import BriefBytes
import BriefContent

/// FNV-1a style, 64 bits (long inputs folded by full-width multiplies): a fast,
/// non-cryptographic hash for cache keys and checksums. O(n) over bytes.
///
/// Not for security: only to notice that inputs changed or that cached bytes were damaged.
struct FNV64: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// FNV-1a over 8-byte little-endian words (a shift mixes the high bits back in), the last
    /// bytes packed into one more word. Inputs of 32 bytes or more run in two lanes over 32-byte
    /// blocks, each folding 16 bytes into its chain with one full-width multiply
    /// (`foldedProduct`), and are mixed into the hash after the last block: one lane's multiply
    /// does not wait for the other's, and a 64-by-64-bit product takes two words where FNV's
    /// multiply takes one (a third fewer instructions than four FNV lanes). A rebuild checksums
    /// over 100 MB of mapped cache this way.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        var offset = 0
        let count = bytes.count
        if count >= 32 {
            var lanes = (hash ^ Self.laneSeeds.0, hash ^ Self.laneSeeds.1)
            while offset + 32 <= count {
                lanes.0 = Self.foldedProduct(
                    bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self) ^ lanes.0,
                    bytes.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self) ^ Self.laneKeys.0)
                lanes.1 = Self.foldedProduct(
                    bytes.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self) ^ lanes.1,
                    bytes.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self) ^ Self.laneKeys.1)
                offset += 32
            }
            hash = Self.mix(Self.mix(hash, lanes.0), lanes.1)
        }
        while offset + 8 <= count {
            hash = Self.mix(hash, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < count {
            // The last 1 to 7 bytes as one word, their count in the top byte (which they never
            // reach): one multiply instead of one per byte, and "a" differs from "a\0".
            var tail = UInt64(count - offset) << 56
            var shift: UInt64 = 0
            while offset < count {
                tail |= UInt64(bytes[offset]) << shift
                shift += 8
                offset += 1
            }
            hash = Self.mix(hash, tail)
        }
        value = hash
    }

    /// One word into one chain (`ByteWords.mix`).
    @inline(__always)
    private static func mix(_ hash: UInt64, _ word: UInt64) -> UInt64 {
        ByteWords.mix(hash, UInt64(littleEndian: word))
    }

    /// The high and low words of `a * b` xored: every bit of both inputs reaches the result. A
    /// zero factor would lose the chain before it: the first is a word xored with the chain
    /// (zero by chance one time in 2^64), the second a word xored with a key that holds a 0xFF
    /// byte, which no UTF-8 text has.
    @inline(__always)
    private static func foldedProduct(_ a: UInt64, _ b: UInt64) -> UInt64 {
        let (high, low) = a.multipliedFullWidth(by: b)
        return high ^ low
    }

    /// Start the lanes apart, so equal blocks in the two lanes do not fold alike.
    private static let laneSeeds: (UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0xC2B2_AE3D_27D4_EB4F)
    /// Xored into each block's second word (see `foldedProduct`).
    private static let laneKeys: (UInt64, UInt64) = (0xFF51_AFD7_ED55_8CCD, 0xFFCE_B9FE_1A85_EC53)

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    /// The slice's length, then its bytes (so `"ab","c"` and `"a","bc"` differ).
    mutating func add(_ bytes: some ByteFragment) {
        add(bytes.count)
        bytes.withUnsafeBytes { add($0) }
    }

    /// The string's UTF-8 bytes, then its length: `"ab","c"` and `"a","bc"` differ, and so do
    /// two strings whose last words pack alike (`"ab"` and `"ab\0\0\0\0\0\u{2}"`). Read in
    /// place where the string is contiguous UTF-8 (a copy to call `withUTF8` retained it).
    mutating func add(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ add(text: UnsafeRawBufferPointer($0)) }) == nil {
            var copy = text
            copy.withUTF8 { add(text: UnsafeRawBufferPointer($0)) }
        }
    }

    /// `add(_ text: String)` for a string's UTF-8 bytes.
    ///
    /// Up to 16 bytes (most strings of a key: ids, slugs, names, dates) go in as one or two
    /// words read in place (`ByteWords.packed`; eight to 16 as two words that overlap when the
    /// count is not 16): with the count mixed in after them, the words tell every string of that
    /// count apart, and no byte is read past the end. A key hashes some two million such strings
    /// at 10,000 briefings; through the general loop each cost about 250 instructions.
    mutating func add(text bytes: UnsafeRawBufferPointer) {
        let count = bytes.count
        if count > 16 {
            add(bytes)
        } else if count >= 8 {
            value = Self.mix(Self.mix(value, bytes.loadUnaligned(as: UInt64.self)), bytes.loadUnaligned(fromByteOffset: count - 8, as: UInt64.self))
        } else if let base = bytes.baseAddress {
            value = Self.mix(value, ByteWords.packed(base, count: count))
        }
        add(UInt64(count) | 0xFF00_0000_0000_0000)
    }

    /// A date's day (what `PublicationDate.isoDay` shows), without formatting it: cache keys hash
    /// the day of every card and quote on every build.
    mutating func add(day date: PublicationDate?) {
        guard let date else { return add(UInt64(0)) }
        add(UInt64(1))
        add(date.year)
        add(date.month)
        add(date.day)
    }

    /// One word: the same as its eight little-endian bytes, without the loop over them.
    mutating func add(_ number: UInt64) {
        value = Self.mix(value, number.littleEndian)
    }

    mutating func add(_ number: Int) { add(UInt64(bitPattern: Int64(number))) }

    mutating func add(_ text: String?) {
        if let text { add(UInt64(1)); add(text) } else { add(UInt64(0)) }
    }

    /// The hash of `bytes` alone.
    static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hasher = FNV64()
        hasher.add(bytes)
        return hasher.value
    }
}

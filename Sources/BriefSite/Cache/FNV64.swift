import BriefContent

/// FNV-1a style, 64 bits: a fast, non-cryptographic hash for cache keys and checksums. O(n) over bytes.
///
/// Not for security: only to notice that inputs changed or that cached bytes were damaged.
struct FNV64: Sendable {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    init() {}

    /// FNV-1a over 8-byte little-endian words (a rotation mixes the high bits back in), then
    /// over the last bytes one by one: about eight times faster than byte-wise FNV on long inputs.
    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        let words = bytes.count / 8
        for index in 0..<words {
            let word = bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            hash = (hash ^ UInt64(littleEndian: word)) &* Self.prime
            hash ^= hash >> 29
        }
        for index in (words * 8)..<bytes.count {
            hash = (hash ^ UInt64(bytes[index])) &* Self.prime
        }
        value = hash
    }

    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func add(_ bytes: [UInt8]) { bytes.withUnsafeBytes { add($0) } }

    /// The slice's length, then its bytes (so `"ab","c"` and `"a","bc"` differ).
    mutating func add(_ bytes: some ByteFragment) {
        add(bytes.count)
        bytes.withUnsafeBytes { add($0) }
    }

    /// The string's UTF-8 bytes and a terminator, so `"ab","c"` and `"a","bc"` differ. Read in
    /// place where the string is contiguous UTF-8 (a copy to call `withUTF8` retained it).
    mutating func add(_ text: String) {
        if text.utf8.withContiguousStorageIfAvailable({ add(UnsafeRawBufferPointer($0)) }) == nil {
            var copy = text
            copy.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        }
        add(UInt64(0xFF))
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

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
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

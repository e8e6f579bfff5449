/// Cheap byte-level helpers over UTF-8 text used by the raw-article classifier.
///
/// Only ASCII letters are case-folded; other bytes pass through unchanged, which is
/// enough for the English cue vocabulary and keeps every scan a single linear pass.
enum ByteText {
    /// The 64-bit FNV-1a hash of `bytes`, a byte at a time: cheap keys for lines and slugs
    /// (hashing through `Hasher` costs a call per byte), stable across runs and machines. O(n).
    static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// ASCII-lowercased copy of `bytes`. O(n).
    static func lowercased(_ bytes: some Collection<UInt8>) -> [UInt8] {
        let count = bytes.count
        // Not through the capacity-0 init: it writes into the stdlib's shared empty storage.
        guard count > 0 else { return [] }
        return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
            var index = 0
            for byte in bytes {
                // One unsigned compare: `byte - 0x41` wraps above 25 for everything but A...Z.
                buffer[index] = byte &- 0x41 < 26 ? byte | 0x20 : byte
                index += 1
            }
            initialized = index
        }
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }

    static func isLower(_ byte: UInt8) -> Bool { (0x61...0x7A).contains(byte) }
    static func isUpper(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) }
    static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }

    /// Whether `needle` occurs in `haystack` starting at a word start (the byte before
    /// it is not an ASCII letter or digit). O(n·m) with a first-byte filter; needles are short.
    static func containsWord(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack, wordStart: true) != nil
    }

    /// Whether `needle` occurs anywhere in `haystack`.
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack, wordStart: false) != nil
    }

    /// First offset of `needle` in `haystack`, optionally only at word starts.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], wordStart: Bool, from start: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= haystack.count else { return nil }
        var i = start
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first, !wordStart || i == 0 || !isASCIIAlphanumeric(haystack[i - 1]) {
                var j = 1
                while j < needle.count, haystack[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }

    /// Whether `bytes` starts with `prefix` followed by a word end (or the end of the text).
    static func hasWordPrefix(_ bytes: [UInt8], _ prefix: [UInt8]) -> Bool {
        guard bytes.count >= prefix.count, bytes.starts(with: prefix) else { return false }
        return bytes.count == prefix.count || !isASCIIAlphanumeric(bytes[prefix.count])
    }

    /// `bytes` without leading and trailing white space: ASCII space and controls, no-break
    /// space, the Unicode spaces U+2000–U+200F (zero-width space and joiners among them),
    /// U+202F, U+2060, the ideographic space and the byte order mark.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lo = bytes.startIndex, hi = bytes.endIndex
        while lo < hi {
            let width = spaceWidth(bytes, at: lo, end: hi)
            if width == 0 { break }
            lo += width
        }
        while hi > lo {
            if bytes[hi - 1] <= 0x20 { hi -= 1; continue }
            if hi - lo >= 2, spaceWidth(bytes, at: hi - 2, end: hi) == 2 { hi -= 2; continue }
            if hi - lo >= 3, spaceWidth(bytes, at: hi - 3, end: hi) == 3 { hi -= 3; continue }
            break
        }
        return bytes[lo..<hi]
    }

    /// Byte length of the white-space character at `index`, or 0 when it is not one.
    private static func spaceWidth(_ bytes: ArraySlice<UInt8>, at index: Int, end: Int) -> Int {
        let byte = bytes[index]
        if byte <= 0x20 { return 1 }
        if byte == 0xC2, index + 1 < end, bytes[index + 1] == 0xA0 { return 2 }
        guard index + 2 < end else { return 0 }
        let second = bytes[index + 1], third = bytes[index + 2]
        switch byte {
        case 0xE2:
            if second == 0x80, (0x80...0x8F).contains(third) || third == 0xAF { return 3 }
            if second == 0x81, third == 0xA0 { return 3 }
        case 0xE3:
            if second == 0x80, third == 0x80 { return 3 }
        case 0xEF:
            if second == 0xBB, third == 0xBF { return 3 }
        default:
            break
        }
        return 0
    }
}

extension Array where Element == UInt8 {
    /// The UTF-8 bytes of a string literal, for vocabulary tables.
    init(ascii string: String) { self = Array(string.utf8) }
}

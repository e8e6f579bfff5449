/// Flags of words of at most eight bytes, keyed by the word folded into one 64-bit
/// integer (`ShortWordMemo.key`): a look-up is one multiply and a comparison or two,
/// with no hash over the bytes. Open addressing, at most half full, built once.
struct ShortKeyTable: Sendable {
    /// The longest key, in bytes.
    static let maxCount = ShortWordMemo.maxCount

    /// Per slot the key (0 when empty: a word's first byte is never 0), its length and flags.
    private var keys: [UInt64]
    private var counts: [UInt8]
    private var flags: [UInt32]
    private let shift: UInt64

    /// `entries`: each key's bytes (1 to `maxCount`, folded as `ShortWordMemo.key` folds) and flags.
    init(_ entries: [(key: [UInt8], flags: UInt32)]) {
        var bits: UInt64 = 4
        while (1 << bits) < entries.count * 2 { bits += 1 }
        keys = [UInt64](repeating: 0, count: 1 << bits)
        counts = [UInt8](repeating: 0, count: 1 << bits)
        flags = [UInt32](repeating: 0, count: 1 << bits)
        shift = 64 - bits
        for (bytes, value) in entries {
            precondition((1...Self.maxCount).contains(bytes.count) && bytes[0] != 0)
            let key = bytes.withUnsafeBufferPointer { ShortWordMemo.key($0, 0..<$0.count) }
            var s = Self.slot(key, shift)
            while keys[s] != 0 && !(keys[s] == key && Int(counts[s]) == bytes.count) { s = (s + 1) & (keys.count - 1) }
            keys[s] = key
            counts[s] = UInt8(bytes.count)
            flags[s] |= value
        }
    }

    @inline(__always) private static func slot(_ key: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The flags of the word `text[range]` (1 to `maxCount` bytes, no whitespace), compared
    /// with ASCII case folded; 0 when it is no key.
    @inline(__always) func flags(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt32 {
        let key = ShortWordMemo.key(text, range)
        let count = range.count
        return keys.withUnsafeBufferPointer { keys in
            let mask = keys.count - 1
            var s = Self.slot(key, shift)
            while true {
                let k = keys[s]
                if k == 0 { return 0 }
                if k == key && Int(counts[s]) == count { return flags[s] }
                s = (s + 1) & mask
            }
        }
    }
}

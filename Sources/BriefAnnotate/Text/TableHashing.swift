/// The hashing the annotator's own tables share: FNV-1a over bytes for the keys, and a
/// multiply-shift (Fibonacci hashing) of a key's hash to pick its slot.
@usableFromInline enum TableHashing {
    /// FNV-1a's 64-bit offset basis: the hash of no bytes.
    static let empty: UInt64 = 0xcbf2_9ce4_8422_2325

    /// `hash` with `byte` added (FNV-1a, 64 bits).
    @inline(__always) static func adding(_ byte: UInt8, to hash: UInt64) -> UInt64 {
        (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }

    /// The slot of hash `h` in a power-of-two table of `1 << (64 - shift)` slots.
    @inlinable @inline(__always) static func slot(_ h: UInt64, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: (h &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }
}

/// A set of lower-case ASCII words looked up straight from UTF-8 bytes, without building a
/// String: each word is kept as a 64-bit FNV-1a hash of its ASCII-lower-cased bytes. O(word length).
///
/// The hashes sit in a small open-addressing table probed with a multiply-shift of the hash
/// itself: `Set<UInt64>` would run SipHash over each probe, and these sets are asked about most
/// capitalised words of every document.
struct WordSet: Sendable {
    /// Power-of-two sized; 0 marks an empty slot (a word hashing to 0 is kept in `hasZero`).
    private let slots: [UInt64]
    private let shift: UInt64
    private let hasZero: Bool

    init(_ words: some Sequence<String>) {
        let hashes = Set(words.map { Self.hash(Array($0.utf8)[...]) })
        var bits: UInt64 = 3
        while (1 << bits) < hashes.count * 2 { bits += 1 }
        var slots = [UInt64](repeating: 0, count: 1 << bits)
        let shift = 64 - bits
        for h in hashes where h != 0 {
            var i = TableHashing.slot(h, shift)
            while slots[i] != 0 { i = (i + 1) & (slots.count - 1) }
            slots[i] = h
        }
        self.slots = slots
        self.shift = shift
        hasZero = hashes.contains(0)
    }

    /// Whether the word with hash `h` (from `hash(_:_:)`) is in the set: one hash serves
    /// several sets.
    @inline(__always) func contains(hash h: UInt64) -> Bool {
        if h == 0 { return hasZero }
        return slots.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var i = TableHashing.slot(h, shift)
            while true {
                let value = table[i]
                if value == h { return true }
                if value == 0 { return false }
                i = (i + 1) & mask
            }
        }
    }

    /// Whether `text[range]`, lower-cased, is in the set.
    @inline(__always) func contains(_ text: [UInt8], _ range: Range<Int>) -> Bool {
        contains(hash: Self.hash(text[range]))
    }

    func contains(_ word: String) -> Bool {
        contains(hash: Self.hash(Array(word.utf8)[...]))
    }

    /// The hash of `text[range]`, lower-cased, for `contains(hash:)`.
    @inline(__always) static func hash(_ text: [UInt8], _ range: Range<Int>) -> UInt64 {
        hash(text[range])
    }

    @inline(__always) static func hash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
        var h = TableHashing.empty
        for b in bytes { h = TableHashing.adding(ByteClass.lower(b), to: h) }
        return h
    }
}

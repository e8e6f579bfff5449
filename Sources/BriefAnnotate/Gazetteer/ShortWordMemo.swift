import BriefBytes

/// The part of `KindsMemo` for one-word ranges of at most eight bytes. Such a word,
/// ASCII case folded, fits one 64-bit integer (`key`): a repeat is found by one multiply
/// for the slot and one comparison, without hashing or comparing the bytes one by one.
/// Only a miss hashes the word (FNV-1a, as the lexicon wants it) and probes the lexicon,
/// so the answer is always the lexicon's own.
///
/// An entry holds the whole key and no position in a text, so it stays true for every
/// text: the recognizer lends each document a table kept from earlier ones
/// (`ShortWordTable.take`), and a word that earlier documents looked up ("Ukraine",
/// "Minister") costs no probe of the large lexicon, whose slots miss the cache.
struct ShortWordMemo {
    /// The longest word kept here, in bytes.
    static let maxCount = 8

    /// Made by the first look-up when none is given: the memo of several-word names
    /// (`KindsMemo.Shared`) never asks one. Held only to keep `entries` alive.
    private var table: ShortWordTable?
    /// `table`'s slots, read and written through the pointer: reading the class reference
    /// per look-up retained and released it.
    private var entries: UnsafeMutablePointer<ShortWordTable.Entry>?

    init(table: ShortWordTable? = nil) {
        self.table = table
        self.entries = table?.entries
    }

    /// `gazetteer.kinds(text, range)` for a word token `range` of 1 to `maxCount` bytes.
    mutating func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in gazetteer: Gazetteer) -> Gazetteer.Kind {
        if self.entries == nil {
            let made = ShortWordTable()
            table = made
            self.entries = made.entries
        }
        let entries = self.entries.unsafelyUnwrapped
        let count = UInt32(truncatingIfNeeded: range.count)
        let key = Self.key(text, range)
        let slot = Int(truncatingIfNeeded: ((key ^ UInt64(count)) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - ShortWordTable.bits))
        let e = entries[slot]
        if e.count == count && e.key == key { return Gazetteer.Kind(rawValue: e.kinds) }
        var h = TableHashing.empty
        for i in range { h = TableHashing.adding(ByteClass.lower(text[i]), to: h) }
        // A word token holds no whitespace: its bytes are their own normal form.
        let kinds = gazetteer.kinds(plain: text, range, foldedHash: h, spaced: false)
        entries[slot] = ShortWordTable.Entry(key: key, count: count, kinds: kinds.rawValue)
        return kinds
    }

    /// The bytes of `range` (1 to 8 of them) as one little-endian integer, ASCII capitals
    /// lower-cased as `ByteClass.lower` does; the bytes past the range are zero.
    @inline(__always) static func key(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
        let count = range.count
        var w: UInt64
        if range.lowerBound + 8 <= text.count {
            w = UnsafeRawPointer(text.baseAddress! + range.lowerBound).loadUnaligned(as: UInt64.self)
            if count < 8 { w &= (1 << UInt64(count * 8)) &- 1 }
        } else {
            w = 0
            for k in 0..<count { w |= UInt64(text[range.lowerBound + k]) << UInt64(k * 8) }
        }
        return AsciiWords.lowercased(w)
    }
}

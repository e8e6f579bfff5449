/// A small open-addressing table from 64-bit word hashes (`WordSet.hash`) to values, probed
/// with `TableHashing.slot` of the hash itself: `Set`/`Dictionary` would run SipHash over each
/// probe, and these tables are asked about most words of every document. Power-of-two sized,
/// at most half full; 0 marks an empty slot, so the value of hash 0 is kept apart.
///
/// Most words asked about are on no list: a bit per hash slot of a table sixteen times
/// larger (`filter`, a few hundred bytes that stay in cache) turns most of them away
/// before the table itself is read.
struct HashSlots<Value: Sendable>: Sendable {
    private let hashes: [UInt64]
    private let values: [Value]
    private let shift: UInt64
    private let filter: [UInt64]
    private let filterShift: UInt64
    /// The value of hash 0, and of every hash not in the table.
    private let zero: Value
    private let missing: Value

    init(_ entries: [UInt64: Value], missing: Value) {
        var bits: UInt64 = 3
        while (1 << bits) < entries.count * 2 { bits += 1 }
        var hashes = [UInt64](repeating: 0, count: 1 << bits)
        var values = [Value](repeating: missing, count: 1 << bits)
        let shift = 64 - bits
        for (h, value) in entries where h != 0 {
            var i = TableHashing.slot(h, shift)
            while hashes[i] != 0 { i = (i + 1) & (hashes.count - 1) }
            hashes[i] = h
            values[i] = value
        }
        var filter = [UInt64](repeating: 0, count: max(1, (1 << (bits + 4)) / 64))
        let filterShift = shift - 4
        for h in entries.keys where h != 0 {
            let bit = TableHashing.slot(h, filterShift)
            filter[bit >> 6] |= 1 << UInt64(bit & 63)
        }
        self.hashes = hashes
        self.values = values
        self.shift = shift
        self.filter = filter
        self.filterShift = filterShift
        zero = entries[0] ?? missing
        self.missing = missing
    }

    /// The value kept for hash `h`, or `missing`.
    @inline(__always) func value(hash h: UInt64) -> Value {
        if h == 0 { return zero }
        let bit = TableHashing.slot(h, filterShift)
        if filter.withUnsafeBufferPointer({ $0[bit >> 6] }) & (1 << UInt64(bit & 63)) == 0 { return missing }
        return hashes.withUnsafeBufferPointer { table in
            let mask = table.count - 1
            var i = TableHashing.slot(h, shift)
            while true {
                let stored = table[i]
                if stored == h { return values[i] }
                if stored == 0 { return missing }
                i = (i + 1) & mask
            }
        }
    }
}

/// The position of the first of a list of strings with exactly given bytes: the cache's encoder
/// names entities by position (`CachedBriefing.encode`), and a linear search per mention, quote
/// speaker and entity made encoding a briefing dense with names quadratic (2,000 entities and
/// 20,000 mentions: half a second, under the cache writer's lock as it was).
///
/// Open addressing over an FNV hash of the UTF-8 (`FNV64`), built once per list; a short list
/// (most briefings') is searched in place, which costs less than building a table.
/// Strings are compared by bytes: another normalization of the same text is another string.
struct FirstPositions {
    /// Position + 1 per slot, 0 for empty; empty when the list is searched in place.
    private var slots: [Int32] = []
    private var hashes: [UInt64] = []
    private let count: Int
    private let string: (Int) -> String

    /// Lists up to this long are searched in place.
    static let scannedCount = 16

    /// `string(k)` is the k-th of `count` strings; it is called again by `position(of:)`, so it
    /// must stay valid (and the same) while this table is used.
    init(count: Int, string: @escaping (Int) -> String) {
        self.count = count
        self.string = string
        guard count > Self.scannedCount else { return }
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = [Int32](repeating: 0, count: size)
        hashes.reserveCapacity(count)
        let mask = size - 1
        for k in 0..<count {
            let text = string(k)
            let h = Self.hash(text)
            hashes.append(h)
            var s = Int(truncatingIfNeeded: h) & mask
            var taken = false
            while slots[s] != 0 {
                let other = Int(slots[s]) - 1
                if hashes[other] == h, CachedBriefing.sameBytes(string(other), text) {
                    taken = true
                    break
                }
                s = (s + 1) & mask
            }
            // The first of equal strings keeps the slot.
            if !taken { slots[s] = Int32(k + 1) }
        }
    }

    /// The position of the first string whose bytes are `text`'s, or nil.
    func position(of text: String) -> Int? {
        if slots.isEmpty {
            for k in 0..<count where CachedBriefing.sameBytes(string(k), text) { return k }
            return nil
        }
        let h = Self.hash(text)
        let mask = slots.count - 1
        var s = Int(truncatingIfNeeded: h) & mask
        while slots[s] != 0 {
            let k = Int(slots[s]) - 1
            if hashes[k] == h, CachedBriefing.sameBytes(string(k), text) { return k }
            s = (s + 1) & mask
        }
        return nil
    }

    /// FNV of the UTF-8 (`FNV64.add(_:)` for a string: read in place where it can be), then
    /// multiplied so the low bits (the slot) depend on every byte.
    private static func hash(_ text: String) -> UInt64 {
        var hasher = FNV64()
        hasher.add(text)
        return (hasher.value &* 0x9E37_79B9_7F4A_7C15) >> 20
    }
}

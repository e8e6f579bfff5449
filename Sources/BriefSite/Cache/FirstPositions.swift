import BriefAnnotate

/// The position of the first of a list of strings with exactly given bytes: the cache's encoder
/// names entities by position (`CachedBriefing.encode`), and a linear search per mention, quote
/// speaker and entity made encoding a briefing dense with names quadratic (2,000 entities and
/// 20,000 mentions: half a second, under the cache writer's lock as it was).
///
/// The annotator's `KeyTable` keyed by position, probed with the string's FNV hash (`FNV64`),
/// built once per list; a short list (most briefings') is searched in place, which costs less
/// than building a table. Strings are compared by bytes: another normalization of the same
/// text is another string.
///
/// A string looked up is nearly always a copy of one in the list (a mention's id is the very
/// string of its entity's id, and the light part's entries share the annotation's strings): it
/// is found first by its bits (`String.isSameValue`), which hash and compare without a
/// look at its bytes; only a string that is no such copy is hashed by its bytes.
struct FirstPositions {
    /// The position of the first of each distinct string; empty when the list is searched in place.
    private var table = KeyTable<Int, Void>()
    /// The first position of each distinct string value (bits), with the position of the first
    /// string of its bytes (its answer); empty when the list is searched in place.
    private var copies = KeyTable<Int, Int>()
    private let count: Int
    private let string: (Int) -> String

    /// Lists up to this long are searched in place.
    static let scannedCount = 16

    /// `string(k)` is the k-th of `count` strings; it is called again by `position(of:)`, so it
    /// must stay valid (and the same) while this table is used.
    @inline(__always) init(count: Int, string: @escaping (Int) -> String) {
        self.count = count
        self.string = string
        guard count > Self.scannedCount else { return }
        var table = KeyTable<Int, Void>(capacity: count)
        var copies = KeyTable<Int, Int>(capacity: count)
        for k in 0..<count {
            let text = string(k)
            let hash = Self.hash(text)
            // The first of equal strings keeps its place.
            var first = k
            if !table.appendIfAbsent(k, (), hash: hash, where: { CachedBriefing.sameBytes(string($0), text) }),
                let entry = table.index(hash: hash, where: { CachedBriefing.sameBytes(string($0), text) }) {
                first = table.key(at: entry)
            }
            _ = copies.appendIfAbsent(k, first, hash: text.valueBitsHash) { String.isSameValue(string($0), text) }
        }
        self.table = table
        self.copies = copies
    }

    /// The position of the first string whose bytes are `text`'s, or nil.
    @inline(__always) func position(of text: String) -> Int? {
        if count <= Self.scannedCount {
            for k in 0..<count where CachedBriefing.sameBytes(string(k), text) { return k }
            return nil
        }
        if let copy = copies.index(hash: text.valueBitsHash, where: { String.isSameValue(string($0), text) }) {
            return copies.value(at: copy)
        }
        // (Not `.map(table.key(at:))`: that closure held a copy of the table, retained per call.)
        guard let entry = table.index(hash: Self.hash(text), where: { CachedBriefing.sameBytes(string($0), text) }) else { return nil }
        return table.key(at: entry)
    }

    /// FNV of the UTF-8 (`FNV64.add(_:)` for a string: read in place where it can be); the
    /// table picks a slot from its high bits (multiply-shift), which depend on every byte.
    private static func hash(_ text: String) -> UInt64 {
        var hasher = FNV64()
        hasher.add(text)
        return hasher.value
    }
}

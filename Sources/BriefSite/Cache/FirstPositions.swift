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
///
/// The list is kept as an array of its own and read in place: asked through a closure (`{
/// entities[$0].id }`), every string compared was retained and released, and a lookup among a
/// briefing's two dozen entities cost some 200 instructions (700,000 lookups at 10,000 briefings).
struct FirstPositions {
    /// The position of the first of each distinct string; empty when the list is searched in place.
    private var table = KeyTable<Int, Void>()
    /// The first position of each distinct string value (bits), with the position of the first
    /// string of its bytes (its answer); empty when the list is searched in place.
    private var copies = KeyTable<Int, Int>()
    private let strings: [String]

    /// Lists up to this long are searched in place. Past a handful the table costs less (a scan
    /// compares bytes of every string of the same length): a 1,000-briefing build took 2,355 M
    /// instructions with 6, 2,357 M with 16, 2,403 M with 32.
    static let scannedCount = 6

    init(_ strings: [String]) {
        self.strings = strings
        guard strings.count > Self.scannedCount else { return }
        var table = KeyTable<Int, Void>(capacity: strings.count)
        var copies = KeyTable<Int, Int>(capacity: strings.count)
        strings.withUnsafeBufferPointer { strings in
            for k in strings.indices {
                let hash = Self.hash(strings[k])
                // The first of equal strings keeps its place.
                var first = k
                if !table.appendIfAbsent(k, (), hash: hash, where: { CachedBriefing.sameBytes(strings[$0], strings[k]) }),
                    let entry = table.index(hash: hash, where: { CachedBriefing.sameBytes(strings[$0], strings[k]) }) {
                    first = table.key(at: entry)
                }
                _ = copies.appendIfAbsent(k, first, hash: strings[k].valueBitsHash) { String.isSameValue(strings[$0], strings[k]) }
            }
        }
        self.table = table
        self.copies = copies
    }

    /// The positions of `entities` by id.
    init(ids entities: [EntityCount]) {
        self.init(entities.map(\.id))
    }

    /// The positions of the annotation's `entities` by id.
    init(ids entities: [Entity]) {
        self.init(entities.map(\.id))
    }

    /// The position of the first string whose bytes are `text`'s, or nil.
    @inline(__always) func position(of text: String) -> Int? {
        strings.withUnsafeBufferPointer { strings in
            if strings.count <= Self.scannedCount {
                for k in strings.indices where CachedBriefing.sameBytes(strings[k], text) { return k }
                return nil
            }
            if let copy = copies.index(hash: text.valueBitsHash, where: { String.isSameValue(strings[$0], text) }) {
                return copies.value(at: copy)
            }
            // (Not `.map(table.key(at:))`: that closure held a copy of the table, retained per call.)
            guard let entry = table.index(hash: Self.hash(text), where: { CachedBriefing.sameBytes(strings[$0], text) }) else { return nil }
            return table.key(at: entry)
        }
    }

    /// FNV of the UTF-8 (`FNV64.add(_:)` for a string: read in place where it can be); the
    /// table picks a slot from its high bits (multiply-shift), which depend on every byte.
    private static func hash(_ text: String) -> UInt64 {
        var hasher = FNV64()
        hasher.add(text)
        return hasher.value
    }
}

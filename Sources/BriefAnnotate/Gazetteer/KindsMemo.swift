/// The gazetteer kinds of the words already looked up in one document, so that a name the
/// text repeats ("Lavrov" ten times) costs one probe of the large lexicon, not ten (each
/// probe there is a few cache misses). Direct-mapped by the word's folded hash; a hit is
/// checked byte by byte against the earlier occurrence, so the answer is always the
/// lexicon's own. O(word length) per look-up.
struct KindsMemo {
    private struct Entry {
        var hash: UInt64 = 0
        var start = 0
        var count = -1
        var kinds: Gazetteer.Kind = []
    }

    private static let size = 256
    private var entries = [Entry](repeating: Entry(), count: KindsMemo.size)

    /// `gazetteer.kinds(text, range)`, remembered for `range`'s bytes (ASCII case folded).
    mutating func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in gazetteer: Gazetteer) -> Gazetteer.Kind {
        var h = TableHashing.empty
        for i in range { h = TableHashing.adding(ByteClass.lower(text[i]), to: h) }
        let slot = Int(truncatingIfNeeded: h ^ (h >> 32)) & (Self.size - 1)
        // Read without a uniqueness check; written only on a miss.
        let e = entries.withUnsafeBufferPointer { $0[slot] }
        if e.hash == h && e.count == range.count {
            var k = 0
            while k < e.count && ByteClass.lower(text[e.start + k]) == ByteClass.lower(text[range.lowerBound + k]) { k += 1 }
            if k == e.count { return e.kinds }
        }
        let kinds = gazetteer.kinds(text, range, foldedHash: h)
        entries[slot] = Entry(hash: h, start: range.lowerBound, count: range.count, kinds: kinds)
        return kinds
    }
}

extension KindsMemo {
    /// A memo shared by the copies of a value that asks it from non-mutating methods
    /// (one per document, never across threads).
    final class Shared {
        private var memo = KindsMemo()

        func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in gazetteer: Gazetteer) -> Gazetteer.Kind {
            memo.kinds(text, range, in: gazetteer)
        }
    }
}

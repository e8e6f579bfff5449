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
    /// Words of at most eight bytes, most of a text's capitalised words, remembered apart.
    private var shortWords: ShortWordMemo

    init(shortWords: ShortWordMemo = ShortWordMemo()) {
        self.shortWords = shortWords
    }

    /// `gazetteer.kinds(text, range)`, remembered for `range`'s bytes (ASCII case folded).
    /// `word`: `range` is one word token, which holds no whitespace.
    mutating func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, in gazetteer: Gazetteer, word: Bool = false) -> Gazetteer.Kind {
        if word && range.count <= ShortWordMemo.maxCount && !range.isEmpty {
            return shortWords.kinds(text, range, in: gazetteer)
        }
        var h = TableHashing.empty
        // Whether the only whitespace is single spaces between other bytes (then the lexicon
        // need not look at the bytes again before its probe), and whether there is one.
        var plain = true
        var spaced = false
        if word {
            for i in range { h = TableHashing.adding(ByteClass.lower(text[i]), to: h) }
        } else {
            for i in range {
                let b = text[i]
                if b <= 0x20 && ByteClass.isSpace(b) {
                    if b != 0x20 || i == range.lowerBound || i == range.upperBound - 1 || text[i - 1] == 0x20 { plain = false }
                    spaced = true
                }
                h = TableHashing.adding(ByteClass.lower(b), to: h)
            }
        }
        let slot = Int(truncatingIfNeeded: h ^ (h >> 32)) & (Self.size - 1)
        // Read without a uniqueness check; written only on a miss.
        let e = entries.withUnsafeBufferPointer { $0[slot] }
        if e.hash == h && e.count == range.count {
            var k = 0
            while k < e.count && ByteClass.lower(text[e.start + k]) == ByteClass.lower(text[range.lowerBound + k]) { k += 1 }
            if k == e.count { return e.kinds }
        }
        let kinds = plain ? gazetteer.kinds(plain: text, range, foldedHash: h, spaced: spaced) : gazetteer.kinds(text, range, foldedHash: h)
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

/// A fixed list of words asked about by String (`contains`), answering exactly what a
/// `Set<String>` would (String equality), through a `KeyTable`: its own byte hash instead
/// of the seeded SipHash a Set runs on every probe. The attribution asks these lists about
/// most words around each quote.
struct WordList: Sequence, ExpressibleByArrayLiteral, Sendable {
    private let words: [String]
    private let table: KeyTable<String, Bool>

    init(_ words: some Sequence<String>) {
        var table = KeyTable<String, Bool>()
        var list: [String] = []
        for w in words where !table.contains(w) {
            table.set(w, true)
            list.append(w)
        }
        self.words = list
        self.table = table
    }

    init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// Whether `word` is on the list (as `Set.contains` would say).
    @inline(__always) func contains(_ word: String) -> Bool {
        table.contains(word)
    }

    func makeIterator() -> IndexingIterator<[String]> {
        words.makeIterator()
    }
}

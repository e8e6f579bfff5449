/// Which of the speech lexicon's word lists a word is on, all answered by one probe:
/// the name scan asks several lists about most capitalised words and the words around them.
/// Keyed by `WordSet.hash`, so `classes(hash:).contains(.title)` answers exactly what
/// `SpeechLexicon.titleWords.contains(hash:)` does.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt16
    static let nonName = WordClasses(rawValue: 1 << 0)
    static let title = WordClasses(rawValue: 1 << 1)
    static let role = WordClasses(rawValue: 1 << 2)
    static let nonPersonHead = WordClasses(rawValue: 1 << 3)
    static let filler = WordClasses(rawValue: 1 << 4)
    static let pronoun = WordClasses(rawValue: 1 << 5)
    static let speechVerb = WordClasses(rawValue: 1 << 6)
    static let subjectVerb = WordClasses(rawValue: 1 << 7)

    /// The table: hashes and their classes, open addressing (0 marks an empty slot).
    struct Table: Sendable {
        private let hashes: [UInt64]
        private let classes: [WordClasses]
        private let shift: UInt64
        private let zero: WordClasses

        init(_ lists: [(some Sequence<String>, WordClasses)]) {
            var merged: [UInt64: WordClasses] = [:]
            for (words, c) in lists {
                for w in words { merged[WordSet.hash(Array(w.utf8)[...]), default: []].insert(c) }
            }
            var bits: UInt64 = 3
            while (1 << bits) < merged.count * 2 { bits += 1 }
            var hashes = [UInt64](repeating: 0, count: 1 << bits)
            var classes = [WordClasses](repeating: [], count: 1 << bits)
            let shift = 64 - bits
            for (h, c) in merged where h != 0 {
                var i = TableHashing.slot(h, shift)
                while hashes[i] != 0 { i = (i + 1) & (hashes.count - 1) }
                hashes[i] = h
                classes[i] = c
            }
            self.hashes = hashes
            self.classes = classes
            self.shift = shift
            zero = merged[0] ?? []
        }

        /// The classes of the word with `WordSet.hash` `h` (empty when on no list).
        @inline(__always) func classes(hash h: UInt64) -> WordClasses {
            if h == 0 { return zero }
            return hashes.withUnsafeBufferPointer { table in
                let mask = table.count - 1
                var i = TableHashing.slot(h, shift)
                while true {
                    let value = table[i]
                    if value == h { return classes[i] }
                    if value == 0 { return [] }
                    i = (i + 1) & mask
                }
            }
        }
    }
}

extension SpeechLexicon {
    /// The lists of the `WordSet`s below, by class, for one probe per word.
    static let wordClasses = WordClasses.Table([
        (Array(nonNames), .nonName), (Array(titles), .title), (Array(roleNouns), .role),
        (Array(nonPersonHeads), .nonPersonHead), (Array(fillers), .filler), (Array(pronouns), .pronoun),
        (Array(speechVerbs), .speechVerb),
        (Array(strongVerbs.filter { !isParticiple($0) && $0 != "according" }), .subjectVerb),
    ])
}

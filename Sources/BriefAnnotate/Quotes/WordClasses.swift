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

    /// The table: each word's hash and its classes.
    struct Table: Sendable {
        private let slots: HashSlots<WordClasses>

        init(_ lists: [(some Sequence<String>, WordClasses)]) {
            var merged: [UInt64: WordClasses] = [:]
            for (words, c) in lists {
                for w in words { merged[WordSet.hash(Array(w.utf8)[...]), default: []].insert(c) }
            }
            slots = HashSlots(merged, missing: [])
        }

        /// The classes of the word with `WordSet.hash` `h` (empty when on no list).
        @inline(__always) func classes(hash h: UInt64) -> WordClasses {
            slots.value(hash: h)
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

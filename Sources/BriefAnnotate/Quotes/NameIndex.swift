/// Every capitalised word run of one document, for canonical names, pronouns and roles.
///
/// Built in one pass over the bytes, O(n); look-ups by position are binary searches.
/// The tables are keyed by words of the text (`TextWord`), so no String is made per run.
struct NameIndex: Sendable {
    let text: [UInt8]
    /// Filled by the scan (NameIndex+Scanning.swift), then read-only.
    var runs: [NameRun] = []
    /// The role words of all runs (`NameRun.roles` indexes them): title words before a name,
    /// role nouns of an appositive after it.
    var roleWords: [Range<Int>] = []
    /// Indices into `runs` of likely people, in text order.
    private(set) var people: [Int] = []
    /// Last word -> index of the fullest run ending with it.
    private(set) var fullest = KeyTable<TextWord, Int>()
    /// Last word -> gender; `.some(nil)` when the evidence conflicts.
    private var genders = KeyTable<TextWord, Gender?>()
    /// The paragraphs (lines) of the text.
    let paragraphs: [Range<Int>]
    /// For each paragraph, how many paragraphs with words end at it.
    let paragraphOrdinals: [Int]

    static let connectors = WordSet(["de", "van", "von", "der", "da", "del", "bin", "al", "la", "le", "du", "di", "dos", "el"])

    init(_ text: [UInt8], paragraphs: [Range<Int>]) {
        self.text = text
        self.paragraphs = paragraphs
        // Blank and punctuation-only lines do not count when asking "the same or the previous paragraph".
        var ordinal = 0
        var ordinals: [Int] = []
        ordinals.reserveCapacity(paragraphs.count)
        for p in paragraphs {
            if !QuoteScanner.isTrivial(text, p) { ordinal += 1 }
            ordinals.append(ordinal)
        }
        paragraphOrdinals = ordinals
        runs.reserveCapacity(text.count / 64 + 8)
        build()
    }

    /// Scans every paragraph, then fills the tables. A method, not a closure in `init`: a
    /// closure there would copy the index.
    private mutating func build() {
        let text = self.text
        text.withUnsafeBufferPointer { t in
            var words: [Range<Int>] = []
            words.reserveCapacity(16)
            for (pi, p) in paragraphs.enumerated() { scan(t, p, paragraph: pi, words: &words) }
            // Tables filled as locals and stored once: a table of `self` probed in the loop
            // would be retained and released around every probe.
            var fullest = KeyTable<TextWord, Int>(capacity: runs.count)
            // The entry of `fullest` for each run's last word, -1 for a run not entered: kept so
            // that `collectPeople` need not look up again the word of every lone name.
            var entryOfRun = [Int32](repeating: -1, count: runs.count)
            for k in runs.indices {
                let run = runs[k]
                guard run.nameWords >= 1, run.nameWords <= 4, !run.lastIsNonPersonHead else { continue }
                if let e = fullest.index(of: run.last, in: t) {
                    entryOfRun[k] = Int32(e)
                    let current = runs[fullest.value(at: e)]
                    if run.nameWords > current.nameWords && (run.isPersonLike || !current.isPersonLike) { fullest.setValue(at: e, k) }
                } else {
                    entryOfRun[k] = Int32(fullest.count)
                    fullest.append(run.last, k, hash: run.last.hash)
                }
            }
            self.fullest = fullest
            collectPeople(t, fullest, entryOfRun)
        }
    }

    /// The entry of `table` whose word, lower-cased, is `word`.
    private func find<V>(_ word: String, in table: KeyTable<TextWord, V>) -> Int? {
        table.index(of: word, in: text)
    }

    /// Decides which runs are people once every run is known: a lone surname that speaks
    /// ("Lonechild said") is a person when a fuller person-like run ends with it.
    /// `entryOfRun[k]`: the entry of `fullest` for run `k`'s last word, or -1 when unknown
    /// (then it is looked up).
    private mutating func collectPeople(_ text: Bytes, _ fullest: KeyTable<TextWord, Int>, _ entryOfRun: [Int32]) {
        var genders = KeyTable<TextWord, Gender?>()
        var people: [Int] = []
        people.reserveCapacity(runs.count)
        defer {
            self.genders = genders
            self.people = people
        }
        for k in runs.indices {
            if !runs[k].isPersonLike, runs[k].nameWords == 1,
               let e = entryOfRun[k] >= 0 ? Int(entryOfRun[k]) : fullest.index(of: runs[k].last, in: text),
               case let best = fullest.value(at: e),
               runs[best].isPersonLike, runs[best].nameWords >= 2 {
                runs[k].isPersonLike = true
                completePerson(k, text, paragraphs[runs[k].paragraphIndex])
            }
            if !runs[k].isPersonLike { runs[k].isSpeechSubject = false }
            if runs[k].isPersonLike { people.append(k) }
            if runs[k].isPersonLike, let g = runs[k].gender {
                if let e = genders.index(of: runs[k].last, in: text) {
                    if genders.value(at: e) != g { genders.setValue(at: e, nil) }
                } else {
                    genders.append(runs[k].last, g, hash: runs[k].last.hash)
                }
            }
        }
    }

    /// The lower-cased last word of `run`'s name.
    func lastWord(of run: NameRun) -> String {
        TextBytes.lowercased(text, run.last.range)
    }

    /// Whether `role` (lower-case) is among `run`'s titles and appositive roles.
    func run(_ run: NameRun, hasRole role: String) -> Bool {
        for k in run.roles where TextWord.lowercased(text, roleWords[k], equals: role) { return true }
        return false
    }

    /// The first person-like run of two or more words whose first name word is `word` (lower-cased).
    ///
    /// A walk over the people rather than a table of first words: it is asked only about
    /// one-word speakers, and a table cost a hash and a probe per person of every document.
    func personStarting(with word: String) -> NameRun? {
        text.withUnsafeBufferPointer { t in
            for k in people where runs[k].nameWords >= 2 {
                let r = runs[k].name
                let end = AttributionTokenizer.wordEnd(t, r.lowerBound, r.upperBound)
                if TextWord.lowercased(t, r.lowerBound..<end, equals: word) { return runs[k] }
            }
            return nil
        }
    }

    /// The fullest name in the document whose last word is `lastWord` (lower-cased).
    func canonical(lastWord: String) -> NameRun? {
        find(lastWord, in: fullest).map { runs[fullest.value(at: $0)] }
    }

    /// The gender the document shows for the person with this last word, when consistent.
    func gender(ofLastWord word: String) -> Gender? {
        find(word, in: genders).flatMap { genders.value(at: $0) }
    }

    /// `gender(ofLastWord:)` of the last word of `run`.
    func gender(ofLastWordOf run: NameRun) -> Gender? {
        text.withUnsafeBufferPointer { t in genders.index(of: run.last, in: t).flatMap { genders.value(at: $0) } }
    }

    /// The last likely person before `position` that `accept` takes.
    func lastPerson(before position: Int, where accept: (NameRun) -> Bool) -> NameRun? {
        lastRun(among: people.count, { runs[people[$0]] }, before: position, where: accept)
    }

    /// The last of `count` runs in text order (`run(k)` the k-th) that ends before `position`
    /// and that `accept` takes, looked for among the 400 before it: one binary search and a
    /// short walk back, not a scan of the document.
    @inline(__always)
    private func lastRun(among count: Int, _ run: (Int) -> NameRun, before position: Int, where accept: (NameRun) -> Bool) -> NameRun? {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if run(mid).range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && lo - k <= 400 {
            if accept(run(k)) { return run(k) }
            k -= 1
        }
        return nil
    }

    /// The last run before `position` with `role` among its titles or appositive roles.
    func lastRun(withRole role: String, before position: Int) -> NameRun? {
        lastRun(among: runs.count, { runs[$0] }, before: position) { $0.isPersonLike && run($0, hasRole: role) }
    }

    /// Ordinal of the paragraph holding byte `position`, counting only paragraphs with words.
    func paragraph(of position: Int) -> Int {
        paragraphOrdinals.isEmpty ? 0 : paragraphOrdinals[paragraphIndex(of: position)]
    }

    /// Index of the paragraph holding byte `position`.
    func paragraphIndex(of position: Int) -> Int {
        var lo = 0, hi = paragraphs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphs[mid].lowerBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// The last run before `position` whose last word is `word` (lower-cased): "the
    /// commission" -> "Ontario Civilian Police Commission".
    func lastRun(endingWith word: String, before position: Int) -> NameRun? {
        lastRun(among: runs.count, { runs[$0] }, before: position) {
            $0.nameWords >= 2 && TextWord.lowercased(text, $0.last.range, equals: word)
        }
    }

    /// The run that overlaps `range`, if any.
    func run(overlapping range: Range<Int>) -> NameRun? {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].range.upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < runs.count && runs[lo].range.lowerBound < range.upperBound ? runs[lo] : nil
    }
}

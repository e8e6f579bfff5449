/// Every capitalised word run of one document, for canonical names, pronouns and roles.
///
/// Built in one pass over the bytes, O(n); look-ups by position are binary searches.
struct NameIndex: Sendable {
    private(set) var runs: [NameRun] = []
    /// Indices into `runs` of likely people, in text order.
    private(set) var people: [Int] = []
    /// Lower-cased last word -> index of the fullest run ending with it.
    private(set) var fullest: [String: Int] = [:]
    /// Lower-cased last word -> gender; `.some(nil)` when the evidence conflicts.
    private var genders: [String: Gender?] = [:]
    private let paragraphStarts: [Int]
    /// For each paragraph, how many paragraphs with words end at it.
    private let paragraphOrdinals: [Int]

    private static let connectors: Set<String> = ["de", "van", "von", "der", "da", "del", "bin", "al", "la", "le", "du", "di", "dos", "el"]

    init(_ text: [UInt8], paragraphs: [Range<Int>]) {
        paragraphStarts = paragraphs.map(\.lowerBound)
        // Blank and punctuation-only lines do not count when asking "the same or the previous paragraph".
        var ordinal = 0
        var ordinals: [Int] = []
        ordinals.reserveCapacity(paragraphs.count)
        for p in paragraphs {
            if !QuoteScanner.isTrivial(text, p) { ordinal += 1 }
            ordinals.append(ordinal)
        }
        paragraphOrdinals = ordinals
        for (pi, p) in paragraphs.enumerated() { scan(text, p, paragraph: pi) }
        for (k, run) in runs.enumerated() {
            guard run.nameWords >= 1, run.nameWords <= 4, !SpeechLexicon.nonPersonHeads.contains(run.lastWord) else { continue }
            if let best = fullest[run.lastWord] {
                let current = runs[best]
                if run.nameWords > current.nameWords && (run.isPersonLike || !current.isPersonLike) { fullest[run.lastWord] = k }
            } else {
                fullest[run.lastWord] = k
            }
        }
        collectPeople()
    }

    /// Decides which runs are people once every run is known: a lone surname that speaks
    /// ("Lonechild said") is a person when a fuller person-like run ends with it.
    private mutating func collectPeople() {
        for k in runs.indices {
            if !runs[k].isPersonLike, runs[k].nameWords == 1, let best = fullest[runs[k].lastWord],
               runs[best].isPersonLike, runs[best].nameWords >= 2 {
                runs[k].isPersonLike = true
            }
            if !runs[k].isPersonLike { runs[k].isSpeechSubject = false }
            if runs[k].isPersonLike { people.append(k) }
            if runs[k].isPersonLike, let g = runs[k].gender {
                if let known = genders[runs[k].lastWord] {
                    if known != g { genders[runs[k].lastWord] = .some(nil) }
                } else {
                    genders[runs[k].lastWord] = g
                }
            }
        }
    }

    /// The fullest name in the document whose last word is `lastWord` (lower-cased).
    func canonical(lastWord: String) -> NameRun? {
        fullest[lastWord].map { runs[$0] }
    }

    /// The gender the document shows for the person with this last word, when consistent.
    func gender(ofLastWord word: String) -> Gender? {
        genders[word] ?? nil
    }

    /// The last likely person before `position` that `accept` takes.
    func lastPerson(before position: Int, where accept: (NameRun) -> Bool) -> NameRun? {
        var lo = 0, hi = people.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[people[mid]].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && lo - k <= 400 {
            if accept(runs[people[k]]) { return runs[people[k]] }
            k -= 1
        }
        return nil
    }

    /// The last likely person whose run ends before `position`.
    func lastPerson(before position: Int, speakersOnly: Bool = false) -> NameRun? {
        var lo = 0, hi = people.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[people[mid]].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 {
            let run = runs[people[k]]
            if !speakersOnly || run.isSpeechSubject { return run }
            k -= 1
            if lo - k > 400 { break }
        }
        return nil
    }

    /// The last run before `position` with `role` among its titles or appositive roles.
    func lastRun(withRole role: String, before position: Int) -> NameRun? {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && lo - k <= 400 {
            if runs[k].isPersonLike && runs[k].roles.contains(role) { return runs[k] }
            k -= 1
        }
        return nil
    }

    /// Ordinal of the paragraph holding byte `position`, counting only paragraphs with words.
    func paragraph(of position: Int) -> Int {
        paragraphOrdinals.isEmpty ? 0 : paragraphOrdinals[paragraphIndex(of: position)]
    }

    /// Index of the paragraph holding byte `position`.
    func paragraphIndex(of position: Int) -> Int {
        var lo = 0, hi = paragraphStarts.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if paragraphStarts[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        return max(0, lo - 1)
    }

    /// The last run before `position` whose last word is `word` (lower-cased): "the
    /// commission" -> "Ontario Civilian Police Commission".
    func lastRun(endingWith word: String, before position: Int) -> NameRun? {
        var lo = 0, hi = runs.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if runs[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && lo - k <= 400 {
            if runs[k].lastWord == word && runs[k].nameWords >= 2 { return runs[k] }
            k -= 1
        }
        return nil
    }

    // MARK: - Scanning

    private mutating func scan(_ text: [UInt8], _ p: Range<Int>, paragraph: Int) {
        var i = p.lowerBound
        var words: [Range<Int>] = []
        while i < p.upperBound {
            guard TextBytes.isWordByte(text, i), i == p.lowerBound || !TextBytes.isWordByte(text, i - 1) else {
                i += 1
                continue
            }
            var end = Tokenizer.wordEnd(text, i, p.upperBound)
            if end < p.upperBound && text[end] == 0x2E && Tokenizer.isAbbreviation(text, i..<end) { end += 1 }
            let word = i..<end
            if TextBytes.isUpperAt(text, i) {
                let gapIsSpace = words.last.map { $0.upperBound + 1 == i && text[$0.upperBound] == 0x20 } ?? true
                if !gapIsSpace { flush(text, &words, p, paragraph: paragraph) }
                words.append(word)
            } else if !words.isEmpty, words.last!.upperBound + 1 == i, end + 1 < p.upperBound, text[end] == 0x20,
                      TextBytes.isUpperAt(text, end + 1), Self.connectors.contains(TextBytes.lowercased(text, word)) {
                words.append(word)
            } else if !words.isEmpty {
                flush(text, &words, p, paragraph: paragraph)
            }
            i = max(end, i + 1)
        }
        if !words.isEmpty { flush(text, &words, p, paragraph: paragraph) }
    }

    /// Whether only a sentence end, a paragraph start or opening marks precede `start`.
    private func opensSentence(_ text: [UInt8], _ start: Int, _ p: Range<Int>) -> Bool {
        var j = start
        while j > p.lowerBound {
            let b = text[j - 1]
            if b == 0x20 || b == 0x22 || b & 0xC0 == 0x80 && j - 3 >= p.lowerBound && text[j - 3] == 0xE2 && (b == 0x9C || b == 0x98) {
                j -= b == 0x20 || b == 0x22 ? 1 : 3
                continue
            }
            return b == 0x2E || b == 0x21 || b == 0x3F
        }
        return true
    }

    /// Whether "the", "a", "an", "in" or "at" comes right before `start`: "the Kinder Morgan
    /// pipeline", "in Lower Mainland" name things and places, not people.
    private func followsPlaceWord(_ text: [UInt8], _ start: Int, _ p: Range<Int>) -> Bool {
        guard start - 2 >= p.lowerBound, text[start - 1] == 0x20 else { return false }
        var s = start - 1
        while s > p.lowerBound && TextBytes.isLowerASCII(text[s - 1]) { s -= 1 }
        guard s < start - 1, s == p.lowerBound || !TextBytes.isWordByte(text, s - 1) else { return false }
        let w = TextBytes.string(text, s..<(start - 1))
        return w == "the" || w == "a" || w == "an" || w == "in" || w == "at"
    }

    private static let functionWords: Set<String> = [
        "of", "and", "in", "on", "at", "to", "for", "with", "about", "from", "by", "or", "as", "but", "than",
        "into", "over", "after", "before", "during", "under", "against", "between", "near", "via", "per", "vs",
        "the", "a", "an", "this", "that", "these", "those", "when", "while", "because", "if", "so", "de",
    ]

    /// Whether a lower-case word that is no preposition or conjunction follows `end`: the
    /// name is the subject of a clause ("Cerato tried", "McNeely was afraid").
    private func isFollowedByVerb(_ text: [UInt8], _ end: Int, _ p: Range<Int>) -> Bool {
        guard end + 1 < p.upperBound, text[end] == 0x20, TextBytes.isLowerASCII(text[end + 1]) else { return false }
        var e = end + 1
        while e < p.upperBound && TextBytes.isLowerASCII(text[e]) { e += 1 }
        guard e - end - 1 <= 12 else { return false }
        return !Self.functionWords.contains(TextBytes.string(text, (end + 1)..<e))
    }

    /// The gender of the first personal pronoun after `start` in the same sentence.
    private func firstPronounGender(_ text: [UInt8], _ start: Int, _ p: Range<Int>) -> Gender? {
        var j = start
        let end = min(p.upperBound, start + 240)
        while j < end {
            let b = text[j]
            if b == 0x2E || b == 0x21 || b == 0x3F { return nil }
            if TextBytes.isLowerASCII(b) && (j == 0 || !TextBytes.isWordByte(text, j - 1)) {
                var e = j
                while e < end && TextBytes.isLowerASCII(text[e]) { e += 1 }
                if e - j <= 7 && (e == end || !TextBytes.isWordByte(text, e)), let g = Gender(word: TextBytes.string(text, j..<e)) {
                    return g
                }
                j = e
                continue
            }
            j += 1
        }
        return nil
    }

    /// Whether a strong speech verb precedes `start` within four lower-case words.
    private func isAfterSpeechVerb(_ text: [UInt8], _ start: Int, _ p: Range<Int>) -> Bool {
        var j = start
        for _ in 0..<5 {
            while j > p.lowerBound && text[j - 1] == 0x20 { j -= 1 }
            guard j > p.lowerBound, TextBytes.isASCIILetter(text[j - 1]) else { return false }
            var s = j - 1
            while s > p.lowerBound && TextBytes.isASCIILetter(text[s - 1]) { s -= 1 }
            guard TextBytes.isLowerASCII(text[s]) else { return false }
            let w = TextBytes.lowercased(text, s..<j)
            if w == "to", s - 11 >= p.lowerBound, TextBytes.equalsIgnoringCase(text, (s - 10)..<(s - 1), "according") { return true }
            if SpeechLexicon.strongVerbs.contains(w) { return w != "according" && !SpeechLexicon.isParticiple(w) }
            if SpeechLexicon.speechVerbs.contains(w) || SpeechLexicon.pronouns.contains(w) { return false }
            j = s
        }
        return false
    }

    private mutating func flush(_ text: [UInt8], _ words: inout [Range<Int>], _ p: Range<Int>, paragraph: Int) {
        defer { words.removeAll(keepingCapacity: true) }
        let lower = words.map { TextBytes.lowercased(text, $0) }
        // Leading titles and sentence words are not part of the name: keep what follows the last of them.
        var first = 0
        var roles: [String] = []
        for (k, w) in lower.enumerated() where SpeechLexicon.titles.contains(w) || SpeechLexicon.nonNames.contains(w) || SpeechLexicon.roleNouns.contains(w) {
            if k < lower.count - 1 || lower.count == 1 {
                first = k + 1
                if !SpeechLexicon.nonNames.contains(w) { roles.append(w.hasSuffix(".") ? String(w.dropLast()) : w) }
            }
        }
        for k in first..<max(first, lower.count - 1)
        where lower[k].hasSuffix("’s") || lower[k].hasSuffix("'s") || SpeechLexicon.nonPersonHeads.contains(lower[k]) {
            first = k + 1 // "Vancouver's Bo Horvat", "The Canadian Press Patrick Bardos"
        }
        guard first < words.count else { return }
        var nameEnd = words[words.count - 1].upperBound
        var last = lower[lower.count - 1]
        // Possessive: "Kiev’s", "Trump's"
        if last.hasSuffix("’s") { last.removeLast(2); nameEnd -= 4 } else if last.hasSuffix("'s") { last.removeLast(2); nameEnd -= 2 }
        if last.hasSuffix(".") && last.count > 2 { last.removeLast(); nameEnd -= 1 }
        let nameWords = words.count - first
        let nameLower = lower[first...]
        let acronym = words[first...].contains { r in r.count > 1 && text[r].allSatisfy { !TextBytes.isLowerASCII($0) } }
        let blocked = SpeechLexicon.nonPersonHeads.contains(last) || nameLower.contains { SpeechLexicon.nonNames.contains($0) }
        var isPerson = !acronym && !blocked && !followsPlaceWord(text, words[0].lowerBound, p)
            && (nameWords >= 2 && nameWords <= 4 || (nameWords == 1 && !roles.isEmpty))
        // Appositive roles: "Jane Doe, a spokesperson for X, said"
        let after = words[words.count - 1].upperBound
        var verbSearchStart = after
        if after < p.upperBound && text[after] == 0x2C {
            var j = after + 1
            var count = 0
            while j < p.upperBound && count < 14 {
                if text[j] == 0x2E { break }
                if text[j] == 0x2C { verbSearchStart = j + 1; break }
                if TextBytes.isWordByte(text, j) {
                    let e = Tokenizer.wordEnd(text, j, p.upperBound)
                    let w = TextBytes.lowercased(text, j..<e)
                    if SpeechLexicon.roleNouns.contains(w) { roles.append(w) }
                    count += 1
                    j = e
                } else {
                    j += 1
                }
            }
        }
        // "Lonechild said", "Lavrov also said"
        var speech = false
        if !blocked && !acronym {
            var j = verbSearchStart
            var hops = 0
            while j < p.upperBound && hops < 3 {
                while j < p.upperBound && text[j] == 0x20 { j += 1 }
                guard j < p.upperBound, TextBytes.isLowerASCII(text[j]) else { break }
                let e = Tokenizer.wordEnd(text, j, p.upperBound)
                let w = TextBytes.lowercased(text, j..<e)
                if SpeechLexicon.strongVerbs.contains(w) && !SpeechLexicon.isParticiple(w) && w != "according" { speech = true; break }
                guard SpeechLexicon.fillers.contains(w) else { break }
                j = e
                hops += 1
            }
        }
        if !speech && !blocked && !acronym && isAfterSpeechVerb(text, words[0].lowerBound, p) { speech = true }
        if speech && nameWords <= 4 && (nameWords >= 2 || !roles.isEmpty) { isPerson = true }
        var gender: Gender?
        for r in roles { if let g = Gender(word: r) { gender = g } }
        if gender == nil { gender = firstPronounGender(text, after, p) }
        runs.append(NameRun(range: words[0].lowerBound..<words[words.count - 1].upperBound,
                            name: words[first].lowerBound..<max(words[first].lowerBound, nameEnd),
                            nameWords: nameWords, lastWord: last, roles: roles,
                            isPersonLike: isPerson, isSpeechSubject: speech,
                            opensSentence: opensSentence(text, words[0].lowerBound, p)
                                || (nameEnd == after && isFollowedByVerb(text, after, p)),
                            gender: gender,
                            paragraph: paragraphOrdinals[paragraph]))
    }
}

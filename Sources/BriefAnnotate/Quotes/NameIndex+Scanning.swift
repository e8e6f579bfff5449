import BriefBytes

/// The single pass that builds a `NameIndex`: capitalised runs, their titles, roles,
/// speech verbs and gender evidence. O(n) over the bytes; word look-ups go through
/// byte-level `WordSet`s, so no String is built per word.
extension NameIndex {
    /// `words` is scratch space, empty on entry and on return (kept to reuse its storage).
    mutating func scan(_ text: Bytes, _ p: Range<Int>, paragraph: Int, words: inout [Range<Int>]) {
        var i = p.lowerBound
        // Positions before this one were covered by an earlier jump attempt.
        var jumpCheckedTo = p.lowerBound
        while i < p.upperBound {
            // Outside a run, nothing is recorded before the next capital or non-ASCII byte `u`:
            // jump to it eight bytes at a time. The scan would reach the last position `r <= u`
            // after an ASCII byte that no word takes in (not a letter, digit or joiner) with
            // nothing recorded, so it goes on from there exactly as it would have.
            if words.isEmpty && i >= jumpCheckedTo {
                let u = AsciiWords.firstCapitalOrNonASCII(text, from: i, to: p.upperBound)
                if u == p.upperBound { break }
                var r = u
                while r > i && !Self.endsNoWord(text[r - 1]) { r -= 1 }
                if r > i { i = r }
                jumpCheckedTo = u + 1
            }
            let b = text[i]
            // Fast path: ASCII punctuation and spaces.
            if b < 0x80 && !TextBytes.isASCIILetter(b) && !TextBytes.isDigit(b) { i += 1; continue }
            // Fast path: a lower-case ASCII word outside a run, the most common case; nothing to record.
            if words.isEmpty && TextBytes.isLowerASCII(b) {
                guard i == p.lowerBound || !TextBytes.isWordByte(text, i - 1) else { i += 1; continue }
                i = Self.lowerWordEnd(text, i, p.upperBound)
                // The lower-case words that follow after one space each, in a tight loop.
                while i + 1 < p.upperBound && text[i] == 0x20 && TextBytes.isLowerASCII(text[i + 1]) {
                    i = Self.lowerWordEnd(text, i + 1, p.upperBound)
                }
                continue
            }
            guard TextBytes.isWordByte(text, i), i == p.lowerBound || !TextBytes.isWordByte(text, i - 1) else {
                i += 1
                continue
            }
            var end = AttributionTokenizer.wordEnd(text, i, p.upperBound)
            let upper = TextBytes.isUpperAt(text, i)
            if !upper && words.isEmpty {
                // A lower-case word outside a run: nothing to record. (A period after it, part of
                // an abbreviation or not, is skipped by the punctuation path next.)
                i = end
                continue
            }
            if end < p.upperBound && text[end] == 0x2E && AttributionTokenizer.isAbbreviation(text, i..<end) { end += 1 }
            let word = i..<end
            if upper {
                let gapIsSpace = words.last.map { $0.upperBound + 1 == i && text[$0.upperBound] == 0x20 } ?? true
                if !gapIsSpace { flush(text, &words, p, paragraph: paragraph) }
                words.append(word)
            } else if !words.isEmpty, words.last!.upperBound + 1 == i, Self.continuesName(text, word, p.upperBound) {
                words.append(word)
            } else if !words.isEmpty {
                flush(text, &words, p, paragraph: paragraph)
            }
            i = max(end, i + 1)
        }
        if !words.isEmpty { flush(text, &words, p, paragraph: paragraph) }
    }

    /// Whether the lower-case `word` inside a run is a particle of the name: followed by a
    /// capitalised word ("Lula da Silva") or by another particle and one ("von der Leyen"),
    /// or hyphened to the capitalised rest ("al-Assad").
    private static func continuesName(_ text: Bytes, _ word: Range<Int>, _ limit: Int) -> Bool {
        // Particles have at most three letters (most words after a name are no particle and
        // fail here without a hash): a longer word is one only with a hyphen after them.
        if word.count > 3 {
            var h = word.lowerBound + 1
            while h < word.lowerBound + 4 && text[h] != 0x2D { h += 1 }
            return h < word.lowerBound + 4 && h + 1 < word.upperBound && TextBytes.isUpperAt(text, h + 1)
                && connectors.contains(text, word.lowerBound..<h)
        }
        guard word.upperBound + 1 < limit, text[word.upperBound] == 0x20, connectors.contains(text, word) else { return false }
        let next = word.upperBound + 1
        if TextBytes.isUpperAt(text, next) { return true }
        let nextEnd = AttributionTokenizer.wordEnd(text, next, limit)
        return nextEnd > next && nextEnd + 1 < limit && text[nextEnd] == 0x20 && TextBytes.isUpperAt(text, nextEnd + 1)
            && connectors.contains(text, next..<nextEnd)
    }

    /// An ASCII byte that no word spans: not a letter or digit, nor a joiner (`'`, `-`, `.`).
    @inline(__always) private static func endsNoWord(_ b: UInt8) -> Bool {
        b < 0x80 && !TextBytes.isASCIILetter(b) && !TextBytes.isDigit(b) && b != 0x27 && b != 0x2D && b != 0x2E
    }

    /// `AttributionTokenizer.wordEnd` for a word that starts with an ASCII letter: its ASCII
    /// letters and digits skipped here, the general rules only past them when the next byte
    /// may join the word (an apostrophe, hyphen, period or a non-ASCII byte).
    @inline(__always) private static func lowerWordEnd(_ text: Bytes, _ start: Int, _ end: Int) -> Int {
        var e = start + 1
        while e + 8 <= end {
            let run = AsciiWords.alphanumericPrefix(UnsafeRawPointer(text.baseAddress! + e).loadUnaligned(as: UInt64.self))
            e += run
            if run < 8 { break }
        }
        while e < end && (TextBytes.isASCIILetter(text[e]) || TextBytes.isDigit(text[e])) { e += 1 }
        guard e < end else { return e }
        let c = text[e]
        if c < 0x80 && c != 0x27 && c != 0x2D && c != 0x2E { return e }
        return AttributionTokenizer.wordEnd(text, e, end)
    }

    /// Whether only a sentence end, a paragraph start or opening marks precede `start`.
    private func opensSentence(_ text: Bytes, _ start: Int, _ p: Range<Int>) -> Bool {
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

    /// Ends with "ing" or "ly" (ASCII, any case), and is longer than five letters.
    private static func hasVerbEnding(_ text: Bytes, _ r: Range<Int>) -> Bool {
        guard r.count > 5 else { return false }
        let e = r.upperBound
        let ing = text[e - 3] | 0x20 == 0x69 && text[e - 2] | 0x20 == 0x6E && text[e - 1] | 0x20 == 0x67
        let ly = text[e - 2] | 0x20 == 0x6C && text[e - 1] | 0x20 == 0x79
        return ing || ly
    }

    /// `range` without a final period ("Mr." -> "Mr").
    private static func withoutPeriod(_ text: Bytes, _ range: Range<Int>) -> Range<Int> {
        range.count > 1 && text[range.upperBound - 1] == 0x2E ? range.lowerBound..<(range.upperBound - 1) : range
    }

    /// Byte length of a possessive ending ("’s" is 4 bytes, "'s" 2), or 0.
    private static func possessiveLength(_ text: Bytes, _ range: Range<Int>) -> Int {
        let e = range.upperBound
        guard range.count > 2, text[e - 1] | 0x20 == 0x73 else { return 0 }
        if text[e - 2] == 0x27 { return 2 }
        if range.count > 4 && text[e - 2] == 0x99 && text[e - 3] == 0x80 && text[e - 4] == 0xE2 { return 4 }
        return 0
    }

    /// Whether "the", "a", "an", "in" or "at" comes right before `start`: "the Kinder Morgan
    /// pipeline", "in Lower Mainland" name things and places, not people.
    private func followsPlaceWord(_ text: Bytes, _ start: Int, _ p: Range<Int>) -> Bool {
        guard start - 2 >= p.lowerBound, text[start - 1] == 0x20 else { return false }
        var s = start - 1
        while s > p.lowerBound && TextBytes.isLowerASCII(text[s - 1]) { s -= 1 }
        guard s < start - 1, s == p.lowerBound || !TextBytes.isWordByte(text, s - 1) else { return false }
        let r = s..<(start - 1)
        return TextBytes.equalsIgnoringCase(text, r, "the") || TextBytes.equalsIgnoringCase(text, r, "a")
            || TextBytes.equalsIgnoringCase(text, r, "an") || TextBytes.equalsIgnoringCase(text, r, "in")
            || TextBytes.equalsIgnoringCase(text, r, "at")
    }

    private static let functionWords = WordSet([
        "of", "and", "in", "on", "at", "to", "for", "with", "about", "from", "by", "or", "as", "but", "than",
        "into", "over", "after", "before", "during", "under", "against", "between", "near", "via", "per", "vs",
        "the", "a", "an", "this", "that", "these", "those", "when", "while", "because", "if", "so", "de",
        // Time words: "traded him for Victor Rask last week".
        "last", "next",
    ])

    /// Prepositions whose object a name is: "traded him to Carolina for Victor Rask".
    private static let objectPrepositions = WordSet([
        "for", "to", "with", "by", "of", "from", "against", "at", "into", "about", "than", "like", "toward", "towards",
    ])

    /// Whether a lower-case word that is no preposition or conjunction follows `end`: the
    /// name is the subject of a clause ("Cerato tried", "McNeely was afraid"), unless a
    /// preposition before `start` makes it an object ("for Victor Rask last week").
    private func isFollowedByVerb(_ text: Bytes, _ start: Int, _ end: Int, _ p: Range<Int>) -> Bool {
        guard end + 1 < p.upperBound, text[end] == 0x20, TextBytes.isLowerASCII(text[end + 1]) else { return false }
        if start - 2 >= p.lowerBound, text[start - 1] == 0x20 {
            var s = start - 1
            while s > p.lowerBound && TextBytes.isLowerASCII(text[s - 1]) { s -= 1 }
            if s < start - 1, s == p.lowerBound || !TextBytes.isWordByte(text, s - 1),
               Self.objectPrepositions.contains(text, s..<(start - 1)) { return false }
        }
        var e = end + 1
        while e < p.upperBound && TextBytes.isLowerASCII(text[e]) { e += 1 }
        guard e - end - 1 <= 12 else { return false }
        return !Self.functionWords.contains(text, (end + 1)..<e)
    }

    /// The gender of the first subject pronoun (he, she) after `start` in the same sentence.
    private func firstPronounGender(_ text: Bytes, _ start: Int, _ p: Range<Int>) -> Gender? {
        var j = start
        let end = min(p.upperBound, start + 240)
        while j < end {
            let b = text[j]
            if b == 0x2E || b == 0x21 || b == 0x3F { return nil }
            if TextBytes.isLowerASCII(b) && (j == 0 || !TextBytes.isWordByte(text, j - 1)) {
                var e = j
                while e < end && TextBytes.isLowerASCII(text[e]) { e += 1 }
                // Only "he" and "she": a "her" or "his" after a name is as often someone else's
                // ("Wendy Golden with photos of her son Kody Cook at her home").
                if e - j <= 3 && (e == end || !TextBytes.isWordByte(text, e)), let g = Gender(text, j..<e),
                   e - j == 2 || text[j] == 0x73 {
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
    private func isAfterSpeechVerb(_ text: Bytes, _ start: Int, _ p: Range<Int>) -> Bool {
        var j = start
        for _ in 0..<5 {
            while j > p.lowerBound && text[j - 1] == 0x20 { j -= 1 }
            guard j > p.lowerBound, TextBytes.isASCIILetter(text[j - 1]) else { return false }
            var s = j - 1
            while s > p.lowerBound && TextBytes.isASCIILetter(text[s - 1]) { s -= 1 }
            guard TextBytes.isLowerASCII(text[s]) else { return false }
            if j - s == 2 && text[s] == 0x74 && text[s + 1] == 0x6F, s - 11 >= p.lowerBound,
               TextBytes.equalsIgnoringCase(text, (s - 10)..<(s - 1), "according") { return true }
            let c = SpeechLexicon.wordClasses.classes(hash: WordSet.hash(text, s..<j))
            if c.contains(.subjectVerb) { return !hasWordBefore(text, s, p) }
            if c.contains(.speechVerb) || c.contains(.pronoun) { return false }
            j = s
        }
        return false
    }

    /// Whether a word other than a filler comes right before the verb at `verb`: then the
    /// verb has its subject there and a name after it is its object ("Lindner accused
    /// Scholz", "Lavrov told Kerry"), not its subject as in "“…,” said Lavrov".
    private func hasWordBefore(_ text: Bytes, _ verb: Int, _ p: Range<Int>) -> Bool {
        var j = verb
        for _ in 0..<4 {
            while j > p.lowerBound && text[j - 1] == 0x20 { j -= 1 }
            guard j > p.lowerBound, TextBytes.isWordByte(text, j - 1) else { return false }
            var s = j - 1
            while s > p.lowerBound && TextBytes.isWordByte(text, s - 1) { s -= 1 }
            guard SpeechLexicon.fillerWords.contains(text, s..<j) else { return true }
            j = s
        }
        return true
    }

    mutating func flush(_ text: Bytes, _ words: inout [Range<Int>], _ p: Range<Int>, paragraph: Int) {
        // Emptied one element at a time: `removeAll(keepingCapacity:)` goes through the generic
        // `replaceSubrange` (some hundred instructions for a run of one or two words).
        defer { while !words.isEmpty { words.removeLast() } }
        // Leading titles and sentence words are not part of the name: keep what follows the last of them.
        var first = 0
        let rolesStart = roleWords.count
        let count = words.count
        let initial = opensSentence(text, words[0].lowerBound, p)
        // A lone word's hash and classes, kept for its last word below (most runs are one word).
        var lone: (range: Range<Int>, hash: UInt64, classes: WordClasses)?
        // The last word before the run's last that is possessive or a non-person head word
        // ("Vancouver's Bo Horvat", "The Canadian Press Patrick Bardos"): the name starts after
        // it, when that is after the leading titles. Found in the same loop, so that each word
        // is hashed and looked up once.
        var lastHead = -1
        for k in 0..<count where k < count - 1 || count == 1 {
            let r = Self.withoutPeriod(text, words[k])
            let h = WordSet.hash(text, r)
            let c = SpeechLexicon.wordClasses.classes(hash: h)
            if count == 1 { lone = (r, h, c) }
            // A sentence-opening -ing or -ly word is no name: "Overstating Surrey", "Neighbouring Kenya".
            let nonName = c.contains(.nonName) || (k == 0 && initial && Self.hasVerbEnding(text, r))
            if nonName || c.contains(.title) || c.contains(.role) {
                first = k + 1
                if !nonName { roleWords.append(r) }
            }
            if k < count - 1 {
                // `r` is the word itself unless a period was dropped; then the word is hashed as written.
                let head = r.count == words[k].count ? c.contains(.nonPersonHead) : SpeechLexicon.nonPersonHeadWords.contains(text, words[k])
                if head || Self.possessiveLength(text, words[k]) > 0 { lastHead = k }
            }
        }
        if lastHead >= first { first = lastHead + 1 }
        guard first < count else { dropRoles(from: rolesStart); return }
        // Possessive and final period: "Kiev’s", "Trump's", "Jr."
        var lastRange = words[count - 1]
        lastRange = lastRange.lowerBound..<(lastRange.upperBound - Self.possessiveLength(text, lastRange))
        if lastRange.count > 2 && text[lastRange.upperBound - 1] == 0x2E { lastRange = lastRange.lowerBound..<(lastRange.upperBound - 1) }
        guard !lastRange.isEmpty else { dropRoles(from: rolesStart); return }
        let nameEnd = lastRange.upperBound
        let nameWords = count - first
        // Particles ("da", "von der") make no name longer: "Luiz Inácio Lula da Silva" has four words.
        var particles = 0
        for k in first..<count where TextBytes.isLowerASCII(text[words[k].lowerBound]) && Self.connectors.contains(text, words[k]) { particles += 1 }
        let personWords = nameWords - particles
        let acronym = words[first...].contains { r in r.count > 1 && text[r].allSatisfy { !TextBytes.isLowerASCII($0) } }
        // "Theresa May" is a name; a lone "May" is a month.
        let sameAsLone = lone.map { $0.range == lastRange } == true
        let lastHash = sameAsLone ? lone!.hash : WordSet.hash(text, lastRange)
        let lastClasses = sameAsLone ? lone!.classes : SpeechLexicon.wordClasses.classes(hash: lastHash)
        let lastIsNonPersonHead = lastClasses.contains(.nonPersonHead)
        let blocked = lastIsNonPersonHead || (nameWords == 1 && lastClasses.contains(.nonName))
        let heading = TextBytes.trimmedEnd(text, p.lowerBound, p.upperBound) <= words[count - 1].upperBound + 1
            && initial
        var isPerson = (personWords >= 2 && personWords <= 4 || (nameWords == 1 && roleWords.count > rolesStart))
            && !acronym && !blocked && !heading && !followsPlaceWord(text, words[0].lowerBound, p)
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
                    let e = AttributionTokenizer.wordEnd(text, j, p.upperBound)
                    if SpeechLexicon.roleWords.contains(text, j..<e) { roleWords.append(j..<e) }
                    count += 1
                    j = e
                } else {
                    j += 1
                }
            }
        }
        // Whether the name speaks matters only for a run that is, or may become, a person. A
        // lone name without a role is no person here and becomes one only when the document
        // names a fuller person ending with it (`collectPeople`): its speech verb, pronoun
        // gender and sentence opening are worked out then, and most such runs never need them.
        // A run of more than four words never becomes a person.
        let hasRoles = roleWords.count > rolesStart
        let pending = nameWords == 1 && !hasRoles && !blocked && !acronym
        var speech = false
        if !pending && personWords <= 4 && !blocked && !acronym {
            speech = speechVerbFollows(text, verbSearchStart, p) || isAfterSpeechVerb(text, words[0].lowerBound, p)
        }
        if speech && personWords <= 4 && (nameWords >= 2 || hasRoles) { isPerson = true }
        var gender: Gender?
        for r in roleWords[rolesStart...] { if let g = Gender(role: text, r) { gender = g } }
        // Only names that can be people pay for the look-ahead.
        if gender == nil && (isPerson || speech) { gender = firstPronounGender(text, after, p) }
        runs.append(NameRun(range: words[0].lowerBound..<words[words.count - 1].upperBound,
                            name: words[first].lowerBound..<max(words[first].lowerBound, nameEnd),
                            nameWords: nameWords, last: TextWord(text, lastRange, wordHash: lastHash), lastHash: lastHash,
                            lastIsNonPersonHead: lastIsNonPersonHead, roles: rolesStart..<roleWords.count,
                            isPersonLike: isPerson, isSpeechSubject: speech,
                            opensSentence: initial || (isPerson && nameEnd == after && isFollowedByVerb(text, words[0].lowerBound, after, p)),
                            gender: gender,
                            paragraph: paragraphOrdinals[paragraph], paragraphIndex: paragraph,
                            verbSearchStart: verbSearchStart, speechPending: pending))
    }

    /// Drops the role words from `start` on, those of a run that is no name after all (most
    /// such runs have none: no call to the generic `removeSubrange` then).
    @inline(__always) private mutating func dropRoles(from start: Int) {
        while roleWords.count > start { roleWords.removeLast() }
    }

    /// "Lonechild said", "Lavrov also said": a strong speech verb after at most three fillers from `start`.
    private func speechVerbFollows(_ text: Bytes, _ start: Int, _ p: Range<Int>) -> Bool {
        var j = start
        var hops = 0
        while j < p.upperBound && hops < 3 {
            while j < p.upperBound && text[j] == 0x20 { j += 1 }
            guard j < p.upperBound, TextBytes.isLowerASCII(text[j]) else { break }
            let e = AttributionTokenizer.wordEnd(text, j, p.upperBound)
            let c = SpeechLexicon.wordClasses.classes(hash: WordSet.hash(text, j..<e))
            if c.contains(.subjectVerb) { return true }
            guard c.contains(.filler) else { break }
            j = e
            hops += 1
        }
        return false
    }

    /// Completes run `k` once `collectPeople` has made it a person: what `flush` left for
    /// later (its speech verb and the pronoun gender that follows from it) and whether it
    /// opens its sentence.
    mutating func completePerson(_ k: Int, _ text: Bytes, _ p: Range<Int>) {
        let run = runs[k]
        if run.speechPending {
            runs[k].speechPending = false
            let speech = speechVerbFollows(text, run.verbSearchStart, p) || isAfterSpeechVerb(text, run.range.lowerBound, p)
            runs[k].isSpeechSubject = speech
            // No role gave a gender (the run has no roles).
            if speech { runs[k].gender = firstPronounGender(text, run.range.upperBound, p) }
        }
        if !run.opensSentence && run.name.upperBound == run.range.upperBound {
            runs[k].opensSentence = isFollowedByVerb(text, run.range.lowerBound, run.range.upperBound, p)
        }
    }
}

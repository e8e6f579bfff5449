/// Pronoun antecedents from the recognizer's person mentions: the most recent person who
/// leads a sentence ("Toronto retiree Doug Purdy, who ... says"; "according to former
/// governor David Dodge") and fits the pronoun's gender. Possessives ("Williamson's
/// approach") and people named after another person in the same sentence are objects or
/// asides, not what the next "he said" continues.
extension SpeakerResolver {
    /// Bytes looked back for a sentence end between two mentions.
    static let sentenceLookBack = 300
    /// Candidates weighed per look-up; keeps every quote's work bounded.
    static let candidateLimit = 16

    /// Index of the first mention that ends after `position`.
    func mentionIndex(endingAfter position: Int) -> Int {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    /// The most recent person mention before `position` that leads its sentence and whose
    /// entity's last name `fits`.
    func lastLeadingPerson(before position: Int, fits: (String) -> Bool) -> Speaker? {
        let lo = mentionIndex(endingAfter: position)
        var k = lo - 1
        var weighed = 0
        while k >= 0 && lo - k <= 400 && weighed < Self.candidateLimit {
            let m = mentions[k]
            defer { k -= 1 }
            guard m.type == .person, !isPossessive(m.range.upperBound), !isCredit(m.range), !inCaption(m.range.upperBound) else { continue }
            weighed += 1
            // The recognizer and the name index must agree it is a person ("Christmas Day" is not).
            guard isLikelyPerson(m) else { continue }
            guard leadsSentence(k), !followsComparison(m.range.lowerBound) else { continue }
            // The name as written, for its given name ("Mary Nicholson" beside a "Trevor Nicholson").
            let written = m.range.count > 40 ? "" : TextBytes.string(text, m.range)
            guard let entity = entities[m.entityID], fits(written.contains(" ") ? written : entity.name) else { continue }
            return speaker(for: m)
        }
        return nil
    }

    /// "Unlike Al Mnajer, he's been unable to find work": a name compared with the subject
    /// is not the subject a later pronoun continues. `openingSentence`: only when the
    /// comparison word opens its sentence (in "Veterans like Tom Reyes said …" the name is the
    /// one who speaks, though no mention that leads it: "porters like Grizzle recognized").
    func followsComparison(_ start: Int, openingSentence: Bool = false) -> Bool {
        var e = start
        while e > 0 && text[e - 1] == 0x20 { e -= 1 }
        guard e < start else { return false }
        var s = e
        while s > 0 && TextBytes.isASCIILetter(text[s - 1]) { s -= 1 }
        guard s < e, s == 0 || !TextBytes.isWordByte(text, s - 1) else { return false }
        guard TextBytes.equalsIgnoringCase(text, s..<e, "unlike") || TextBytes.equalsIgnoringCase(text, s..<e, "like")
            || TextBytes.equalsIgnoringCase(text, s..<e, "besides") else { return false }
        return !openingSentence || wordOpensSentence(s)
    }

    /// Whether the word at `s` opens its sentence: only spaces between it and the start of
    /// the text, a line break, or a full stop, question or exclamation mark (a closing
    /// quotation mark after one allowed).
    private func wordOpensSentence(_ s: Int) -> Bool {
        var p = s
        while p > 0 && text[p - 1] == 0x20 { p -= 1 }
        if p >= 3 && text[p - 3] == 0xE2 && text[p - 2] == 0x80 && text[p - 1] == 0x9D { p -= 3 }
        else if p >= 1 && text[p - 1] == 0x22 { p -= 1 }
        guard p > 0 else { return true }
        let c = text[p - 1]
        return c == 0x0A || c == 0x2E || c == 0x21 || c == 0x3F
    }

    /// The gender of the person named `name`: what the document's pronouns and titles show
    /// for the last name, else what the first name usually is.
    func gender(ofName written: String) -> Gender? {
        // "Tom Smith's lawyer", a description spoken by as written: its head noun, not the
        // possessor's given name, tells who it is ("Tom Smith's wife" is a she, the lawyer either).
        if let head = Self.headAfterPossessive(written) { return Self.kinshipGender[head] }
        // A lone surname ("Lametti") has the given name of the entity it belongs to.
        var name = written
        if !name.contains(" "), let entity = entityByLastWord[Self.lastWord(of: name)], entity.type == .person { name = entity.name }
        let bytes = Array(name.utf8)
        // A well-known given name is surer than a pronoun that followed the name.
        if let space = bytes.firstIndex(of: 0x20), let g = GivenNameGender.of(bytes, 0..<space) { return g }
        if let g = index.gender(ofLastWord: Self.lastWord(of: name)) { return g }
        guard let space = bytes.firstIndex(of: 0x20) else { return nil }
        return GivenNameGender.of(bytes, 0..<space)
    }

    /// The last word of `written` when a possessive ('s or ’s) ends an earlier word, lower-cased.
    static func headAfterPossessive(_ written: String) -> String? {
        // 's or ’s (E2 80 99 then s) and a space, read from the bytes.
        let possessive = written.utf8.withContiguousStorageIfAvailable { b -> Bool in
            var i = 1
            while i + 1 < b.count {
                if b[i] == 0x73, b[i + 1] == 0x20, b[i - 1] == 0x27 || (b[i - 1] == 0x99 && i >= 3 && b[i - 2] == 0x80 && b[i - 3] == 0xE2) {
                    return true
                }
                i += 1
            }
            return false
        } ?? false
        return possessive ? lastWord(of: written).lowercased() : nil
    }

    /// Nouns for a relative or a person that say whether they are a he or a she.
    static let kinshipGender: [String: Gender] = [
        "wife": .female, "mother": .female, "daughter": .female, "sister": .female, "widow": .female,
        "girlfriend": .female, "aunt": .female, "niece": .female, "grandmother": .female, "woman": .female,
        "girl": .female, "husband": .male, "father": .male, "son": .male, "brother": .male, "widower": .male,
        "boyfriend": .male, "uncle": .male, "nephew": .male, "grandfather": .male, "man": .male, "boy": .male,
    ]

    /// `gender(ofName:)` for a name run, read from the bytes without building strings.
    func gender(of run: NameRun) -> Gender? {
        if run.nameWords >= 2 {
            let r = run.name
            let end = AttributionTokenizer.wordEnd(text, r.lowerBound, r.upperBound)
            if let g = GivenNameGender.of(text, r.lowerBound..<end) { return g }
        } else if let entity = entityByLastWord[index.lastWord(of: run)], entity.type == .person, entity.name.contains(" ") {
            return gender(ofName: entity.name)
        }
        return index.gender(ofLastWordOf: run)
    }

    /// Whether a person mention is a person for the name index too, or a plain one-word
    /// name ("Mulder", "Yuni") rather than a phrase the recognizer over-reached on.
    func isLikelyPerson(_ m: EntityMention) -> Bool {
        if let run = index.run(overlapping: m.range), run.isPersonLike { return true }
        guard m.range.count >= 3, TextBytes.isUpperASCII(text[m.range.lowerBound]) else { return false }
        for i in (m.range.lowerBound + 1)..<m.range.upperBound where !TextBytes.isLowerASCII(text[i]) { return false }
        return true
    }

    /// Whether a name opens a parenthesis, as photo credits do: "(Lauren Pelley / CBC News)".
    func isCredit(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound - 1
        while i >= 0 && text[i] == 0x20 { i -= 1 }
        return i >= 0 && text[i] == 0x28
    }

    /// Whether `position` lies in a photo caption: a paragraph that ends with a parenthesised
    /// credit, "Stanley Grizzle worked 20 years as a porter. (Toronto Star file photo)".
    func inCaption(_ position: Int) -> Bool {
        var i = position
        let limit = min(text.count, position + QuoteFinder.window)
        while i < limit && text[i] != 0x0A { i += 1 }
        guard i < limit || i == text.count else { return false }
        var j = i - 1
        while j > position && (text[j] == 0x20 || text[j] == 0x2E || text[j] == 0x0D) { j -= 1 }
        return j > position && text[j] == 0x29
    }

    /// Whether the bytes at `end` are a possessive ending ('s or ’s).
    func isPossessive(_ end: Int) -> Bool {
        if end + 1 < text.count, text[end] == 0x27, text[end + 1] | 0x20 == 0x73 { return true }
        return end + 3 < text.count && text[end] == 0xE2 && text[end + 1] == 0x80 && text[end + 2] == 0x99 && text[end + 3] | 0x20 == 0x73
    }

    /// Whether no other person mention, and no he/she, comes before mention `k` in its sentence.
    func leadsSentence(_ k: Int) -> Bool {
        let start = mentions[k].range.lowerBound
        var j = k - 1
        // Only people count: "at the Diamond Resorts, Mulder didn't hesitate".
        while j >= 0 && start - mentions[j].range.upperBound <= Self.sentenceLookBack
                && (mentions[j].type != .person || !isLikelyPerson(mentions[j])) { j -= 1 }
        if j >= 0 && start - mentions[j].range.upperBound > Self.sentenceLookBack { j = -1 }
        let previousEnd = j >= 0 ? mentions[j].range.upperBound : -1
        var i = start - 1
        let floor = max(0, start - Self.sentenceLookBack)
        while i >= floor {
            let b = text[i]
            if b == 0x0A { return true }
            if (b == 0x2E || b == 0x21 || b == 0x3F) && TextBytes.isSpace(text, i + 1) { return true }
            if i < previousEnd { return false }
            // A pronoun subject before the name: the sentence continues someone else.
            if (b | 0x20 == 0x68 || b | 0x20 == 0x73), !TextBytes.isWordByte(text, i - 1) {
                let e = AttributionTokenizer.wordEnd(text, i, start)
                if e - i <= 3, let g = Gender(text, i..<e), g == .male || g == .female,
                   SpeakerResolver.subjectPronouns.contains(text, i..<e) { return false }
            }
            i -= 1
        }
        return true
    }

    /// The person or organisation that opens the sentence holding `position`, named before it:
    /// "Hua Chunying shot back on Tuesday, saying Trudeau should “…”" -> Hua Chunying.
    /// For a quote inside a sentence whose own verb names no speaker.
    func sentenceSubject(before position: Int) -> Speaker? {
        let start = sentenceStart(before: position)
        var k = mentionIndex(endingAfter: start)
        while k < mentions.count && mentions[k].range.upperBound <= position {
            let m = mentions[k]
            k += 1
            // A name running across the sentence's start (the start is found by bytes, the
            // names by words) does not open it.
            // A country opening the sentence speaks as its government does: "China has been
            // outspoken about the arrest, which was described as “basically kidnapping”".
            if m.type == .place, m.range.lowerBound >= start, opensWithName(start..<m.range.lowerBound),
               m.range.lowerBound - start <= 4, isFollowedByLowerCaseWord(m.range.upperBound) {
                return speaker(for: m)
            }
            // A credit in parentheses ("BEIJING (AP) —", "(Lauren Pelley / CBC News)") names no subject.
            guard m.type == .person || m.type == .org, m.range.lowerBound >= start, !isCredit(m.range) else { continue }
            // The subject opens the sentence, after a few words of title at most.
            guard m.range.lowerBound - start <= Self.subjectReach, !hasSubjectPronoun(start..<m.range.lowerBound) else { return nil }
            if m.type == .person, !isLikelyPerson(m) { continue }
            return speaker(for: m)
        }
        return nil
    }

    /// Whether a space and a lower-case word follow `end` (no comma, no possessive): the name
    /// is the subject of a verb.
    func isFollowedByLowerCaseWord(_ end: Int) -> Bool {
        end + 1 < text.count && text[end] == 0x20 && TextBytes.isLowerASCII(text[end + 1])
    }

    /// The person a "he" or "she" opening the sentence that holds `position` refers to.
    func sentencePronounSubject(before position: Int) -> Speaker? {
        var i = sentenceStart(before: position)
        while i < position && !TextBytes.isASCIILetter(text[i]) { i += 1 }
        guard i < position else { return nil }
        let e = AttributionTokenizer.wordEnd(text, i, position)
        guard TextBytes.equalsIgnoringCase(text, i..<e, "he")
                || TextBytes.equalsIgnoringCase(text, i..<e, "she") else { return nil }
        return lastPerson(before: i, pronoun: TextBytes.lowercased(text, i..<e))
    }

    /// Whom a sentence that opens with "the" and a role or organisation noun means ("The
    /// diocese issued a statement", "The foreign ministry's office published"): resolved as
    /// "the diocese said" would be. Looks at the first five words only.
    func sentenceRoleSubject(before position: Int) -> Speaker? {
        var i = sentenceStart(before: position)
        while i < position && !TextBytes.isASCIILetter(text[i]) { i += 1 }
        let start = i
        var e = AttributionTokenizer.wordEnd(text, i, position)
        guard e < position, TextBytes.equalsIgnoringCase(text, i..<e, "the") else { return nil }
        for _ in 0..<4 {
            i = e
            while i < position && text[i] == 0x20 { i += 1 }
            guard i < position, TextBytes.isLowerASCII(text[i]) else { return nil }
            e = AttributionTokenizer.wordEnd(text, i, position)
            if isPossessive(e) || e + 1 < position && TextBytes.isWordByte(text, e) { continue }
            let word = TextBytes.lowercased(text, i..<e)
            if SpeechLexicon.roleNouns.contains(word) || SpeechLexicon.organisationNouns.contains(word) {
                return resolve(.role(word, at: i, phrase: start..<e))
            }
        }
        return nil
    }

    /// The start of the sentence holding `position`: after a line break or a full stop
    /// followed by a space, short capitalised abbreviations ("Sen.", "Dr.") aside. Bounded.
    func sentenceStart(before position: Int) -> Int {
        var i = position - 1
        let floor = max(0, position - QuoteFinder.window)
        while i >= floor {
            let b = text[i]
            if b == 0x0A { return afterDateline(i + 1, limit: position) ?? i + 1 }
            if (b == 0x2E || b == 0x21 || b == 0x3F) && TextBytes.isSpace(text, i + 1) {
                var w = i
                while w > 0 && TextBytes.isASCIILetter(text[w - 1]) { w -= 1 }
                let abbreviation = b == 0x2E && i - w <= 3 && i > w && TextBytes.isUpperASCII(text[w])
                    && (w == 0 || !TextBytes.isWordByte(text, w - 1))
                if !abbreviation { return i + 1 }
            }
            i -= 1
        }
        // The document's first sentence may open with a dateline.
        return floor == 0 ? afterDateline(0, limit: position) ?? 0 : floor
    }

    /// The most recent organisation that leads its sentence ("EDC declined to answer ...")
    /// for "it said" and "the company said"; when none does, the last one named.
    func lastLeadingOrganisation(before position: Int) -> Speaker? {
        let lo = mentionIndex(endingAfter: position)
        var k = lo - 1
        var fallback: EntityMention?
        var weighed = 0
        while k >= 0 && lo - k <= 400 && weighed < Self.candidateLimit {
            let m = mentions[k]
            defer { k -= 1 }
            // The recognizer sometimes types an organisation as a person ("BC Hydro").
            guard m.type == .org || (m.type == .person && text[m.range].contains(0x20) && !isLikelyPerson(m)),
                  !isPossessive(m.range.upperBound), !isCredit(m.range) else { continue }
            weighed += 1
            if fallback == nil { fallback = m }
            let start = sentenceStart(before: m.range.lowerBound)
            if opensWithName(start..<m.range.lowerBound), !hasMention(in: start..<m.range.lowerBound, before: k) {
                return speaker(for: m)
            }
        }
        return fallback.flatMap { speaker(for: $0) }
    }

    /// Whether only capitalised words and articles come before a name in its sentence:
    /// "The U.S. State Department", "EDC", not "Winds were measured by Environment Canada".
    func opensWithName(_ range: Range<Int>) -> Bool {
        guard range.count <= Self.subjectReach else { return false }
        var i = range.lowerBound
        while i < range.upperBound {
            if TextBytes.isASCIILetter(text[i]) && !TextBytes.isWordByte(text, i - 1) {
                let e = AttributionTokenizer.wordEnd(text, i, range.upperBound)
                if !TextBytes.isUpperASCII(text[i]) && !Self.articles.contains(text, i..<e) { return false }
                i = max(e, i + 1)
            } else {
                i += 1
            }
        }
        return true
    }

    static let articles = WordSet(["the", "a", "an"])

    /// Whether a person or organisation mention before index `k` lies in `range`.
    func hasMention(in range: Range<Int>, before k: Int) -> Bool {
        var j = k - 1
        while j >= 0 && mentions[j].range.upperBound > range.lowerBound {
            if mentions[j].type == .person || mentions[j].type == .org { return true }
            j -= 1
        }
        return false
    }

    /// The last organisation mention before `position` whose name holds `word` as a word:
    /// "the diocese" -> "Roman Catholic Diocese of Covington".
    func lastOrganisation(naming word: String, before position: Int) -> Speaker? {
        let lo = mentionIndex(endingAfter: position)
        var k = lo - 1
        while k >= 0 && lo - k <= 400 {
            let m = mentions[k]
            k -= 1
            guard m.type == .org, let entity = entities[m.entityID] else { continue }
            if entity.name.lowercased().split(separator: " ").contains(where: { $0 == word }) { return speaker(for: m) }
        }
        return nil
    }

    /// Bytes from a sentence start within which its subject's name must begin.
    static let subjectReach = 60

    /// Whether a he, she, they or it stands as a word in `range`.
    func hasSubjectPronoun(_ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            if TextBytes.isASCIILetter(text[i]) && !TextBytes.isWordByte(text, i - 1) {
                let e = AttributionTokenizer.wordEnd(text, i, range.upperBound)
                if e - i <= 4 && Self.clausePronouns.contains(text, i..<e) { return true }
                i = max(e, i + 1)
            } else {
                i += 1
            }
        }
        return false
    }

    static let clausePronouns = WordSet(["he", "she", "they", "it", "we", "i"])

    static let subjectPronouns = WordSet(["he", "she"])
}

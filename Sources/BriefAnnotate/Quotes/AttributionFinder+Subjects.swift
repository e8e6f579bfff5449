/// Finding the subject of a speech verb: names, pronouns, descriptions and noun phrases,
/// to the left of the verb (`Lavrov said`) or to its right (`said Lavrov`).
extension AttributionFinder {
    /// The subject ending right before verb `v` (fillers skipped), and its first token.
    func subjectLeft(_ t: ArraySlice<AttributionToken>, _ v: Int, lower: Int) -> (SpeakerRef, Int)? {
        var j = v - 1
        while j >= lower && t[j].kind == .word && SpeechLexicon.fillers.contains(lowered(t[j])) { j -= 1 }
        // "Michelle Rempel earlier this week called", "Lavrov on Monday said": a time phrase
        // between the subject and its verb.
        if j - 1 > lower, t[j].kind == .word, t[j - 1].kind == .word {
            let w = lowered(t[j]), before = lowered(t[j - 1])
            if (Self.timeNouns.contains(w) && ["this", "last", "next", "that"].contains(before))
                || (Self.weekdays.contains(w) && (before == "on" || before == "last" || before == "this")) {
                j -= 2
                while j >= lower && t[j].kind == .word && SpeechLexicon.fillers.contains(lowered(t[j])) { j -= 1 }
            }
        }
        guard j >= lower else { return nil }
        if t[j].kind == .comma {
            // "Joe Nienaber, a graduate in Kenton County, where ..., said": the name opening the sentence.
            if lower == t.startIndex, let (ref, end) = sentenceOpeningName(t), end + 1 < j, isComma(t[end + 1]) {
                return (ref, t.startIndex)
            }
            // Appositive: "Jane Doe, a spokesperson for X, said"
            var k = j - 1
            while k >= max(lower, j - 16) && t[k].kind != .comma && t[k].kind != .stop { k -= 1 }
            guard k >= lower, t[k].kind == .comma, k + 1 < j, t[k + 1].kind == .word, k - 1 >= lower else { return nil }
            // "DeLaet's agent, Danny Fritz, told": the name between the commas.
            if let (ref, start) = nameLeft(t, j - 1, lower: k + 1), start == k + 1 { return (ref, start) }
            var opener = lowered(t[k + 1])
            // "Donald Tusk, the president of the European Council, which represents EU leaders,
            // urged": a relative clause belongs to the appositive before it.
            var hops = 0
            while Self.relativeOpeners.contains(opener) && hops < 2 {
                var e = k - 1
                while e >= max(lower, k - 16) && t[e].kind != .comma && t[e].kind != .stop { e -= 1 }
                guard e >= lower, t[e].kind == .comma, e + 1 < k, t[e + 1].kind == .word, e - 1 >= lower else { break }
                k = e
                opener = lowered(t[k + 1])
                hops += 1
            }
            // "John Doe, Canada’s ambassador to China, told": a possessive opens a description too.
            guard Self.appositiveStarters.contains(opener) || !TextBytes.isUpperAt(text, t[k + 1].range.lowerBound)
                    || SpeechLexicon.titles.contains(opener) || SpeechLexicon.roleNouns.contains(opener)
                    || Self.isPossessive(text, t[k + 1].range) else { return nil }
            // A clause or phrase between the commas is no appositive: "the current layout, in which
            // MPs sit ..., asks Jane Doe", "a relationship — and many fail, said Dr. Jane Doe".
            if !Self.appositiveStarters.contains(opener) && (Self.phraseBreakers.contains(opener) || Self.clauseOpeners.contains(opener)) {
                return nil
            }
            // "coaching, health information, recipes, … and goal setting, says Kim": a list of
            // common nouns is no subject with an appositive; only a name is.
            let describes = Self.appositiveStarters.contains(opener) || TextBytes.isUpperAt(text, t[k + 1].range.lowerBound)
            return nameLeft(t, k - 1, lower: lower) ?? (describes ? nounPhraseLeft(t, k - 1, lower: lower) : nil)
        }
        guard t[j].kind == .word else { return nil }
        let word = lowered(t[j])
        if SpeechLexicon.pronouns.contains(word) {
            // "Schumer, he said, “knows the minds …”": the name before the parenthesis is what
            // the quote is about; the pronoun looks back from before it.
            if j - 2 >= lower, t[j - 1].kind == .comma, let (name, start) = nameLeft(t, j - 2, lower: lower), case .name = name {
                return (.pronoun(word, at: t[start].range.lowerBound), j)
            }
            return (.pronoun(word, at: t[j].range.lowerBound), j)
        }
        if let found = nameLeft(t, j, lower: lower) { return personDescription(t, found, j, lower: lower) ?? found }
        return nounPhraseLeft(t, j, lower: lower)
    }

    /// A comma or semicolon, not a dash: "OTTAWA — Controversy erupted after ..." opens with a dateline.
    func isComma(_ token: AttributionToken) -> Bool {
        token.kind == .comma && (text[token.range.lowerBound] == 0x2C || text[token.range.lowerBound] == 0x3B)
    }

    static let timeNouns: WordList = ["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring", "summer", "fall", "autumn", "winter"]
    static let weekdays: WordList = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    static let relativeOpeners: WordList = ["which", "who", "whose", "where"]

    /// Conjunctions and prepositions that open a clause or phrase, not an appositive.
    static let clauseOpeners: WordList = ["and", "or", "nor", "yet", "so", "for", "of", "into", "under", "over", "since", "although", "though", "unless", "until"]

    /// Prepositions of place that put a subject somewhere: "fans in the stadium".
    static let placingPrepositions: WordList = ["in", "at", "outside", "inside", "near", "behind", "across", "around", "along", "among"]

    /// A plural by its ending: -s, not -ss, -us or -is ("fans", not "the census", "the status",
    /// "the bus"). (`NamingContext` asks more of a caller: a noun of its people list.)
    static func isPluralNoun(_ w: String) -> Bool {
        w.hasSuffix("s") && !w.hasSuffix("ss") && !w.hasSuffix("us") && !w.hasSuffix("is")
    }

    /// Nouns of documents that speak for their authors: "her statement read", "the RCMP statement said".
    static let documentNouns: WordList = [
        "statement", "release", "report", "memo", "post", "letter", "email", "e-mail", "lawsuit", "claim", "tweet",
        "notice", "document", "filing", "complaint", "ruling", "decision", "paper", "website", "study", "message",
    ]

    /// A common-noun subject ending at token `j`: up to four words back to a determiner
    /// ("the rookie defenceman", "a citizen", "officials", "his office").
    func nounPhraseLeft(_ t: ArraySlice<AttributionToken>, _ j: Int, lower: Int) -> (SpeakerRef, Int)? {
        let head = lowered(t[j])
        guard isNounLike(head) else { return nil }
        var s = j
        var determiner: String?
        var name: Int?
        while s - 1 >= lower && s > j - 5 && t[s - 1].kind == .word {
            let w = lowered(t[s - 1])
            if Self.determiners.contains(w) || w == "some" || w == "many" || w == "several" || w == "two" || w == "three" {
                s -= 1
                determiner = w
                break
            }
            guard isNounLike(w) || isNameWord(t[s - 1]) || SpeechLexicon.titles.contains(w) else { break }
            s -= 1
            if isNameWord(t[s]) && name == nil { name = s }
        }
        // "the lanky, bespectacled professor": adjectives in a row, split by a comma.
        if determiner == nil, s - 3 >= lower, t[s - 1].kind == .comma, t[s - 2].kind == .word, t[s - 3].kind == .word,
           !TextBytes.isUpperAt(text, t[s - 2].range.lowerBound), isNounLike(lowered(t[s - 2])),
           Self.determiners.contains(lowered(t[s - 3])) {
            s -= 3
            determiner = lowered(t[s])
        }
        // "Fans in the stadium called": the phrase places the subject, whose head comes before
        // the preposition (a plural or a role), not "the stadium". A body there speaks for the
        // people in it ("officials at the ministry said" stays the ministry's).
        if let determiner, determiner == "the" || determiner == "a" || determiner == "an", s - 2 >= lower,
           !SpeechLexicon.organisationNouns.contains(head),
           t[s - 1].kind == .word, t[s - 2].kind == .word, Self.placingPrepositions.contains(lowered(t[s - 1])),
           let (ref, start) = nounPhraseLeft(t, s - 2, lower: lower), case .role(let role, _, _) = ref,
           SpeechLexicon.roleNouns.contains(role) || NamingContext.gatheringNouns.contains(role) || Self.isPluralNoun(role) {
            return (ref, start)
        }
        let at = t[j].range.lowerBound
        if Self.documentNouns.contains(head) {
            if let name, let (ref, _) = nameLeft(t, name, lower: s) { return (ref, s) }
            switch determiner {
            case "his": return (.pronoun("he", at: t[s].range.lowerBound), s)
            case "her": return (.pronoun("she", at: t[s].range.lowerBound), s)
            case "their": return (.pronoun("they", at: t[s].range.lowerBound), s)
            case "its": return (.pronoun("it", at: t[s].range.lowerBound), s)
            default: return nil
            }
        }
        let known = SpeechLexicon.roleNouns.contains(head) || SpeechLexicon.organisationNouns.contains(head)
        guard known || determiner != nil || (head.hasSuffix("s") && !head.hasSuffix("ss")) else { return nil }
        return (.role(head, at: at, phrase: t[s].range.lowerBound..<t[j].range.upperBound), s)
    }

    func isNounLike(_ w: String) -> Bool {
        w.count >= 3 && !w.hasSuffix("ly") && !SpeechLexicon.nonNames.contains(w) && !SpeechLexicon.fillers.contains(w)
            && !SpeechLexicon.pronouns.contains(w) && !Self.phraseBreakers.contains(w) && !SpeechLexicon.speechVerbs.contains(w)
            && !["who", "that", "which", "what", "where", "when", "there", "here", "him", "them", "us", "me"].contains(w)
    }

    /// A capitalised name ending at token `j`, extended to the left.
    func nameLeft(_ t: ArraySlice<AttributionToken>, _ j: Int, lower: Int) -> (SpeakerRef, Int)? {
        guard isNameWord(t[j]) || isSurnameAfterGivenName(t, j, lower: lower) else { return nil }
        var s = j
        while s - 1 >= lower && t[s - 1].kind == .word {
            let r = t[s - 1].range
            if TextBytes.isUpperAt(text, r.lowerBound) || (Self.connectors.contains(lowered(t[s - 1])) && s - 1 > lower) {
                s -= 1
            } else {
                break
            }
        }
        // "Jingyi Pan of IG said", "Jane Roe of the Kiel Institute said": the person, not the
        // organisation or place the phrase attaches to them. Without "the" only a one-word or
        // all-capitals organisation: "Royal Bank of Canada said" is one name.
        if let (outer, outerStart) = personBeforeAttachedPhrase(t, s, j, lower: lower) { return (outer, outerStart) }
        return (.name(t[s].range.lowerBound..<t[j].range.upperBound), s)
    }

    /// The name of at least two words before "of", "at", "with" or "from" (and maybe "the")
    /// that leads to the name `s...j`, when it may be a person (its last word is no title, role or
    /// organisation noun).
    private func personBeforeAttachedPhrase(_ t: ArraySlice<AttributionToken>, _ s: Int, _ j: Int, lower: Int) -> (SpeakerRef, Int)? {
        var p = s - 1
        guard p - 1 >= lower, t[p].kind == .word else { return nil }
        let article = lowered(t[p]) == "the"
        if article { p -= 1 }
        guard p - 1 >= lower, t[p].kind == .word, ["of", "at", "with", "from"].contains(lowered(t[p])),
              article || j == s || text[t[s].range].allSatisfy({ !TextBytes.isLowerASCII($0) }),
              let (outer, outerStart) = nameLeft(t, p - 1, lower: lower), outerStart < p - 1 else { return nil }
        // "Deputy Director of the FBI Jane Roe": a title before the phrase is no person.
        let head = lowered(t[p - 1])
        guard !SpeechLexicon.titles.contains(head), !SpeechLexicon.roleNouns.contains(head),
              !article || !SpeechLexicon.organisationNouns.contains(head) else { return nil }
        return (outer, outerStart)
    }

    /// A capitalised common word after a well-known given name is a surname: "Michael Every",
    /// "Jane Little" (alone, "Every" and "Little" open sentences).
    func isSurnameAfterGivenName(_ t: ArraySlice<AttributionToken>, _ k: Int, lower: Int) -> Bool {
        guard k - 1 >= lower, t[k].kind == .word, t[k - 1].kind == .word, TextBytes.isUpperAt(text, t[k].range.lowerBound),
              TextBytes.isUpperAt(text, t[k - 1].range.lowerBound), t[k - 1].range.upperBound + 1 == t[k].range.lowerBound else { return false }
        return GivenNameGender.of(text, t[k - 1].range) != nil
    }

    /// The name run opening `t` and the index of its last token.
    func sentenceOpeningName(_ t: ArraySlice<AttributionToken>) -> (SpeakerRef, Int)? {
        var e = t.startIndex
        guard e < t.endIndex, isNameWord(t[e]) else { return nil }
        while e + 1 < t.endIndex && (isNameWord(t[e + 1]) || isSurnameAfterGivenName(t, e + 1, lower: t.startIndex)) { e += 1 }
        return (.name(t[t.startIndex].range.lowerBound..<t[e].range.upperBound), e)
    }

    /// The subject after verb `v`: "said Lavrov", "said the minister", "according to police".
    func subjectRight(_ t: ArraySlice<AttributionToken>, _ v: Int, clauseFinal: Bool = false) -> SpeakerRef? {
        guard let ref = subjectRightPhrase(t, v) else { return nil }
        guard clauseFinal, lowered(t[v]) != "according" else { return ref }
        // The phrase must end the clause: next token a comma, colon, mark or the end.
        let end: Int
        switch ref {
        case .name(let r), .role(_, _, let r): end = r.upperBound
        case .pronoun(_, let at): end = at + 1
        }
        guard let next = t.firstIndex(where: { $0.range.lowerBound >= end }) else { return ref }
        if t[next].kind == .word && SpeechLexicon.pronouns.contains(lowered(t[v + 1])) { return nil }
        return t[next].kind == .word ? nil : ref
    }

    func subjectRightPhrase(_ t: ArraySlice<AttributionToken>, _ v: Int) -> SpeakerRef? {
        var j = v + 1
        if lowered(t[v]) == "according" {
            guard j < t.endIndex, lowered(t[j]) == "to" else { return nil }
            j += 1
        }
        // Verb particles: "points out the resident", "went on".
        if j + 1 < t.endIndex, t[j].kind == .word, ["out", "up", "on", "back"].contains(lowered(t[j])) { j += 1 }
        guard j < t.endIndex, t[j].kind == .word else { return nil }
        let word = lowered(t[j])
        if SpeechLexicon.pronouns.contains(word) && word != "it" { return .pronoun(word, at: t[j].range.lowerBound) }
        // "said Lavrov", "said Oilers head coach Ken Hitchcock", "said lead author Dr. Allan Garland":
        // the last capitalised run of the noun phrase after the verb.
        // "says the affable proprietor", "says the laid-back Cambridge resident": a description
        // whose head is a common noun, even with a capitalised word inside.
        if Self.determiners.contains(word), let author = documentAuthor(t, from: j) { return author }
        if Self.determiners.contains(word), let (head, end) = descriptionHead(t, from: j + 1) {
            // Without the possessive ending: "according to a Michigan school's" -> "a Michigan school".
            var headRange = t[head].range
            if Self.isPossessive(text, headRange) {
                headRange = headRange.lowerBound..<(headRange.upperBound - (text[headRange.upperBound - 2] == 0x27 ? 2 : 4))
            }
            let role = TextBytes.lowercased(text, headRange)
            return .role(role, at: headRange.lowerBound, phrase: t[j].range.lowerBound..<(end == head ? headRange.upperBound : t[end].range.upperBound))
        }
        var lastRun: Range<Int>?
        var runEnd = j
        var k0 = j
        while k0 < t.endIndex && k0 <= j + 10 {
            // "says Campbell’s partner, Jason Louth": a name after a possessive description.
            if t[k0].kind == .comma, let r = lastRun, Self.isPossessive(text, r), k0 + 1 < t.endIndex, isNameWord(t[k0 + 1]) {
                lastRun = nil
                k0 += 1
                continue
            }
            guard t[k0].kind == .word else { break }
            let w = lowered(t[k0])
            if isNameWord(t[k0]) {
                var e = k0
                while e + 1 < t.endIndex && t[e + 1].kind == .word
                    && (isNameWord(t[e + 1]) || (Self.connectors.contains(lowered(t[e + 1])) && e + 2 < t.endIndex)) {
                    e += 1
                }
                lastRun = t[k0].range.lowerBound..<t[e].range.upperBound
                runEnd = e
                k0 = e + 1
                continue
            }
            if Self.phraseBreakers.contains(w) || SpeechLexicon.speechVerbs.contains(w) { break }
            k0 += 1
        }
        if let lastRun {
            // "said Tom Smith's wife": the role the possessor's name pins down speaks, not the
            // possessor ("says Campbell’s partner, Jason Louth" named the partner above).
            if Self.isPossessive(text, lastRun), runEnd + 1 < t.endIndex, t[runEnd + 1].kind == .word,
               SpeechLexicon.roleNouns.contains(lowered(t[runEnd + 1])) {
                return .role(lowered(t[runEnd + 1]), at: t[runEnd + 1].range.lowerBound, phrase: lastRun.lowerBound..<t[runEnd + 1].range.upperBound)
            }
            return .name(lastRun)
        }
        var k = j
        while k < t.endIndex && k <= j + 4 && t[k].kind == .word {
            let w = lowered(t[k])
            if SpeechLexicon.roleNouns.contains(w) || SpeechLexicon.organisationNouns.contains(w) {
                // "the company's chief executive": keep the last role noun of the phrase
                var last = k
                while last + 1 < t.endIndex && last + 1 <= j + 4 && t[last + 1].kind == .word
                    && (SpeechLexicon.roleNouns.contains(lowered(t[last + 1])) || SpeechLexicon.organisationNouns.contains(lowered(t[last + 1]))) { last += 1 }
                return .role(lowered(t[last]), at: t[last].range.lowerBound, phrase: t[j].range.lowerBound..<t[last].range.upperBound)
            }
            if k == j && !Self.determiners.contains(w) { return nil }
            k += 1
        }
        return nil
    }
}

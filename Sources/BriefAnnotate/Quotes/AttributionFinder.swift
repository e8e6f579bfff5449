/// Finds the cue and the named subject of a quote in the words around it.
///
/// The words after the quote win when they form an attribution clause on their own
/// (`,” she said`, `,” said Jane Doe`, `, he says.`); otherwise the nearest speech verb
/// before the quote in the same sentence with a subject (`Lavrov said: “`,
/// `Lavrov also said Ukraine was “not interested”`). Work is bounded by the window sizes.
struct AttributionFinder: Sendable {
    let text: [UInt8]

    static let determiners: WordList = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "another"]
    static let appositiveStarters: WordList = ["a", "an", "the", "who", "whose", "his", "her", "their", "its", "one"]
    static let connectors: WordList = ["de", "van", "von", "der", "da", "del", "bin", "al", "la", "le", "du", "di"]

    /// Attribution of a quote from the text before it (`before`, up to the opening mark)
    /// and after it (`after`, from the closing mark).
    func attribute(before: Range<Int>, after: Range<Int>, endsSentence: Bool = false) -> Attribution {
        let a = sentenceHead(AttributionTokenizer.tokens(text, after, headOnly: true))
        let b = sentenceTail(AttributionTokenizer.tokens(text, before))
        let hasVerb = a.indices.contains { isVerb(a, at: $0) } || b.indices.contains { isVerb(b, at: $0) }
        // A quote that ends its sentence belongs to the words before it when they attribute it;
        // otherwise the words after it win.
        let after = afterAttribution(a)
        let adjacent = after.map { $0.adjacent } ?? false
        let found = endsSentence || !adjacent
            ? (beforeAttribution(b) ?? after.map { ($0.cue, $0.ref) })
            : after.map { ($0.cue, $0.ref) }
        if let (cue, ref) = found {
            return Attribution(cue: cue, speaker: ref, hasSpeechVerb: true)
        }
        if let (cue, ref) = inOwnWords(b) ?? inOwnWords(a) {
            return Attribution(cue: cue, speaker: ref, hasSpeechVerb: true)
        }
        let verbBefore = b.indices.last { isVerb(b, at: $0) }
        let cue = (a.indices.first { isVerb(a, at: $0) }.map { a[$0] } ?? verbBefore.map { b[$0] }).map { lowered($0) }
        return Attribution(cue: cue, speaker: nil, hasSpeechVerb: hasVerb, passive: verbBefore.map { isPassiveOverQuote(b, $0) } ?? false)
    }

    /// "It had, in her words, become “unhealthy.”", "in Brevik's own words": the phrase
    /// attributes the quote in its sentence as a speech verb would, to the possessor.
    func inOwnWords(_ t: ArraySlice<AttributionToken>) -> (String, SpeakerRef)? {
        var k = t.startIndex
        while k + 2 < t.endIndex {
            defer { k += 1 }
            guard t[k].kind == .word, TextBytes.equalsIgnoringCase(text, t[k].range, "in"), t[k + 1].kind == .word else { continue }
            var w = k + 2
            if TextBytes.equalsIgnoringCase(text, t[w].range, "own"), w + 1 < t.endIndex { w += 1 }
            guard t[w].kind == .word, TextBytes.equalsIgnoringCase(text, t[w].range, "words") else { continue }
            let owner = t[k + 1]
            let cue = "in " + lowered(owner) + (w == k + 3 ? " own" : "") + " words"
            let pronoun: String?
            switch lowered(owner) {
            case "his": pronoun = "he"
            case "her": pronoun = "she"
            case "their": pronoun = "they"
            default: pronoun = nil
            }
            if let pronoun { return (cue, .pronoun(pronoun, at: owner.range.lowerBound)) }
            // "in Brevik's words": the name without its possessive ending.
            guard Self.isPossessive(text, owner.range), isNameWord(owner) else { continue }
            // The apostrophe is ' (one byte) or ’ (E2 80 99); a 0x99 byte alone may end another
            // letter ("Éřs"), which is no possessive.
            let end = owner.range.upperBound - 1
            let cut: Int
            if text[end - 1] == 0x27 { cut = 2 } else if end - 3 > owner.range.lowerBound, text[end - 3] == 0xE2, text[end - 2] == 0x80 { cut = 4 } else { continue }
            return (cue, .name(owner.range.lowerBound..<(owner.range.upperBound - cut)))
        }
        return nil
    }

    /// Speech verbs whose passive subject is the speaker: "He was quoted as saying “…”",
    /// "She was heard “…”".
    static let speakerPassives: WordList = ["quoted", "recorded", "heard"]

    /// Whether the passive speech verb `v` governs the quote that follows `t`: it ends the
    /// main clause within a few words of the opening mark ("was described as “",
    /// "was called by critics “") and opens no relative clause ("Holt, who was asked to rule,
    /// found the claim “…”" is no passive over the quote). A comma or colon right before the
    /// mark is punctuation only: "was asked, “…”" and "was asked: “…”" are "was asked “…”",
    /// whose subject is the one asked, never the one asking.
    func isPassiveOverQuote(_ t: ArraySlice<AttributionToken>, _ v: Int) -> Bool {
        var end = t.endIndex
        if end - 1 > v, t[end - 1].kind == .comma || t[end - 1].kind == .colon, isPlainPunctuation(t[end - 1]) { end -= 1 }
        guard end - v <= 5, (v + 1..<end).allSatisfy({ t[$0].kind == .word }),
              !Self.speakerPassives.contains(lowered(t[v])), isPassive(t, v) else { return false }
        var j = v - 1
        while j >= t.startIndex && t[j].kind == .word && !Self.beForms.contains(lowered(t[j])) { j -= 1 }
        // The be-form's own subject, fillers aside, must not be a relative pronoun.
        j -= 1
        while j >= t.startIndex && t[j].kind == .word && SpeechLexicon.fillers.contains(lowered(t[j])) { j -= 1 }
        return !(j >= t.startIndex && t[j].kind == .word && Self.relativePronouns.contains(lowered(t[j])))
    }

    static let relativePronouns: WordList = ["who", "which", "that", "whom"]

    /// A comma or a colon itself, not a dash, semicolon or bracket (which the tokenizer also
    /// counts as `.comma`).
    private func isPlainPunctuation(_ token: AttributionToken) -> Bool {
        token.range.count == 1 && (text[token.range.lowerBound] == 0x2C || text[token.range.lowerBound] == 0x3A)
    }

    /// Attribution of an unquoted statement after a colon: a speech verb among the last
    /// words before the colon, with a subject.
    func colonAttribution(before: Range<Int>) -> Attribution? {
        let b = sentenceTail(AttributionTokenizer.tokens(text, before))
        guard let v = b.indices.reversed().first(where: { isVerb(b[$0]) }), b.count - v <= 6 else { return nil }
        guard !(v + 1..<b.endIndex).contains(where: { NamingContext.isNamingVerb(lowered(b[$0])) }) else { return nil }
        guard let (cue, ref) = attribution(b, verb: v, lower: 0, strict: false) else { return nil }
        return Attribution(cue: cue, speaker: ref, hasSpeechVerb: true)
    }

    // MARK: - Clauses

    func sentenceHead(_ tokens: [AttributionToken]) -> ArraySlice<AttributionToken> {
        let end = tokens.firstIndex { $0.kind == .stop || $0.kind == .mark } ?? tokens.endIndex
        return tokens[..<min(end, AttributionTokenizer.headLimit)]
    }

    func sentenceTail(_ tokens: [AttributionToken]) -> ArraySlice<AttributionToken> {
        guard let stop = tokens.lastIndex(where: { $0.kind == .stop || $0.kind == .mark }) else { return tokens[...] }
        return tokens[(stop + 1)...]
    }

    /// The attribution after a quote; `adjacent` when it opens the words after the quote
    /// (`,” she said`, `” said Lavrov`) rather than a later clause.
    func afterAttribution(_ a: ArraySlice<AttributionToken>) -> (cue: String, ref: SpeakerRef, adjacent: Bool)? {
        for v in a.indices where isVerb(a[v]) {
            let clause = clauseStart(a, v)
            if let (cue, ref) = attribution(a, verb: v, lower: clause, strict: true) {
                let lead = a.startIndex < a.endIndex && a[a.startIndex].kind == .comma ? a.startIndex + 1 : a.startIndex
                return (cue, ref, clause <= lead)
            }
        }
        return nil
    }

    func beforeAttribution(_ b: ArraySlice<AttributionToken>) -> (String, SpeakerRef)? {
        for v in b.indices.reversed() where isVerb(b[v]) {
            if SpeechLexicon.strongVerbs.contains(lowered(b[v])), let found = attribution(b, verb: v, lower: b.startIndex, strict: false) {
                return found
            }
            // ", calling capital punishment “inhumane”": the participle's subject is the main
            // clause's, not the subject of a verb in a clause between ("Canada has asked").
            if isParticipleAfterComma(b, v) { return nil }
        }
        return nil
    }

    /// An -ing speech verb right after a comma (fillers aside): ", saying", ", calling".
    func isParticipleAfterComma(_ t: ArraySlice<AttributionToken>, _ v: Int) -> Bool {
        guard SpeechLexicon.isParticiple(lowered(t[v])), lowered(t[v]) != "according" else { return false }
        var j = v - 1
        while j >= t.startIndex && t[j].kind == .word && SpeechLexicon.fillers.contains(lowered(t[j])) { j -= 1 }
        return j >= t.startIndex && t[j].kind == .comma
    }

    func clauseStart(_ t: ArraySlice<AttributionToken>, _ v: Int) -> Int {
        var c = v
        while c > t.startIndex && t[c - 1].kind != .comma && t[c - 1].kind != .colon { c -= 1 }
        return c
    }

    /// The cue and subject of verb `v`. `strict`: the subject must open its clause
    /// (words after a quote); otherwise any subject right before the verb counts.
    func attribution(_ t: ArraySlice<AttributionToken>, verb v: Int, lower: Int, strict: Bool) -> (String, SpeakerRef)? {
        let verb = lowered(t[v])
        let cue = cueText(t, v, verb)
        if verb == "according" {
            return subjectRight(t, v).map { (cue, $0) }
        }
        // "his teammate was being yelled at", "he was described as": the subject of a passive
        // speech verb is spoken to or about, never the speaker.
        if isPassive(t, v) { return nil }
        let clause = clauseStart(t, v)
        if let (ref, start) = subjectLeft(t, v, lower: t.startIndex) {
            // After a quote the subject must open its clause, possibly after a title
            // phrase ("UFCW Local 832 president Jeff Traeger said").
            if !strict || start == clause || isModifierPhrase(t, from: clauseStart(t, start), to: start) { return (cue, ref) }
        }
        if SpeechLexicon.isParticiple(verb) { return nil }
        if v == clause || (v == clause + 1 && t[clause].kind == .word && SpeechLexicon.fillers.contains(lowered(t[clause]))) {
            // Before a quote, "said X" counts only when X ends the clause ("said Lavrov: “…”"),
            // not in "said Covington Catholic has “…”".
            if let ref = subjectRight(t, v, clauseFinal: !strict) { return (cue, ref) }
        }
        // "Sarah Buckley, who graduated in 2013, said": the name opening the sentence.
        if v - 1 >= t.startIndex, t[v - 1].kind == .comma, let (ref, end) = sentenceOpeningName(t), end < v - 1, isComma(t[end + 1]) {
            return (cue, ref)
        }
        return nil
    }

    static let beForms: WordList = ["is", "was", "were", "are", "be", "been", "being"]

    /// A past form after a form of "be" among the words right before it ("was told",
    /// "were being called"); "was saying" is no passive.
    func isPassive(_ t: ArraySlice<AttributionToken>, _ v: Int) -> Bool {
        guard !SpeechLexicon.isParticiple(lowered(t[v])) else { return false }
        var j = v - 1
        while j >= t.startIndex && t[j].kind == .word {
            let w = lowered(t[j])
            if Self.beForms.contains(w) { return true }
            guard SpeechLexicon.fillers.contains(w) else { return false }
            j -= 1
        }
        return false
    }

    func cueText(_ t: ArraySlice<AttributionToken>, _ v: Int, _ verb: String) -> String {
        if verb == "according" { return "according to" }
        if verb.hasPrefix("t"), ["told", "tell", "tells", "telling"].contains(verb), v + 1 < t.endIndex, t[v + 1].kind == .word {
            let object = lowered(t[v + 1])
            if ["reporters", "journalists", "media", "parliament", "lawmakers", "supporters", "listeners", "viewers"].contains(object) {
                return verb + " " + object
            }
        }
        return verb
    }

    // MARK: - Words

    /// The head noun of a description after a determiner: the last word before a breaker
    /// ("of", "who", a comma) when it is lower-case. Returns its index and the phrase end.
    func descriptionHead(_ t: ArraySlice<AttributionToken>, from start: Int) -> (Int, Int)? {
        var k = start
        var last: Int?
        while k < t.endIndex && k < start + 6 && t[k].kind == .word {
            let w = lowered(t[k])
            if Self.phraseBreakers.contains(w) || w == "of" || w == "who" || w == "for" { break }
            last = k
            k += 1
            // "a Michigan school's latest list": the possessor ends the phrase.
            if Self.isPossessive(text, t[k - 1].range) { break }
        }
        guard let last, !TextBytes.isUpperAt(text, t[last].range.lowerBound), isNounLike(lowered(t[last])) else { return nil }
        return (last, last)
    }

    static func isPossessive(_ text: [UInt8], _ r: Range<Int>) -> Bool {
        guard r.count > 2, text[r.upperBound - 1] | 0x20 == 0x73 else { return false }
        return text[r.upperBound - 2] == 0x27 || text[r.upperBound - 2] == 0x99
    }

    /// Words that end the noun phrase naming a speaker after the verb.
    static let phraseBreakers: WordList = [
        "in", "at", "on", "during", "after", "before", "when", "while", "to", "that", "who", "which", "as", "with",
        "from", "by", "about", "but", "because", "if", "this", "last", "on", "earlier", "told",
    ]

    /// Words a speaker's name may follow in its clause: titles, roles, organisations,
    /// numbers ("UFCW Local 832 president Jeff Traeger said").
    func isModifierPhrase(_ t: ArraySlice<AttributionToken>, from: Int, to: Int) -> Bool {
        guard to - from <= 10 else { return false }
        for k in from..<to {
            guard t[k].kind == .word || t[k].kind == .other else { return false }
            let w = lowered(t[k])
            if SpeechLexicon.speechVerbs.contains(w) || Self.phraseBreakers.contains(w) || SpeechLexicon.pronouns.contains(w)
                || w == "and" || w == "or" || w == "but" {
                return false
            }
        }
        return true
    }

    /// A capitalised word that can be part of a name: not a sentence word ("The"), not a
    /// contraction of one ("We’ve", "It's").
    func isNameWord(_ token: AttributionToken) -> Bool {
        guard token.kind == .word else { return false }
        guard TextBytes.isUpperAt(text, token.range.lowerBound) else { return hasArabicArticle(token.range) }
        var end = token.range.upperBound
        for i in token.range where text[i] == 0x27 || (text[i] == 0xE2 && i + 2 < token.range.upperBound && text[i + 2] == 0x99) {
            end = i
            break
        }
        let h = WordSet.hash(text, token.range.lowerBound..<end)
        return !SpeechLexicon.nonNameWords.contains(hash: h) && !SpeechLexicon.pronounWords.contains(hash: h)
    }

    /// `isVerb`, unless a determiner or a possessive makes the word a noun: "the medical
    /// examiner's report would classify him as a “naive” user", "a report found".
    func isVerb(_ t: ArraySlice<AttributionToken>, at k: Int) -> Bool {
        guard isVerb(t[k]) else { return false }
        guard k > t.startIndex, t[k - 1].kind == .word else { return true }
        return !Self.determinerWords.contains(text, t[k - 1].range) && !Self.isPossessive(text, t[k - 1].range)
    }

    /// `determiners` as written in running text and at a sentence's start, looked up by bytes
    /// (no String for every verb around every quote).
    static let determinerWords = WordSet(determiners.flatMap { [$0, $0.prefix(1).uppercased() + $0.dropFirst()] })

    /// "al-Shabaab", "el-Sisi": a lower-case article joined by a hyphen to a capitalised name.
    func hasArabicArticle(_ r: Range<Int>) -> Bool {
        guard r.count >= 5, text[r.lowerBound + 2] == 0x2D, TextBytes.isUpperASCII(text[r.lowerBound + 3]) else { return false }
        let a = text[r.lowerBound], b = text[r.lowerBound + 1]
        return (a == 0x61 || a == 0x65) && b == 0x6C // al-, el-
    }

    func isVerb(_ token: AttributionToken) -> Bool {
        guard token.kind == .word, token.range.count >= 3, token.range.count <= 12 else { return false }
        let first = text[token.range.lowerBound]
        // Capitalised verbs are names ("Washington Post") except a sentence-initial "According".
        if TextBytes.isUpperASCII(first) { return TextBytes.equalsIgnoringCase(text, token.range, "according") }
        return TextBytes.isLowerASCII(first) && SpeechLexicon.speechVerbWords.contains(text, token.range)
    }

    func lowered(_ token: AttributionToken) -> String {
        TextBytes.lowercased(text, token.range)
    }
}

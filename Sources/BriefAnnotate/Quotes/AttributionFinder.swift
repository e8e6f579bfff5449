/// Finds the cue and the named subject of a quote in the words around it.
///
/// The words after the quote win when they form an attribution clause on their own
/// (`,” she said`, `,” said Jane Doe`, `, he says.`); otherwise the nearest speech verb
/// before the quote in the same sentence with a subject (`Lavrov said: “`,
/// `Lavrov also said Ukraine was “not interested”`). Work is bounded by the window sizes.
struct AttributionFinder: Sendable {
    let text: [UInt8]

    private static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "our", "one", "another"]
    private static let appositiveStarters: Set<String> = ["a", "an", "the", "who", "whose", "his", "her", "their", "its", "one"]
    private static let connectors: Set<String> = ["de", "van", "von", "der", "da", "del", "bin", "al", "la", "le", "du", "di"]

    /// Attribution of a quote from the text before it (`before`, up to the opening mark)
    /// and after it (`after`, from the closing mark).
    func attribute(before: Range<Int>, after: Range<Int>, endsSentence: Bool = false) -> Attribution {
        let a = sentenceHead(Tokenizer.tokens(text, after))
        let b = sentenceTail(Tokenizer.tokens(text, before))
        let hasVerb = a.contains(where: isVerb) || b.contains(where: isVerb)
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
        let cue = (a.first(where: isVerb) ?? b.last(where: isVerb)).map { lowered($0) }
        return Attribution(cue: cue, speaker: nil, hasSpeechVerb: hasVerb)
    }

    /// Attribution of an unquoted statement after a colon: a speech verb among the last
    /// words before the colon, with a subject.
    func colonAttribution(before: Range<Int>) -> Attribution? {
        let b = sentenceTail(Tokenizer.tokens(text, before))
        guard let v = b.indices.reversed().first(where: { isVerb(b[$0]) }), b.count - v <= 6 else { return nil }
        guard let (cue, ref) = attribution(b, verb: v, lower: 0, strict: false) else { return nil }
        return Attribution(cue: cue, speaker: ref, hasSpeechVerb: true)
    }

    // MARK: - Clauses

    private func sentenceHead(_ tokens: [Token]) -> ArraySlice<Token> {
        let end = tokens.firstIndex { $0.kind == .stop || $0.kind == .mark } ?? tokens.endIndex
        return tokens[..<min(end, 40)]
    }

    private func sentenceTail(_ tokens: [Token]) -> ArraySlice<Token> {
        guard let stop = tokens.lastIndex(where: { $0.kind == .stop || $0.kind == .mark }) else { return tokens[...] }
        return tokens[(stop + 1)...]
    }

    /// The attribution after a quote; `adjacent` when it opens the words after the quote
    /// (`,” she said`, `” said Lavrov`) rather than a later clause.
    private func afterAttribution(_ a: ArraySlice<Token>) -> (cue: String, ref: SpeakerRef, adjacent: Bool)? {
        for v in a.indices where isVerb(a[v]) {
            let clause = clauseStart(a, v)
            if let (cue, ref) = attribution(a, verb: v, lower: clause, strict: true) {
                let lead = a.startIndex < a.endIndex && a[a.startIndex].kind == .comma ? a.startIndex + 1 : a.startIndex
                return (cue, ref, clause <= lead)
            }
        }
        return nil
    }

    private func beforeAttribution(_ b: ArraySlice<Token>) -> (String, SpeakerRef)? {
        for v in b.indices.reversed() where isVerb(b[v]) && SpeechLexicon.strongVerbs.contains(lowered(b[v])) {
            if let found = attribution(b, verb: v, lower: b.startIndex, strict: false) { return found }
        }
        return nil
    }

    private func clauseStart(_ t: ArraySlice<Token>, _ v: Int) -> Int {
        var c = v
        while c > t.startIndex && t[c - 1].kind != .comma && t[c - 1].kind != .colon { c -= 1 }
        return c
    }

    /// The cue and subject of verb `v`. `strict`: the subject must open its clause
    /// (words after a quote); otherwise any subject right before the verb counts.
    private func attribution(_ t: ArraySlice<Token>, verb v: Int, lower: Int, strict: Bool) -> (String, SpeakerRef)? {
        let verb = lowered(t[v])
        let cue = cueText(t, v, verb)
        if verb == "according" {
            return subjectRight(t, v).map { (cue, $0) }
        }
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
        if v - 1 >= t.startIndex, t[v - 1].kind == .comma, let (ref, end) = sentenceOpeningName(t), end < v - 1, t[end + 1].kind == .comma {
            return (cue, ref)
        }
        return nil
    }

    private func cueText(_ t: ArraySlice<Token>, _ v: Int, _ verb: String) -> String {
        if verb == "according" { return "according to" }
        if verb.hasPrefix("t"), ["told", "tell", "tells", "telling"].contains(verb), v + 1 < t.endIndex, t[v + 1].kind == .word {
            let object = lowered(t[v + 1])
            if ["reporters", "journalists", "media", "parliament", "lawmakers", "supporters", "listeners", "viewers"].contains(object) {
                return verb + " " + object
            }
        }
        return verb
    }

    // MARK: - Subjects

    /// The subject ending right before verb `v` (fillers skipped), and its first token.
    private func subjectLeft(_ t: ArraySlice<Token>, _ v: Int, lower: Int) -> (SpeakerRef, Int)? {
        var j = v - 1
        while j >= lower && t[j].kind == .word && SpeechLexicon.fillers.contains(lowered(t[j])) { j -= 1 }
        guard j >= lower else { return nil }
        if t[j].kind == .comma {
            // "Joe Nienaber, a graduate in Kenton County, where ..., said": the name opening the sentence.
            if lower == t.startIndex, let (ref, end) = sentenceOpeningName(t), end + 1 < j, t[end + 1].kind == .comma {
                return (ref, t.startIndex)
            }
            // Appositive: "Jane Doe, a spokesperson for X, said"
            var k = j - 1
            while k >= max(lower, j - 16) && t[k].kind != .comma && t[k].kind != .stop { k -= 1 }
            guard k >= lower, t[k].kind == .comma, k + 1 < j, t[k + 1].kind == .word, k - 1 >= lower else { return nil }
            // "DeLaet's agent, Danny Fritz, told": the name between the commas.
            if let (ref, start) = nameLeft(t, j - 1, lower: k + 1), start == k + 1 { return (ref, start) }
            let opener = lowered(t[k + 1])
            guard Self.appositiveStarters.contains(opener) || !TextBytes.isUpperAt(text, t[k + 1].range.lowerBound)
                    || SpeechLexicon.titles.contains(opener) || SpeechLexicon.roleNouns.contains(opener) else { return nil }
            return nameLeft(t, k - 1, lower: lower) ?? nounPhraseLeft(t, k - 1, lower: lower)
        }
        guard t[j].kind == .word else { return nil }
        let word = lowered(t[j])
        if SpeechLexicon.pronouns.contains(word) { return (.pronoun(word, at: t[j].range.lowerBound), j) }
        if let found = nameLeft(t, j, lower: lower) { return found }
        return nounPhraseLeft(t, j, lower: lower)
    }

    /// Nouns of documents that speak for their authors: "her statement read", "the RCMP statement said".
    private static let documentNouns: Set<String> = [
        "statement", "release", "report", "memo", "post", "letter", "email", "e-mail", "lawsuit", "claim", "tweet",
        "notice", "document", "filing", "complaint", "ruling", "decision", "paper", "website", "study", "message",
    ]

    /// A common-noun subject ending at token `j`: up to four words back to a determiner
    /// ("the rookie defenceman", "a citizen", "officials", "his office").
    private func nounPhraseLeft(_ t: ArraySlice<Token>, _ j: Int, lower: Int) -> (SpeakerRef, Int)? {
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

    private func isNounLike(_ w: String) -> Bool {
        w.count >= 3 && !w.hasSuffix("ly") && !SpeechLexicon.nonNames.contains(w) && !SpeechLexicon.fillers.contains(w)
            && !SpeechLexicon.pronouns.contains(w) && !Self.phraseBreakers.contains(w) && !SpeechLexicon.speechVerbs.contains(w)
            && !["who", "that", "which", "what", "where", "when", "there", "here", "him", "them", "us", "me"].contains(w)
    }

    /// A capitalised name ending at token `j`, extended to the left.
    private func nameLeft(_ t: ArraySlice<Token>, _ j: Int, lower: Int) -> (SpeakerRef, Int)? {
        guard isNameWord(t[j]) else { return nil }
        var s = j
        while s - 1 >= lower && t[s - 1].kind == .word {
            let r = t[s - 1].range
            if TextBytes.isUpperAt(text, r.lowerBound) || (Self.connectors.contains(lowered(t[s - 1])) && s - 1 > lower) {
                s -= 1
            } else {
                break
            }
        }
        // "Jingyi Pan of IG said": the person, not the one-word organisation.
        if s - 2 >= lower, t[s - 1].kind == .word, ["of", "at", "with", "from"].contains(lowered(t[s - 1])),
           j == s || text[t[s].range].allSatisfy({ !TextBytes.isLowerASCII($0) }),
           let (outer, outerStart) = nameLeft(t, s - 2, lower: lower), outerStart < s - 2 {
            return (outer, outerStart)
        }
        return (.name(t[s].range.lowerBound..<t[j].range.upperBound), s)
    }

    /// The name run opening `t` and the index of its last token.
    private func sentenceOpeningName(_ t: ArraySlice<Token>) -> (SpeakerRef, Int)? {
        var e = t.startIndex
        guard e < t.endIndex, isNameWord(t[e]) else { return nil }
        while e + 1 < t.endIndex && isNameWord(t[e + 1]) { e += 1 }
        return (.name(t[t.startIndex].range.lowerBound..<t[e].range.upperBound), e)
    }

    /// The subject after verb `v`: "said Lavrov", "said the minister", "according to police".
    private func subjectRight(_ t: ArraySlice<Token>, _ v: Int, clauseFinal: Bool = false) -> SpeakerRef? {
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

    private func subjectRightPhrase(_ t: ArraySlice<Token>, _ v: Int) -> SpeakerRef? {
        var j = v + 1
        if lowered(t[v]) == "according" {
            guard j < t.endIndex, lowered(t[j]) == "to" else { return nil }
            j += 1
        }
        guard j < t.endIndex, t[j].kind == .word else { return nil }
        let word = lowered(t[j])
        if SpeechLexicon.pronouns.contains(word) && word != "it" { return .pronoun(word, at: t[j].range.lowerBound) }
        // "said Lavrov", "said Oilers head coach Ken Hitchcock", "said lead author Dr. Allan Garland":
        // the last capitalised run of the noun phrase after the verb.
        var lastRun: Range<Int>?
        var k0 = j
        while k0 < t.endIndex && k0 <= j + 10 && t[k0].kind == .word {
            let w = lowered(t[k0])
            if isNameWord(t[k0]) {
                var e = k0
                while e + 1 < t.endIndex && t[e + 1].kind == .word
                    && (isNameWord(t[e + 1]) || (Self.connectors.contains(lowered(t[e + 1])) && e + 2 < t.endIndex)) {
                    e += 1
                }
                lastRun = t[k0].range.lowerBound..<t[e].range.upperBound
                k0 = e + 1
                continue
            }
            if Self.phraseBreakers.contains(w) || SpeechLexicon.speechVerbs.contains(w) { break }
            k0 += 1
        }
        if let lastRun { return .name(lastRun) }
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

    // MARK: - Words

    /// Words that end the noun phrase naming a speaker after the verb.
    private static let phraseBreakers: Set<String> = [
        "in", "at", "on", "during", "after", "before", "when", "while", "to", "that", "who", "which", "as", "with",
        "from", "by", "about", "but", "because", "if", "this", "last", "on", "earlier", "told",
    ]

    /// Words a speaker's name may follow in its clause: titles, roles, organisations,
    /// numbers ("UFCW Local 832 president Jeff Traeger said").
    private func isModifierPhrase(_ t: ArraySlice<Token>, from: Int, to: Int) -> Bool {
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
    private func isNameWord(_ token: Token) -> Bool {
        guard token.kind == .word, TextBytes.isUpperAt(text, token.range.lowerBound) else { return false }
        var end = token.range.upperBound
        for i in token.range where text[i] == 0x27 || (text[i] == 0xE2 && i + 2 < token.range.upperBound && text[i + 2] == 0x99) {
            end = i
            break
        }
        let word = TextBytes.lowercased(text, token.range.lowerBound..<end)
        return !SpeechLexicon.nonNames.contains(word) && !SpeechLexicon.pronouns.contains(word)
    }

    private func isVerb(_ token: Token) -> Bool {
        guard token.kind == .word, token.range.count >= 3, token.range.count <= 12 else { return false }
        let first = text[token.range.lowerBound]
        // Capitalised verbs are names ("Washington Post") except a sentence-initial "According".
        if TextBytes.isUpperASCII(first) { return lowered(token) == "according" }
        return TextBytes.isLowerASCII(first) && SpeechLexicon.speechVerbs.contains(lowered(token))
    }

    private func lowered(_ token: Token) -> String {
        TextBytes.lowercased(text, token.range)
    }
}

/// Finds runs of capitalized words that may be names ("chunks") in one sentence.
///
/// Knows sentence-initial capitals (a common word starting a sentence is not a name),
/// title-case and ALL-CAPS headlines (only words the gazetteer knows count there),
/// joiners inside names ("University of Toronto", "Ludwig van Beethoven", "Kwok Ka-ki"),
/// and stops at possessives, commas and other punctuation. O(tokens).
struct NameChunker {
    /// How the words of a sentence are capitalized.
    enum Mode { case normal, titleCase, allCaps }

    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let kinds: [Gazetteer.Kind]

    /// Particles inside personal and place names: included when a capitalized word follows.
    static let particles = ByteLexicon(words: ["de", "da", "di", "del", "della", "van", "von", "der", "den", "du",
                                                "le", "la", "bin", "ibn", "al", "el", "y", "dos", "das", "ter"])

    /// Prefixes that make an adjective of a hyphened name ("pro-Beijing", "Anti-Kremlin").
    static let adjectivePrefixes = ByteLexicon(words: ["pro", "anti", "non"])

    /// The most tokens one chunk may hold.
    static let maxTokens = 12

    func mode(of s: Sentence) -> Mode {
        guard !s.tokens.isEmpty else { return .normal }
        var words = 0, caps = 0, allCaps = 0
        // Every sentence's tokens are counted: without bounds checks, and branch-free.
        tokens.withUnsafeBufferPointer { tokens in
            kinds.withUnsafeBufferPointer { kinds in
                for i in s.tokens {
                    let t = tokens[i]
                    let isAllCaps = t.flags.contains(.allCaps)
                    let counted = t.kind == .word && (isAllCaps || !kinds[i].contains(.function))
                    words &+= counted ? 1 : 0
                    caps &+= counted && t.flags.contains(.capitalized) ? 1 : 0
                    allCaps &+= counted && isAllCaps ? 1 : 0
                }
            }
        }
        // Only the sentence's last token decides whether it ends in a stop.
        let final = tokens[s.tokens.upperBound - 1]
        let lastPunct = final.kind == .punctuation && isTerminal(final)
        if words >= 3 && allCaps * 10 >= words * 7 { return .allCaps }
        if words >= 3 && !lastPunct && caps * 4 >= words * 3 { return .titleCase }
        return .normal
    }

    private func isTerminal(_ t: Token) -> Bool {
        let b = text[t.range.lowerBound]
        return b == 0x2E || b == 0x21 || b == 0x3F
    }

    @inline(__always) func isCapWord(_ i: Int) -> Bool {
        let t = tokens[i]
        return t.kind == .word && (t.flags.contains(.capitalized) || t.flags.contains(.allCaps))
    }

    /// True when the word at `i` can start or continue a name in `mode`.
    func admits(_ i: Int, mode: Mode, atStart: Bool) -> Bool {
        guard isCapWord(i), !isFirstPersonContraction(i) else { return false }
        // "Jan. 6", "the Dec. 13 meeting", "Malaysia Jan. 7, 2019": an abbreviated month before
        // a day's number is a date, never a name nor part of one (Jan is a given name too).
        if tokens[i].flags.contains(.abbreviation) && isAbbreviatedMonthBeforeDay(i) { return false }
        let k = kinds[i]
        if k.contains(.function) && !(k.contains(.title) || k.contains(.honorific)) {
            // "The", "This": never a name by themselves (also "WHO" reads as who in lowercase runs).
            if !(tokens[i].flags.contains(.allCaps) && !k.isDisjoint(with: Gazetteer.Kind.names)) { return false }
        }
        let known = !k.isDisjoint(with: [.country, .place, .demonym, .group, .organization, .properNoun])
        switch mode {
        case .allCaps:
            return !k.isDisjoint(with: [.country, .place, .demonym, .group, .organization])
        case .titleCase:
            if known || !k.contains(.common) { return true }
            return false
        case .normal:
            // "DAB's Starry Lee": capitals opening a sentence of running text are an acronym,
            // even when they spell a common word.
            if atStart && tokens[i].flags.contains(.allCaps) && tokens[i].range.count >= 3 { return true }
            if atStart && k.contains(.common) && !known && !k.contains(.givenName) {
                // A title opening the sentence still starts a name: "President Putin said"; so
                // does a place's opening word: "Lake Cowichan residents voted".
                return (k.contains(.title) || k.contains(.honorific) || PlacePrefixes.words.contains(text, tokens[i].range))
                    && i + 1 < tokens.count && isCapWord(i + 1)
            }
            if atStart && k.contains(.common) && k.contains(.givenName) && !known {
                // "Will Smith", but not "Will the ...", nor an instruction to the reader that
                // happens to be a given name too ("See Lavrov for more").
                if NameChunker.imperatives.contains(text, tokens[i].range) { return false }
                return i + 1 < tokens.count && isCapWord(i + 1) && !tokens[i + 1].flags.contains(.lineBefore)
            }
            return true
        }
    }

    /// Whether the word at `i` (an abbreviation with its period) is a month's ("Jan.", "Sept.")
    /// and a number follows it: a date.
    @inline(never) func isAbbreviatedMonthBeforeDay(_ i: Int) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .number else { return false }
        let r = tokens[i].range
        return NameChunker.abbreviatedMonths.contains(text, r.lowerBound..<(r.upperBound - 1))
    }

    /// Whether the word at `h` is "House" and "of" at `j` right after it leads to a name the
    /// gazetteer knows as an organisation ("House of Commons"), not any house ("House of Cards").
    @inline(never) func isChamberHouse(_ h: Int, of j: Int) -> Bool {
        guard j == h + 1, j + 1 < tokens.count, ByteLexicon.equalsFolded(text, tokens[h].range, "house"), isCapWord(j + 1) else { return false }
        return Gazetteer.shared.kinds(text, tokens[h].range.lowerBound..<tokens[j + 1].range.upperBound).contains(.organization)
    }

    /// Whether the word at `j` is an organisation's or a place's head word and the words from
    /// `start` up to it are a known organisation or place ("Green Party", "Democratic Party").
    @inline(never) func isKnownWithHead(_ start: Int, _ j: Int) -> Bool {
        guard !kinds[j].isDisjoint(with: [.orgWord, .placeWord]), !kinds[j].contains(.function) else { return false }
        let k = Gazetteer.shared.kinds(text, tokens[start].range.lowerBound..<tokens[j].range.upperBound)
        return !k.isDisjoint(with: [.organization, .place, .country])
    }

    /// Whether the word at `j` is a short abbreviation of two or three letters with its period,
    /// which the tokenizer kept ("Dr.") or left as a stop after it ("Rt", ".").
    private func isShortAbbreviation(_ j: Int) -> Bool {
        let t = tokens[j]
        if t.flags.contains(.abbreviation) { return (3...4).contains(t.range.count) }
        guard (2...3).contains(t.range.count), j + 1 < tokens.count else { return false }
        let next = tokens[j + 1]
        return next.kind == .punctuation && next.flags.contains(.joined) && text[next.range.lowerBound] == 0x2E
    }

    /// Whether the words `start..<end` are an organisation the gazetteer knows ("House of Commons").
    @inline(never) func isKnownBody(_ start: Int, _ end: Int) -> Bool {
        Gazetteer.shared.kinds(text, tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound).contains(.organization)
    }

    /// Months' abbreviations, without their period.
    static let abbreviatedMonths = ByteLexicon(words: ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
                                                       "oct", "nov", "dec"])

    /// "T-shirt", "X-ray", "U-turn": one capital letter hyphened to a lower-case word is a common
    /// word, no part of the name before it ("a NASA T-shirt").
    @inline(__always) func isLetterCompound(_ j: Int) -> Bool {
        guard tokens[j].range.count == 1, j + 2 < tokens.count, tokens[j + 1].kind == .hyphen,
              tokens[j + 1].flags.contains(.joined), tokens[j + 2].kind == .word, tokens[j + 2].flags.contains(.joined) else { return false }
        return !tokens[j + 2].flags.contains(.capitalized)
    }

    /// "I'm", "I’ve", "I'd": the pronoun I with a contracted verb is no name.
    @inline(__always) func isFirstPersonContraction(_ i: Int) -> Bool {
        let r = tokens[i].range
        guard r.count >= 3, text[r.lowerBound] == 0x49 else { return false } // "I"
        let b = text[r.lowerBound + 1]
        return b == 0x27 || (b == 0xE2 && r.count >= 5 && text[r.lowerBound + 2] == 0x80 && text[r.lowerBound + 3] == 0x99)
    }

    /// Replaces the contents of `out` with the chunks of sentence `s`, as token ranges, in
    /// order (one buffer serves every sentence of a document).
    func chunks(of s: Sentence, into out: inout [Range<Int>]) {
        // One element at a time: `removeAll(keepingCapacity:)` goes through the generic `replaceSubrange`.
        while !out.isEmpty { out.removeLast() }
        let mode = mode(of: s)
        var atStart = true
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound {
            let t = tokens[i]
            if t.kind == .word {
                // "pro-Beijing": a capitalized word hyphenated to a lowercase one is part of a common word.
                if t.flags.contains(.joined), i >= 2, tokens[i - 1].kind == .hyphen, tokens[i - 2].kind == .word,
                   !tokens[i - 2].flags.contains(.capitalized) {
                    i += 1
                    atStart = false
                    continue
                }
                // "Pro-Beijing camp", "Anti-Kremlin": a prefix hyphened to a name makes an adjective.
                if i + 2 < s.tokens.upperBound, tokens[i + 1].kind == .hyphen, tokens[i + 1].flags.contains(.joined),
                   tokens[i + 2].flags.contains(.joined), NameChunker.adjectivePrefixes.contains(text, t.range) {
                    i += 3
                    atStart = false
                    continue
                }
                // "READ MORE:", "WATCH BELOW:": a reader's instruction in capitals labels a link;
                // it and the capitals after it name nothing.
                if atStart && t.flags.contains(.allCaps) && NameChunker.imperatives.contains(text, t.range) {
                    i += 1
                    while i < s.tokens.upperBound && tokens[i].kind == .word && tokens[i].flags.contains(.allCaps) { i += 1 }
                    atStart = false
                    continue
                }
                // `admits` wants a capitalised word first: most words are not, and skip the call.
                if isCapWord(i) && admits(i, mode: mode, atStart: atStart) && !isCaptionLabel(i) {
                    // "Will Lavrov attend?", "Will Lavrov attend.": an auxiliary that is also a given
                    // name, opening a question or a clause whose verb comes bare after the next word, is the verb.
                    if atStart && mode == .normal && kinds[i].contains(.givenName) && opensQuestion(i, s) {
                        i += 1
                        atStart = false
                        continue
                    }
                    let end = joinPossessive(i, extend(from: i, mode: mode, limit: s.tokens.upperBound), mode: mode, limit: s.tokens.upperBound)
                    out.append(i..<end)
                    i = end
                } else if mode == .normal, isCapWord(i), kinds[i].contains(.function), kinds[i].contains(.givenName),
                          tokens[i].range.count <= 6, NameChunker.givenNameMonths.contains(text, tokens[i].range),
                          opensPersonalName(i, s, atStart: atStart) {
                    // "April Ryan asked", "said June Carter": a month that is also a given name,
                    // before a surname, opens a personal name.
                    let end = joinPossessive(i, extend(from: i, mode: mode, limit: s.tokens.upperBound), mode: mode, limit: s.tokens.upperBound)
                    out.append(i..<end)
                    i = end
                } else if mode == .titleCase || atStart, let end = orgRun(from: i, limit: s.tokens.upperBound) {
                    // In a title-case line or opening a sentence ("Civic Party's Jeremy Tam won"),
                    // "Civic Party": common words that end in an organisation word.
                    out.append(i..<end)
                    i = end
                } else if atStart && mode == .normal, let end = countryAfterCommonWord(i, limit: s.tokens.upperBound) {
                    // "Team Estonia had to rebuild", "Hockey Canada said": a common word opening a
                    // sentence before a country's name is the first word of a team's or a body's name.
                    out.append(i..<end)
                    i = end
                } else {
                    i += 1
                }
                atStart = false
                continue
            }
            // After an opening quote, a colon or a dash a new clause starts.
            if t.kind == .quote || t.kind == .dash {
                atStart = atStart || !t.flags.contains(.joined)
            } else if t.kind == .punctuation, text[t.range.lowerBound] == 0x3A {
                atStart = true
            }
            i += 1
        }
    }

    /// "St. Michael’s Hospital", "Korean People’s Army": a possessive inside a name whose
    /// head word comes after it. Elsewhere ("Russia’s Foreign Ministry", "Mecca’s Grand
    /// Mosque") the possessive ends the name. Returns the (maybe longer) chunk end.
    func joinPossessive(_ start: Int, _ end: Int, mode: Mode, limit: Int) -> Int {
        guard mode != .allCaps, end + 1 < limit, tokens[end].kind == .possessive, isCapWord(end + 1),
              !tokens[end + 1].flags.contains(.joined) else { return end }
        let tail = extend(from: end + 1, mode: mode, limit: limit)
        guard !kinds[tail - 1].isDisjoint(with: [.orgWord, .placeWord]), !kinds[tail - 1].contains(.title) else { return end }
        // Only where the possessive is part of the name: a saint's name, or a collective noun.
        if isSaint(start) { return tail }
        return NameChunker.collectives.contains(text, tokens[end - 1].range) ? tail : end
    }

    /// Collective nouns that stand before a possessive inside names ("People's Party").
    static let collectives = ByteLexicon(words: ["people", "women", "men", "children", "workers", "veterans",
                                                  "farmers", "peoples", "nations", "citizens"])

    private func isSaint(_ i: Int) -> Bool {
        let r = tokens[i].range
        return ByteLexicon.equalsFolded(text, r, "st.") || ByteLexicon.equalsFolded(text, r, "st")
            || ByteLexicon.equalsFolded(text, r, "saint")
    }

    /// Verbs that open an instruction to the reader ("See Lavrov for more", "Watch Ms Tan's
    /// interview"): at a sentence's start they never begin a name, even where a given-name list
    /// holds them ("See"). Others are kept out already as common words that are no given name.
    static let imperatives = ByteLexicon(words: ["see", "read", "watch", "like", "listen", "follow", "visit", "ask",
                                                  "meet", "thank", "join", "call", "look", "note", "compare", "contact"])

    /// Auxiliaries and modals that invert with the subject in a question ("Will Lavrov attend?",
    /// "May Putin speak?"). Given-name lists hold some ("Will", "May"); the rest stay here so the
    /// rule reads as the class it is.
    static let auxiliaries = ByteLexicon(words: ["will", "would", "can", "could", "may", "might", "must", "shall",
                                                  "should", "do", "does", "did", "is", "are", "was", "were",
                                                  "has", "have", "had"])

    /// True when the given name at `i` (the caller checks it is one), opening sentence `s`, is an
    /// auxiliary and the sentence is a question: "Will Lavrov attend the summit?" inverts verb and
    /// subject ("Will Smith win?" too: a question about Will Smith would need its own auxiliary).
    /// A statement keeps the name ("Will Smith arrived"), and so does a full name the text gives
    /// elsewhere (SentenceInitialNames). Out of line: it runs about once a sentence.
    /// A statement too, when the word after the capitalised one is a bare verb ("Will Lavrov
    /// attend the summit."): that reads as an auxiliary before its subject, and a name needs
    /// evidence the text gives elsewhere (SentenceInitialNames joins "Will" back when the text
    /// names Will Lavrov in full). "Will Smith arrived", "Will Young, a mechanic," and a name
    /// alone on its line stay names.
    @inline(never) func opensQuestion(_ i: Int, _ s: Sentence) -> Bool {
        guard i + 1 < s.tokens.upperBound, isCapWord(i + 1),
              NameChunker.auxiliaries.contains(text, tokens[i].range) else { return false }
        // The first stop decides: "“Will Lavrov attend?” she asked." is a question too.
        for e in (i + 2)..<s.tokens.upperBound where tokens[e].kind == .punctuation {
            let b = text[tokens[e].range.lowerBound]
            if b == 0x3F { return true }
            if b == 0x2E || b == 0x21 { break }
        }
        return isBareVerb(i + 2, s)
    }

    /// Whether the word at `j` of sentence `s` is lower-case and may be a verb's bare form:
    /// no function word ("and", "of", "who"), no past tense ("arrived", "won") and no third
    /// person's -s ("says", "lives"), which only a subject before them would take.
    private func isBareVerb(_ j: Int, _ s: Sentence) -> Bool {
        guard j < s.tokens.upperBound, tokens[j].kind == .word, !tokens[j].flags.contains(.capitalized),
              !tokens[j].flags.contains(.allCaps), !tokens[j].flags.contains(.lineBefore),
              !kinds[j].contains(.function) else { return false }
        let r = tokens[j].range
        let n = r.count
        let last = text[r.upperBound - 1], before = n >= 2 ? text[r.upperBound - 2] : 0
        if n >= 4 && before == 0x65 && last == 0x64 && text[r.upperBound - 3] != 0x65 { return false } // -ed, not -eed
        if n >= 3 && last == 0x73 && before != 0x73 && before != 0x75 { return false } // -s, not -ss, -us
        return !NameChunker.finiteVerbs.contains(text, r)
    }

    /// Whether the word at `i`, a month that given-name lists hold ("April", "May", "June"),
    /// opens a personal name: a capitalised surname-like word follows
    /// (no common word unless a surname, no month or function word), no date's preposition,
    /// article or number precedes ("in May", "on 5 May Lavrov said"), and no question or bare
    /// verb makes it the auxiliary ("May Lavrov attend?").
    @inline(never) func opensPersonalName(_ i: Int, _ s: Sentence, atStart: Bool) -> Bool {
        let n = i + 1
        guard n < s.tokens.upperBound, isCapWord(n), !tokens[n].flags.contains(.allCaps), !tokens[n].flags.contains(.joined),
              !tokens[n].flags.contains(.lineBefore), !kinds[n].contains(.function),
              !kinds[n].contains(.common) || kinds[n].contains(.surname),
              kinds[n].isDisjoint(with: [.title, .honorific, .orgWord, .placeWord, .country, .place, .demonym]) else { return false }
        if i > s.tokens.lowerBound {
            let p = tokens[i - 1]
            if p.kind == .number { return false }
            if p.kind == .word && kinds[i - 1].contains(.function) { return false }
            if p.kind == .word && NameChunker.dateWords.contains(text, p.range) { return false }
        }
        return !(atStart && opensQuestion(i, s))
    }

    /// Months that are also given names.
    static let givenNameMonths = ByteLexicon(words: ["april", "may", "june", "august"])

    /// Words before a month that make it a date: "last May", "early June", "mid-April".
    static let dateWords = ByteLexicon(words: ["last", "next", "early", "late", "mid", "since", "until", "till",
                                               "through", "during", "before", "after", "between"])

    /// Finite verb forms without an -ed or -s ending, which never follow an auxiliary bare.
    static let finiteVerbs = ByteLexicon(words: [
        "is", "was", "were", "has", "had", "did", "won", "lost", "met", "made", "took", "gave", "went", "came",
        "got", "left", "said", "told", "wrote", "spoke", "became", "began", "ran", "saw", "held", "led", "found",
        "thought", "brought", "sold", "bought", "paid", "sent", "kept", "felt", "knew", "grew", "drew", "flew",
        "threw", "fell", "rose", "stood", "sat", "hit", "let", "put", "set", "cut", "quit", "shot", "struck",
        "wore", "broke", "chose", "drove", "heard", "built", "spent", "taught", "caught", "fought", "meant",
    ])

    /// Words that label a caption's credit ("Image: Reuters"): never the end of a name before them.
    static let captionLabels = ByteLexicon(words: ["image", "photo", "photograph", "picture", "video", "audio",
                                                    "source", "credit", "file", "caption", "graphic", "map"])

    /// "Belle Image: Nick Moreau": a caption label and its colon after a name.
    private func isCaptionLabel(_ j: Int) -> Bool {
        guard j + 1 < tokens.count, tokens[j + 1].kind == .punctuation, text[tokens[j + 1].range.lowerBound] == 0x3A else { return false }
        return NameChunker.captionLabels.contains(text, tokens[j].range)
    }

    /// The end of a run of up to four capitalized words from `start` whose last is an organisation word.
    func orgRun(from start: Int, limit: Int) -> Int? {
        var j = start
        while j < limit, j < start + 4, isCapWord(j), !kinds[j].contains(.function) {
            if j > start && tokens[j].flags.contains(.joined) { return nil }
            if kinds[j].contains(.orgWord) && j > start { return j + 1 }
            j += 1
        }
        return nil
    }

    /// The end of a chunk of the capitalised common word at `start` and a country's one-word
    /// name right after it, which no third capitalised word continues ("Team Estonia").
    func countryAfterCommonWord(_ start: Int, limit: Int) -> Int? {
        let c = start + 1
        guard c < limit, isCapWord(start), isCapWord(c), !tokens[c].flags.contains(.joined), !tokens[c].flags.contains(.allCaps),
              kinds[c].contains(.country), kinds[start].contains(.common), !kinds[start].contains(.function),
              kinds[start].isDisjoint(with: [.title, .honorific, .placeWord, .demonym]),
              c + 1 >= limit || !isCapWord(c + 1),
              // "Central Canada", "Northern Ireland": a region of the country, no body.
              !ChunkClassifier.placeQualifiers.contains(text, tokens[start].range) else { return nil }
        return c + 1
    }

    /// The capitalized word that the lower-case particles from `j` lead to: "da Silva",
    /// "von der Leyen", "de la Cruz", "al-Assad" (a particle hyphened to the name).
    func nameAfterParticles(_ j: Int, limit: Int) -> Int? {
        var k = j
        var count = 0
        while k < limit, count < 3, tokens[k].kind == .word, !tokens[k].flags.contains(.capitalized),
              NameChunker.particles.contains(text, tokens[k].range) {
            k += 1
            count += 1
            if k + 1 < limit, tokens[k].kind == .hyphen, tokens[k + 1].flags.contains(.joined) {
                k += 1
                break
            }
        }
        guard count > 0, k < limit, isCapWord(k), !kinds[k].contains(.function) else { return nil }
        return k
    }

    /// The end (exclusive) of the chunk starting at the word `start`.
    func extend(from start: Int, mode: Mode, limit: Int) -> Int {
        var end = start + 1
        var j = start + 1
        // Names are short: a cap keeps every later step linear on runs of capitals.
        let limit = min(limit, start + NameChunker.maxTokens)
        while j < limit {
            let t = tokens[j]
            // "Theresa May": a month or other function word is a surname after a given name.
            if t.kind == .word, !t.flags.contains(.joined), isCapWord(j), kinds[j].contains(.function),
               kinds[j].contains(.surname), kinds[j - 1].contains(.givenName), mode == .normal {
                end = j + 1
                j += 1
                continue
            }
            // "the House of Commons Rt. Hon. Lindsay Hoyle": an abbreviated word (no initial) after a
            // known body opens the next name, a title, and ends the body's.
            if t.kind == .word, isShortAbbreviation(j), isKnownBody(start, end) { break }
            if t.kind == .word && !t.flags.contains(.joined) && admits(j, mode: mode, atStart: false) {
                if kinds[j].contains(.function) || isCaptionLabel(j) || isLetterCompound(j) { break }
                end = j + 1
                j += 1
                continue
            }
            // "Wu Chi-wai of the Green Party" as a caption's title-case line admits no common word
            // ("Party"), but a head word that makes a name the gazetteer knows with the words
            // before it continues the chunk.
            if mode == .titleCase, t.kind == .word, !t.flags.contains(.joined), isCapWord(j), isKnownWithHead(start, j) {
                end = j + 1
                j += 1
                continue
            }
            // A hyphen inside a name: "Ka-ki", "Jean-Claude", "US-Russia" (split later if known).
            if t.kind == .hyphen, j + 1 < limit, tokens[j + 1].kind == .word || tokens[j + 1].kind == .number,
               tokens[j + 1].flags.contains(.joined), mode != .allCaps,
               isCapWord(j + 1) || !Gazetteer.shared.kinds(text, tokens[j + 1].range).contains(.common) {
                end = j + 2
                j += 2
                continue
            }
            if t.kind == .word, !t.flags.contains(.capitalized), mode != .allCaps, j + 1 < limit {
                if let name = nameAfterParticles(j, limit: limit) {
                    end = name + 1
                    j = name + 1
                    continue
                }
                let last = kinds[end - 1]
                let isOf = ByteLexicon.equalsFolded(text, t.range, "of") || ByteLexicon.equalsFolded(text, t.range, "for")
                // "House of Commons", "House of Lords": a chamber's name is "House" and "of" too.
                if isOf, !last.isDisjoint(with: [.orgWord, .placeWord]) || isChamberHouse(end - 1, of: j) {
                    var k = j + 1
                    if k < limit, ByteLexicon.equalsFolded(text, tokens[k].range, "the") { k += 1 }
                    if k < limit, isCapWord(k), !kinds[k].contains(.function), admits(k, mode: mode, atStart: false) {
                        end = k + 1
                        j = k + 1
                        continue
                    }
                }
            }
            if t.kind == .punctuation, text[t.range.lowerBound] == 0x26, j + 1 < limit, isCapWord(j + 1) { // "&"
                end = j + 2
                j += 2
                continue
            }
            // "CBC.ca", "Gawker.com": a web domain written onto the name ends it.
            if t.kind == .punctuation, t.flags.contains(.joined), text[t.range.lowerBound] == 0x2E, isDomainEnd(j + 1) {
                end = j + 2
            }
            break
        }
        return end
    }

    /// Whether the token at `j` is a top-level domain written onto a name and its period
    /// ("CBC.ca"), with no more of an address after it ("Gawker.com/story").
    func isDomainEnd(_ j: Int) -> Bool {
        guard j < tokens.count, tokens[j].kind == .word, tokens[j].flags.contains(.joined),
              !tokens[j].flags.contains(.capitalized), tokens[j].range.count <= 3,
              NameChunker.topLevelDomains.contains(text, tokens[j].range) else { return false }
        guard j + 1 < tokens.count, tokens[j + 1].flags.contains(.joined) else { return true }
        // A sentence's stop, comma or quote may follow, but no path, no longer domain ("co.uk.com").
        let next = tokens[j + 1]
        guard next.kind == .punctuation || next.kind == .quote || next.kind == .possessive else { return false }
        if text[next.range.lowerBound] == 0x2F { return false }
        return !(text[next.range.lowerBound] == 0x2E && j + 2 < tokens.count && tokens[j + 2].flags.contains(.joined)
                 && tokens[j + 2].kind == .word)
    }

    /// Common top-level domains of news sites and companies.
    static let topLevelDomains = ByteLexicon(words: ["com", "org", "net", "ca", "uk", "au", "nz", "ie", "in", "gov",
                                                     "edu", "io", "tv", "fm", "info", "biz", "eu", "de", "fr"])
}

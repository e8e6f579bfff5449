/// Types one chunk of capitalized words, splitting it where it holds several names:
/// "Russian Foreign Minister Sergei Lavrov" -> GROUP "Russian", PERSON "Sergei Lavrov"
/// (role "Russian Foreign Minister"); "US-Russia" -> PLACE "US", PLACE "Russia".
///
/// Evidence, strongest first: the gazetteer on the whole chunk; org and place head words
/// ("Ministry", "University", "River"); titles before a name; an honorific before it; a
/// given name first; a speech verb after it ("Lavrov said"); a place preposition before
/// it ("in Herat"); an acronym's capitals; the shape of a two- or three-word name.
struct ChunkClassifier {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let kinds: [Gazetteer.Kind]
    let gazetteer: Gazetteer
    /// The document's multi-word look-ups so far: a repeated name ("Sergei Lavrov") probes once.
    private let memo = KindsMemo.Shared()

    /// Lowercase words allowed between a name and its speech verb ("Lavrov also said").
    static let adverbs = ByteLexicon(words: ["also", "has", "had", "have", "then", "later", "reportedly",
                                             "previously", "recently", "once", "again", "earlier", "further",
                                             "repeatedly", "quickly", "simply", "told", "was", "is"])

    /// The gazetteer kinds of the words `a..<b` as one name, with acronym-only kinds
    /// dropped unless the text is in capitals.
    func kinds(_ a: Int, _ b: Int) -> Gazetteer.Kind {
        if b - a == 1 { return kinds[a] }
        let r = tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound
        var k = memo.kinds(text, r, in: gazetteer)
        if k.contains(.acronym) && !(a..<b).allSatisfy({ tokens[$0].kind != .word || tokens[$0].flags.contains(.allCaps) }) {
            k.subtract([.country, .place, .organization])
        }
        return k
    }

    private func candidate(_ a: Int, _ b: Int, _ type: EntityType?, _ c: NameCandidate.Confidence, role: Range<Int>? = nil) -> NameCandidate {
        NameCandidate(tokens: a..<b, range: tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound,
                      type: type, confidence: c, role: role)
    }

    /// The type the gazetteer gives the whole of `a..<b`, if any.
    func lexiconType(_ a: Int, _ b: Int) -> EntityType? {
        let k = kinds(a, b)
        if !k.isDisjoint(with: [.country, .place]) { return .place }
        if k.contains(.organization) { return .org }
        if !k.isDisjoint(with: [.demonym, .group]) { return .group }
        return nil
    }

    /// Appends the candidates of chunk `a..<b` to `out`.
    func classify(_ a: Int, _ b: Int, into out: inout [NameCandidate]) {
        var a = a, b = b
        // Trim joiners that a split may leave at the edges.
        while a < b, tokens[a].kind != .word { a += 1 }
        while b > a, tokens[b - 1].kind != .word { b -= 1 }
        guard a < b else { return }
        // "US$ 20,000", "NZ $26 million": a country's code before a dollar sign is part of the
        // currency, no mention of the place.
        if b == a + 1, tokens[a].flags.contains(.allCaps), tokens[a].range.count <= 3, b < tokens.count,
           tokens[b].kind == .punctuation, text[tokens[b].range.lowerBound] == 0x24 {
            return
        }
        if let t = lexiconType(a, b) {
            out.append(candidate(a, b, t, .lexicon))
            return
        }
        // "UNLESS of course", "I NEVER said": a word in capitals for stress names nothing
        // (also before a speech verb, where capitals would otherwise be a body that speaks).
        if b == a + 1 && (isEmphasisedWord(a) || isKickerWord(a)) {
            out.append(candidate(a, b, nil, .guess))
            return
        }
        // "Gawker.com", "CBC.ca": a website, a thing like a product, whoever runs it.
        if b - a >= 3, tokens[b - 2].kind == .punctuation, text[tokens[b - 2].range.lowerBound] == 0x2E,
           tokens[b - 1].flags.contains(.joined), !tokens[b - 1].flags.contains(.capitalized) {
            out.append(candidate(a, b, .other, .context))
            return
        }
        // "La France": a foreign article before a known place is no part of its name.
        if a + 1 < b, tokens[a].kind == .word, tokens[a].range.count <= 5, NameChunker.particles.contains(text, tokens[a].range),
           lexiconType(a + 1, b) == .place {
            out.append(candidate(a + 1, b, .place, .lexicon))
            return
        }
        // "US-Russia": split at a hyphen when a side is a known name.
        for h in a..<b where tokens[h].kind == .hyphen && h + 1 < b && tokens[h + 1].flags.contains(.capitalized) {
            if lexiconType(a, h) != nil || lexiconType(h + 1, b) != nil {
                classify(a, h, into: &out)
                classify(h + 1, b, into: &out)
                return
            }
        }
        let n = wordCount(a, b)
        let last = kinds[b - 1]
        // "Munich Security Conference", "Google Science Fair": an event's name is one name,
        // also when a place or an organisation opens it.
        if n >= 2, EventNames.isHead(b - 1, tokens: tokens, text: text) || EventNames.isHoliday(a, b, tokens: tokens, kinds: kinds, text: text),
           !kinds[b - 1].contains(.title) {
            out.append(candidate(a, b, EventNames.type(ofHead: b - 1, tokens: tokens, text: text), .context))
            return
        }
        // "the Kentucky Republican said", "a Texas Democrat": a known place, then a party's or a
        // people's word, describe a person without naming one: the place and the group.
        // (The last word's kinds first: most chunks end in no group word, and the place prefix costs probes.)
        if n >= 2, !kinds[b - 1].isDisjoint(with: [.group, .demonym]), let p = knownPlacePrefix(a, b), wordCount(p, b) == 1,
           lexiconType(p, b) == .group {
            classify(a, p, into: &out)
            classify(p, b, into: &out)
            return
        }
        // "Irving Police Department", "US State Department": a known place, then an organisation's name.
        // A newspaper's title keeps its city ("Sydney Morning Herald", "Detroit Free Press"), and a
        // company's legal name its city or region ("Toyota Motor Corp."; a country's name before
        // one is often a state's own: "U.S." + "Overseas Private Investment Corp.").
        if n >= 3, last.contains(.orgWord), !ChunkClassifier.newspaperWords.contains(text, tokens[b - 1].range),
           let p = knownPlacePrefix(a, b), wordCount(p, b) >= 2,
           !(ChunkClassifier.legalForms.contains(text, tokens[b - 1].range) && !isCountryName(a, p)) {
            classify(a, p, into: &out)
            classify(p, b, into: &out)
            return
        }
        // "the United States Hamdullah Mohib", "Canadians Mackenzie Hughes": a known place
        // or demonym, then a personal name.
        if n >= 3, let p = knownPlacePrefix(a, b, orGroup: true), (2...3).contains(wordCount(p, b)),
           (p..<b).allSatisfy({ tokens[$0].kind != .word || (isNameLike($0) && !kinds[$0].contains(.common)) }) {
            classify(a, p, into: &out)
            out.append(candidate(p, b, .person, .context))
            return
        }
        // "NASA Bill Ingalls", "Refugee Council Enver Solomon": an organisation's name, then
        // a personal name that opens with a given name.
        if n >= 3, let p = personalNameAfterOrganisation(a, b) {
            classify(a, p, into: &out)
            out.append(candidate(p, b, .person, .context))
            return
        }
        if n >= 2 && last.contains(.orgWord) && !last.contains(.title) {
            out.append(candidate(a, b, .org, .context))
            return
        }
        // "Edmonton Sun", "Ottawa Citizen", "Boston Globe": a city's name, then a newspaper's
        // title word that is also a common word (no organisation head word), is the paper.
        if n == 2, isCityNewspaper(a, b) {
            out.append(candidate(a, b, .org, .context))
            return
        }
        if n >= 2 && last.contains(.placeWord) && !looksLikePersonalName(a, b) {
            out.append(candidate(a, b, .place, .context))
            return
        }
        // "Suncor Energy", "Zorvex Health": an unknown word, then a field that also titles
        // ministers, is a company.
        if isCompanyInField(a, b) {
            out.append(candidate(a, b, .org, .context))
            return
        }
        // "the State Department Spokesperson", "Museum of Flight CEO": titles that end a chunk
        // after an organisation's or a place's name are no part of it.
        if isTitle(b - 1), !last.contains(.orgWord) {
            var t = b - 1
            while t > a && (isTitle(t - 1) || tokens[t - 1].kind == .hyphen) { t -= 1 }
            // "Department of Agriculture": a portfolio after "of" is part of the name.
            if t > a, tokens[t - 1].kind == .word, tokens[t - 1].flags.contains(.capitalized),
               lexiconType(a, t) == .org || (a..<t).contains(where: { !kinds[$0].isDisjoint(with: [.orgWord, .placeWord]) }) {
                classify(a, t, into: &out)
                return
            }
        }
        // "University of Toronto", "Andy Warhol Foundation for the Visual Arts": the head before "of"/"for".
        if n >= 2, let c = connector(a, b), c > a {
            let head = kinds[c - 1]
            // "Centre for the National Interest": an institution, whatever its head word.
            let isFor = tokens[c].range.count == 3
            if head.contains(.orgWord) || (isFor && head.contains(.placeWord)) { out.append(candidate(a, b, .org, .context)); return }
            if head.contains(.placeWord) { out.append(candidate(a, b, .place, .context)); return }
        }
        if splitTitles(a, b, into: &out) { return }
        if a > 0, kinds[a - 1].contains(.honorific) {
            out.append(candidate(a, b, .person, .context))
            return
        }
        // A chunk opens with a function word only where the chunker found a month that is a
        // given name before a surname ("April Ryan").
        if n >= 2 && kinds[a].contains(.givenName) && !placeThenCommonWord(a, b) && !isThingAfterThe(a, b)
            && (!kinds[a].contains(.function) || (tokens[a].flags.contains(.capitalized) && !tokens[a].flags.contains(.allCaps))) {
            out.append(candidate(a, b, .person, .context))
            return
        }
        // "Export Development Canada", "Hockey Canada": a public body or team named after its country.
        if isCommonWordsThenCountry(a, b) {
            out.append(candidate(a, b, .org, .context))
            return
        }
        // "Eurofer, the steel industry association, said": the appositive's head names the kind.
        if let t = appositiveType(b) {
            out.append(candidate(a, b, t, .context))
            return
        }
        // "the Church denied it", "the Court has ruled": a body named by its capitalised head word alone.
        if n == 1, a > 0, tokens[a - 1].kind == .word, isThe(tokens[a - 1].range), last.contains(.orgWord), !last.contains(.title),
           tokens[a].flags.contains(.capitalized), !tokens[a].flags.contains(.allCaps) {
            out.append(candidate(a, b, .org, .context))
            return
        }
        // "asserted by the Crown", "the Crown prosecutor": the state as a party in court in the
        // Commonwealth's news (not "the Crown corporation", "the Crown jewels": a noun's modifier).
        if n == 1, a > 0, tokens[a - 1].kind == .word, isThe(tokens[a - 1].range), isTheCrown(a) {
            out.append(candidate(a, b, .org, .context))
            return
        }
        // "the Lombardy region", "Aceh province": a lower-case noun for a region after the name.
        if b < tokens.count, tokens[b].kind == .word, !tokens[b].flags.contains(.capitalized),
           ChunkClassifier.placeNouns.contains(text, tokens[b].range), !kinds[a].contains(.givenName) {
            out.append(candidate(a, b, .place, .context))
            return
        }
        // "the Hajj", "Chinese New Year": an observance is an event, whatever the chunk's shape says
        // below. (Here, not first: names the rules above type are no observance, and skip the probe.)
        if EventNames.observances.contains(text, tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound) {
            out.append(candidate(a, b, .other, .lexicon))
            return
        }
        // "the town of Yeoncheon", "the province of Aceh": a lower-case noun for a region, then "of".
        if a >= 2, tokens[a - 1].kind == .word, ByteLexicon.equalsFolded(text, tokens[a - 1].range, "of"),
           tokens[a - 2].kind == .word, !tokens[a - 2].flags.contains(.capitalized),
           ChunkClassifier.placeNouns.contains(text, tokens[a - 2].range), !kinds[a].contains(.givenName) {
            out.append(candidate(a, b, .place, .context))
            return
        }
        // "recipients, said Mauer, are": one unknown word right after a speech verb is its speaker.
        if n == 1, speechVerbPrecedes(a), !tokens[a].flags.contains(.allCaps), !kinds[a].contains(.common), !isNewsName(a) {
            out.append(candidate(a, b, .person, .context))
            return
        }
        // "at the resort, Mulder didn't hesitate": a known surname alone before an auxiliary.
        // A guess: a place the text names elsewhere ("in Brooks, Edson and Hinton") wins.
        if n == 1, isSurnameSubject(a) {
            out.append(candidate(a, b, .person, .guess))
            return
        }
        // "Brenner, 61, said": an age between commas after a name is a person's.
        if isFollowedByAge(b) {
            out.append(candidate(a, b, .person, .context))
            return
        }
        // "Jan Horak of Zentrix Securities said": the person speaks; the name after "of" is
        // their employer or party (NeighbourTyping types it), no second person.
        if speechVerbFollows(b) && !followsPersonAndOf(a, out.last) {
            // "IRCC said", "IRCC has told CTV": an acronym speaking is a body, not a person.
            let acronym = n == 1 && isOrganisationAcronym(a)
            // "Mt. Gox said", "Mount Sinai said": a place's opening word and a name that speak
            // are an institution named after the place (an exchange, a hospital), no person.
            let institution = !acronym && isMountInstitutionName(a, b)
            // "Mount Everest claimed another life": a known mountain or lake stays a place.
            let knownPlace = !acronym && !institution && PlacePrefixes.opensPlace(a, b, tokens: tokens, kinds: kinds, text: text)
                && (a + 1..<b).allSatisfy { !kinds[$0].isDisjoint(with: [.place, .properNoun, .country]) }
            out.append(candidate(a, b, acronym || institution ? .org : (knownPlace ? .place : .person), .context))
            return
        }
        if a > 0, tokens[a - 1].kind == .word, !tokens[a - 1].flags.contains(.capitalized), kinds[a - 1].contains(.placePreposition) {
            out.append(candidate(a, b, n == 1 && tokens[a].flags.contains(.allCaps) ? .org : .place, .guess))
            return
        }
        // "the ICI system", "the NEMISIS database", "NCLAN studies": capitals before a lower-case
        // noun for a system, a scheme or a study name that thing, no organisation.
        if n == 1, tokens[a].flags.contains(.allCaps), namesAThing(before: b) {
            out.append(candidate(a, b, .other, .guess))
            return
        }
        // "the Monti government", "the Trudeau administration", "the Assad regime": a surname
        // alone between "the" and a lower-case noun for the government it leads names the
        // leader, no body (a party's name there is one the gazetteer knows, typed above).
        if n == 1, a > 0, tokens[a - 1].kind == .word, isThe(tokens[a - 1].range), isLeadersSurname(a),
           b < tokens.count, tokens[b].kind == .word, !tokens[b].flags.contains(.capitalized),
           ChunkClassifier.governmentNouns.contains(text, tokens[b].range) {
            out.append(candidate(a, b, .person, .context))
            return
        }
        // "the Kremlin", "the Globe and Mail": people's names take no article. A given name
        // alone after it is a person's name used as a modifier ("the Marilyn pictures").
        if a > 0, tokens[a - 1].kind == .word, isThe(tokens[a - 1].range), !(n == 1 && isTermAcronym(a)),
           !(n == 1 && kinds[a].contains(.givenName) && !kinds[a].contains(.common) && b < tokens.count
             && tokens[b].kind == .word && !tokens[b].flags.contains(.capitalized)),
           n > 1 || tokens[a].flags.contains(.allCaps) || !(kinds[a].contains(.common) || endsInS(tokens[a].range)) {
            // "the Islamic faith", "the Brazilian team": an adjective formed from a name, before
            // the noun it qualifies, names no body (nor a person or a place).
            if n == 1, isAdjectiveBeforeNoun(a) {
                out.append(candidate(a, b, nil, .guess))
                return
            }
            out.append(candidate(a, b, .org, .guess))
            return
        }
        // "Amherst, N.S.": a short abbreviation after a place and a comma names the larger place.
        if n == 1, a >= 2, tokens[a].flags.contains(.allCaps) || tokens[a].flags.contains(.abbreviation),
           tokens[a - 1].kind == .punctuation, text[tokens[a - 1].range.lowerBound] == 0x2C,
           let prev = out.last, prev.tokens.upperBound == a - 1, prev.type == .place {
            out.append(candidate(a, b, .place, .context))
            return
        }
        // "part XVII", "Mark Tedeschi, QC, said": a Roman numeral, or letters after a person's
        // name and a comma that end the apposition, name no organisation.
        if n == 1 && tokens[a].flags.contains(.allCaps) && (isRomanNumeral(a) || isPostNominal(a, after: out.last)) {
            out.append(candidate(a, b, nil, .guess))
            return
        }
        // "Livorno, Tuscany,", "Clearwater, Florida.": one unknown word between a place's comma and
        // the end of the phrase is the larger place.
        if n == 1, a >= 2, tokens[a - 1].kind == .punctuation, text[tokens[a - 1].range.lowerBound] == 0x2C,
           let prev = out.last, prev.tokens.upperBound == a - 1, prev.type == .place,
           b < tokens.count, tokens[b].kind == .punctuation, !kinds[a].contains(.common), !kinds[a].contains(.givenName) {
            out.append(candidate(a, b, .place, .context))
            return
        }
        if n == 1 && tokens[a].flags.contains(.allCaps) && tokens[a].range.count <= 6 {
            out.append(candidate(a, b, isModelCode(a) || isTermAcronym(a) ? .other : .org, .guess))
            return
        }
        if PlacePrefixes.opensPlace(a, b, tokens: tokens, kinds: kinds, text: text) {
            // "Mount Quorvan", "Lake Cowichan": a place's opening word, then its name; with its
            // staff after it ("Mount Sinai researchers") the name is an institution's.
            let staffFollow = b < tokens.count && tokens[b].kind == .word && !tokens[b].flags.contains(.capitalized)
                && ChunkClassifier.staffNouns.contains(text, tokens[b].range) && isMountInstitutionName(a, b)
            out.append(candidate(a, b, staffFollow ? .org : .place, .context))
            return
        }
        // "Fouzia Al Hashish": an Arabic particle joins a personal name (even before a common word).
        if isNameWithArabicParticle(a, b) {
            out.append(candidate(a, b, .person, .guess))
            return
        }
        // "PlayStation VR", "Hitwise UK": capitals end no personal name; "SNC-Lavalin",
        // "BHP Billiton": an acronym opens none either.
        if (2...3).contains(n) && isOrganisationAcronym(a) && (a + 1..<b).allSatisfy({ tokens[$0].kind != .word || isNameLike($0) })
            && !tokens[b - 1].flags.contains(.allCaps) {
            out.append(candidate(a, b, .org, .guess))
            return
        }
        // "Park Ji-sung", "Park Joo-Ho": a family name, then a given name of two short syllables
        // hyphened together, is a person's also when the family name is a head word ("Park").
        if isFamilyNameThenHyphenedGivenName(a, b) {
            out.append(candidate(a, b, .person, .guess))
            return
        }
        if (2...3).contains(n) && (a..<b).allSatisfy({ tokens[$0].kind != .word || isNameLike($0) }) && !placeThenAnyCommonWord(a, b)
            && !tokens[b - 1].flags.contains(.allCaps) {
            out.append(candidate(a, b, .person, .guess))
            return
        }
        if n == 1 {
            let k = kinds[a]
            let isPerson = k.contains(.givenName) && !k.contains(.common)
            let type: EntityType? = isPerson ? .person : (isNewsName(a) ? .org : nil)
            out.append(candidate(a, b, type, .guess))
            return
        }
        out.append(candidate(a, b, .other, .guess))
    }

    /// The start of a personal name of two or three words that ends the chunk and follows an
    /// organisation's name: an acronym, a known organisation or a name ending in an
    /// organisation word.
    private func personalNameAfterOrganisation(_ a: Int, _ b: Int) -> Int? {
        var p = b - 2
        while p > a, p >= b - 4 {
            if tokens[p].kind == .word, tokens[p - 1].kind == .word, kinds[p].contains(.givenName), !kinds[p].contains(.function),
               (2...3).contains(wordCount(p, b)), (p + 1..<b).allSatisfy({ tokens[$0].kind != .word || isNameLike($0) }) {
                let before = kinds[p - 1]
                let isOrganisation = (before.contains(.orgWord) && !before.contains(.title))
                    || (p - 1 == a && tokens[a].flags.contains(.allCaps) && before.contains(.organization))
                    || lexiconType(a, p) == .org
                    // "University of Texas Arlington Amneh Jafari": an organisation's head before "of".
                    || (p - a >= 3 && connector(a, p).map { $0 > a && kinds[$0 - 1].contains(.orgWord) && !kinds[$0 - 1].contains(.title) } ?? false)
                if isOrganisation { return p }
            }
            p -= 1
        }
        return nil
    }

    /// "IE6", "A380", "STS-135": capitals with digits, or a number hyphened on, name a
    /// product, model or mission, not an organisation ("G20", one letter, still may).
    /// "GDP", "VAT", "GMT": capitals naming a thing (`TermAcronyms`).
    private func isTermAcronym(_ a: Int) -> Bool {
        let range = tokens[a].range
        return range.count <= 6 && TermAcronyms.contains(text[range])
    }

    /// "XVII", "III", "IV": capitals of a Roman numeral below 40 (a chapter, a part, a king's number).
    func isRomanNumeral(_ a: Int) -> Bool {
        let r = tokens[a].range
        guard r.count >= 2 else { return false }
        for i in r where text[i] != 0x49 && text[i] != 0x56 && text[i] != 0x58 { return false } // I, V, X
        return true
    }

    /// "Mark Tedeschi, QC, said", "Jane Doe, MBE.": capitals right after a person's name and a
    /// comma, ending the phrase, are letters after the name (a rank or honour), no organisation.
    private func isPostNominal(_ a: Int, after previous: NameCandidate?) -> Bool {
        guard a >= 2, tokens[a].range.count <= 4, tokens[a - 1].kind == .punctuation, text[tokens[a - 1].range.lowerBound] == 0x2C,
              let previous, previous.type == .person, previous.tokens.upperBound == a - 1,
              a + 1 < tokens.count, tokens[a + 1].kind == .punctuation else { return false }
        return true
    }

    /// "Wikinews", "Euronews": one unknown word ending in "news" names a news outlet.
    /// Whether the one word at `a`, capitalised, ends like an adjective made from a name (-ic,
    /// -ian, -ean, -ese, -ish) and a lower-case word follows it: "Islamic faith", "Brazilian team".
    private func isAdjectiveBeforeNoun(_ a: Int) -> Bool {
        let r = tokens[a].range
        guard r.count >= 5, !tokens[a].flags.contains(.allCaps), a + 1 < tokens.count, tokens[a + 1].kind == .word,
              !tokens[a + 1].flags.contains(.capitalized), !tokens[a + 1].flags.contains(.allCaps),
              !kinds[a + 1].contains(.function), !ChunkClassifier.auxiliaries.contains(text, tokens[a + 1].range) else { return false }
        let e = r.upperBound
        let c1 = ByteClass.lower(text[e - 1]), c2 = ByteClass.lower(text[e - 2]), c3 = ByteClass.lower(text[e - 3])
        if c2 == 0x69 && c1 == 0x63 { return true } // -ic
        if c1 == 0x6E && c2 == 0x61 && (c3 == 0x69 || c3 == 0x65) { return true } // -ian, -ean
        if c3 == 0x65 && c2 == 0x73 && c1 == 0x65 { return true } // -ese
        return c3 == 0x69 && c2 == 0x73 && c1 == 0x68 // -ish
    }

    /// Last words of newspapers' titles, which name the paper with its city.
    static let newspaperWords = ByteLexicon(words: [
        "herald", "times", "post", "tribune", "chronicle", "journal", "gazette", "mail", "telegraph", "observer",
        "examiner", "courier", "mirror", "express", "sentinel", "dispatch", "bulletin", "inquirer", "press", "news",
        "daily", "weekly", "star", "record", "register", "citizen", "sun", "standard", "globe", "guardian",
    ])

    /// Whether a comma, a number of one to three digits below 120 and a comma follow token `b`.
    private func isFollowedByAge(_ b: Int) -> Bool {
        guard b + 2 < tokens.count, tokens[b].kind == .punctuation, text[tokens[b].range.lowerBound] == 0x2C,
              tokens[b + 1].kind == .number, tokens[b + 1].range.count <= 3,
              tokens[b + 2].kind == .punctuation, text[tokens[b + 2].range.lowerBound] == 0x2C else { return false }
        var age = 0
        for i in tokens[b + 1].range {
            guard ByteClass.isDigit(text[i]) else { return false }
            age = age * 10 + Int(text[i] - 0x30)
        }
        return age > 0 && age < 120
    }

    /// Whether the chunk at `a` comes right after "of" and the full name of a person, the
    /// document's last candidate so far.
    private func followsPersonAndOf(_ a: Int, _ previous: NameCandidate?) -> Bool {
        guard let previous, previous.type == .person, previous.tokens.count >= 2, a >= 2, previous.tokens.upperBound == a - 1,
              tokens[a - 1].kind == .word else { return false }
        return ByteLexicon.equalsFolded(text, tokens[a - 1].range, "of")
    }

    /// Whether `a..<p` names a country, also as capitals ("U.S.", "UK").
    private func isCountryName(_ a: Int, _ p: Int) -> Bool {
        (p == a + 1 && tokens[a].flags.contains(.allCaps)) || kinds(a, p).contains(.country)
    }

    /// A known place that is no country nor given name ("US Citizen" is a person's status,
    /// "Sydney Sun" may be a person), then one of `newspaperWords` but "Record", capitalised, and
    /// no "a"/"an" before: a paper is "the Ottawa Citizen", while "a Toronto Star", "an Ontario
    /// Record" are a person and a feat.
    private func isCityNewspaper(_ a: Int, _ b: Int) -> Bool {
        let t = tokens[b - 1]
        guard b - a == 2, tokens[a].kind == .word, t.kind == .word, t.flags.contains(.capitalized), !t.flags.contains(.allCaps),
              kinds[a].contains(.place), !kinds[a].contains(.country), !kinds[a].contains(.givenName),
              ChunkClassifier.newspaperWords.contains(text, t.range),
              !ByteLexicon.equalsFolded(text, t.range, "record") else { return false }
        if a > 0, tokens[a - 1].kind == .word,
           ByteLexicon.equalsFolded(text, tokens[a - 1].range, "a") || ByteLexicon.equalsFolded(text, tokens[a - 1].range, "an") {
            return false
        }
        return true
    }

    /// Companies' legal forms, which end a company's whole name.
    static let legalForms = ByteLexicon(words: [
        "inc", "inc.", "corp", "corp.", "corporation", "co.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "sa",
        "holdings",
    ])

    private func isNewsName(_ a: Int) -> Bool {
        let r = tokens[a].range
        guard r.count > 5, !kinds[a].contains(.common) else { return false }
        let e = r.upperBound
        return ByteClass.lower(text[e - 4]) == 0x6E && ByteClass.lower(text[e - 3]) == 0x65
            && ByteClass.lower(text[e - 2]) == 0x77 && ByteClass.lower(text[e - 1]) == 0x73
    }

    /// A lower-case noun for a system, a scheme or a study right after the chunk.
    private func namesAThing(before b: Int) -> Bool {
        b < tokens.count && tokens[b].kind == .word && !tokens[b].flags.contains(.capitalized)
            && ChunkClassifier.thingNouns.contains(text, tokens[b].range)
    }

    static let thingNouns = ByteLexicon(words: ["system", "systems", "scheme", "index", "format", "protocol", "standard",
                                                "software", "database", "study", "studies", "test", "tests"])

    private func isModelCode(_ a: Int) -> Bool {
        let t = tokens[a]
        if t.flags.contains(.hasDigit) { return t.range.count >= 3 }
        return a + 2 < tokens.count && tokens[a + 1].kind == .hyphen && tokens[a + 2].kind == .number
    }

    /// "Halifax Crown": a known place, then a common word, reads as a place's institution or
    /// product, not a personal name, unless the place is also a given name ("Sydney Smith";
    /// "Vladimir Putin" has no common word).
    private func placeThenAnyCommonWord(_ a: Int, _ b: Int) -> Bool {
        guard !kinds[a].isDisjoint(with: [.country, .place]), !kinds[a].contains(.givenName) else { return false }
        return (a + 1..<b).contains { tokens[$0].kind == .word && kinds[$0].contains(.common) }
    }

    /// "Alberta Milk", "Georgia Power": a given name that is also a place, then a common word
    /// that is no name.
    private func placeThenCommonWord(_ a: Int, _ b: Int) -> Bool {
        guard !kinds[a].isDisjoint(with: [.country, .place]) else { return false }
        for i in (a + 1)..<b where tokens[i].kind == .word {
            let k = kinds[i]
            if k.contains(.common) && !k.contains(.givenName) && !k.contains(.surname) { return true }
        }
        return false
    }

    /// "bands such as The Velvet Underground", "aboard the Lady Liberty": "the" right before a
    /// chunk that opens with a given name and ends in a common word that is no name, with no
    /// lower-case word after it (a noun or a verb: the rule stays out of "The Velvet Underground
    /// were inducted", where a verb is hard to tell from a noun), names a band, a ship or a thing: people's names take no
    /// article ("the Will Smith film" still holds a name: a noun follows, and Smith is a surname).
    private func isThingAfterThe(_ a: Int, _ b: Int) -> Bool {
        guard a > 0, tokens[a - 1].kind == .word, isThe(tokens[a - 1].range) else { return false }
        let last = kinds[b - 1]
        guard tokens[b - 1].kind == .word, last.contains(.common), last.isDisjoint(with: [.surname, .givenName]) else { return false }
        return !(b < tokens.count && tokens[b].kind == .word && !tokens[b].flags.contains(.capitalized))
    }

    /// The chunk `a..<b` is a Korean or Chinese family name and a hyphened pair of capitalised-then-any
    /// syllables of up to five letters each ("Park Ji-sung", "Son Heung-min"), and that pair is no
    /// common compound ("Park Co-Op members", "Park Sci-Fi festival"). Only such family names give
    /// their given names this shape: "Hall Wi-Fi" is no person.
    private func isFamilyNameThenHyphenedGivenName(_ a: Int, _ b: Int) -> Bool {
        guard b - a == 4, kinds[a].contains(.surname), tokens[a].flags.contains(.capitalized), !tokens[a].flags.contains(.allCaps),
              ChunkClassifier.hyphenedGivenNameFamilies.contains(text, tokens[a].range),
              !ChunkClassifier.hyphenedCompounds.contains(text, tokens[a + 1].range.lowerBound..<tokens[a + 3].range.upperBound),
              tokens[a + 1].kind == .word, tokens[a + 1].flags.contains(.capitalized), !tokens[a + 1].flags.contains(.allCaps),
              tokens[a + 1].range.count <= 5, !tokens[a + 1].flags.contains(.joined),
              tokens[a + 2].kind == .hyphen, tokens[a + 2].flags.contains(.joined),
              tokens[a + 3].kind == .word, tokens[a + 3].flags.contains(.joined), tokens[a + 3].range.count <= 5,
              !tokens[a + 3].flags.contains(.allCaps) else { return false }
        return kinds[a + 1].isDisjoint(with: [.common, .title, .orgWord, .placeWord, .country, .place, .organization])
    }

    /// Korean and Chinese family names whose given names are written as two hyphened syllables.
    static let hyphenedGivenNameFamilies = ByteLexicon(words: [
        "park", "kim", "lee", "choi", "jung", "chung", "kang", "cho", "yoon", "yun", "jang", "chang", "lim", "han", "oh", "seo",
        "shin", "kwon", "hwang", "ahn", "song", "yoo", "hong", "jeon", "ko", "moon", "yang", "son", "bae", "baek", "heo", "nam",
        "noh", "roh", "ha", "kwak", "sung", "cha", "joo", "woo", "min", "ryu", "jin", "ji", "chen", "wang", "li", "zhang", "liu",
        "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu", "hu", "guo", "he", "lin", "luo", "gao", "liang", "zheng", "xie",
        "tang", "feng", "deng", "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye",
        "cheng", "wei", "su", "lu", "ding", "ren", "shen", "yao", "tan", "fan", "fang", "lam", "chan", "wong", "leung", "ho",
        "tsang", "ng", "cheung", "yip", "lau", "chow", "tse", "kwok", "mak", "lai", "tsai", "hsu", "kuo",
    ])

    /// Hyphened words of two short syllables that are common compounds, no given names.
    static let hyphenedCompounds = ByteLexicon(words: ["co-op", "wi-fi", "sci-fi", "hi-fi", "lo-fi", "hip-hop", "hi-tech",
                                                       "e-mail", "yo-yo", "bye-bye", "so-so", "tie-in", "check-in", "pop-up",
                                                       "set-up", "play-off", "lay-off", "sit-in", "drop-in", "walk-in", "log-in"])

    /// Whether the word at `a` is "Crown", capitalised, and no lower-case noun it modifies
    /// follows ("Crown corporation", "Crown land", "Crown jewels").
    private func isTheCrown(_ a: Int) -> Bool {
        guard ByteLexicon.equalsFolded(text, tokens[a].range, "crown"), tokens[a].flags.contains(.capitalized),
              !tokens[a].flags.contains(.allCaps) else { return false }
        // "starred in The Crown": "The" capitalised after a word inside a sentence opens a title.
        if a >= 2, tokens[a - 1].flags.contains(.capitalized), tokens[a - 2].kind == .word { return false }
        if a + 1 < tokens.count && tokens[a + 1].kind == .word && ChunkClassifier.crownModified.contains(text, tokens[a + 1].range) { return false }
        // Only in court is it the state ("the Crown argued", "asserted by the Crown"); a series,
        // a hotel, a regalia or an anthem's Crown is none ("watched the Crown twice", "the Crown hotel").
        // A court word nearby is not enough ("the judge watched the Crown on Netflix"): the Crown
        // must also act as a party there, by the words right around it.
        guard actsAsAParty(crown: a) else { return false }
        let window = ChunkClassifier.crownCourtWindow
        for i in max(0, a - window)..<min(tokens.count, a + 1 + window) where i != a && tokens[i].kind == .word {
            if ChunkClassifier.courtWords.contains(text, tokens[i].range) { return true }
        }
        return false
    }

    /// "the Crown" (the word at `a`, "the" before it) as a party: what it does or has follows it
    /// ("the Crown argued", "the Crown prosecutor", "the Crown's case"), or a word before "the"
    /// makes it one ("asserted by the Crown", "counsel for the Crown", "according to the Crown").
    private func actsAsAParty(crown a: Int) -> Bool {
        let end = tokens[a].range.upperBound
        if end + 1 < text.count, text[end] == 0x27, text[end + 1] | 0x20 == 0x73 { return true }
        if end + 3 < text.count, text[end] == 0xE2, text[end + 1] == 0x80, text[end + 2] == 0x99, text[end + 3] | 0x20 == 0x73 { return true }
        if a + 1 < tokens.count, tokens[a + 1].kind == .word, ChunkClassifier.crownActs.contains(text, tokens[a + 1].range) { return true }
        guard a >= 2 else { return false }
        // "Smith v. the Crown": the tokenizer keeps "v" and its period apart ("vs." is one word).
        if a >= 3, tokens[a - 2].kind != .word, tokens[a - 2].range.count == 1, text[tokens[a - 2].range.lowerBound] == 0x2E,
           tokens[a - 3].kind == .word, ByteLexicon.equalsFolded(text, tokens[a - 3].range, "v") { return true }
        guard tokens[a - 2].kind == .word else { return false }
        let before = tokens[a - 2].range
        if ChunkClassifier.crownParties.contains(text, before) { return true }
        return ByteLexicon.equalsFolded(text, before, "to") && a >= 3 && tokens[a - 3].kind == .word
            && ByteLexicon.equalsFolded(text, tokens[a - 3].range, "according")
    }

    /// Words right after "the Crown" that make it a party to a case: its pleas and its people.
    static let crownActs = ByteLexicon(words: ["argued", "argues", "alleged", "alleges", "asserted", "asserts", "contended",
                                               "contends", "submitted", "submits", "claimed", "claims", "maintained",
                                               "maintains", "conceded", "concedes", "says", "said", "prosecutor", "prosecutors",
                                               "attorney", "attorneys", "counsel", "lawyer", "lawyers", "case", "witness",
                                               "witnesses", "evidence", "theory", "appealed", "sought", "seeks", "withdrew",
                                               "dropped", "stayed", "proved", "failed", "called"])
    /// Words before "the Crown" that make it a party ("by", "for", "against", "v.").
    static let crownParties = ByteLexicon(words: ["by", "for", "against", "versus", "v", "vs", "vs."])

    /// How many tokens either side of "the Crown" a court word may be.
    static let crownCourtWindow = 12

    /// Words of a criminal court's proceedings: with one near it, "the Crown" is the prosecution.
    static let courtWords = ByteLexicon(words: ["court", "courts", "courtroom", "trial", "judge", "jury", "jurors", "accused",
                                                "prosecutor", "prosecutors", "prosecution", "prosecuted", "counsel", "defence",
                                                "defense", "sentencing", "sentence", "guilty", "charged", "charges", "testified",
                                                "asserted", "alleged", "alleges", "argued", "argues", "contended", "contends",
                                                "submitted", "acquitted", "convicted", "magistrate", "appeal", "appealed", "evidence",
                                                "witness", "witnesses", "case", "attorney", "attorneys", "allegiance"])

    /// Nouns that "Crown" modifies as part of a common noun ("the Crown court" is a court's name).
    static let crownModified = ByteLexicon(words: ["corporation", "corporations", "corp", "land", "lands", "jewels", "jewel",
                                                   "estate", "dependency", "dependencies", "colony", "colonies", "prince", "princess",
                                                   "court", "courts"])

    /// A word that reads as part of a personal name, not a common word.
    private func isNameLike(_ i: Int) -> Bool {
        let k = kinds[i]
        if tokens[i].flags.contains(.initial) { return true }
        if k.contains(.title) || k.contains(.orgWord) || k.contains(.placeWord) { return false }
        return !k.contains(.common) || k.contains(.givenName) || k.contains(.surname)
    }

    /// "Marc Lamont Hill": a given name, then words that are not common words, up to the last.
    private func looksLikePersonalName(_ a: Int, _ b: Int) -> Bool {
        guard wordCount(a, b) <= 3, kinds[a].contains(.givenName), !kinds[a].contains(.common),
              kinds[b - 1].contains(.surname) else { return false }
        for i in (a + 1)..<(b - 1) where tokens[i].kind == .word && kinds[i].contains(.common) { return false }
        return true
    }

    /// The end of the longest known place (up to three words) that starts the chunk.
    private func knownPlacePrefix(_ a: Int, _ b: Int, orGroup: Bool = false) -> Int? {
        var e = min(b - 1, a + 5)
        let wanted: Gazetteer.Kind = orGroup ? [.country, .place, .demonym, .group] : [.country, .place]
        while e > a {
            if tokens[e - 1].kind == .word, tokens[e].kind == .word, !kinds(a, e).isDisjoint(with: wanted) { return e }
            e -= 1
        }
        return nil
    }

    private func endsInS(_ r: Range<Int>) -> Bool { text[r.upperBound - 1] == 0x73 }

    private func isThe(_ r: Range<Int>) -> Bool {
        r.count == 3 && text[r.lowerBound] | 0x20 == 0x74 && text[r.lowerBound + 1] | 0x20 == 0x68 && text[r.lowerBound + 2] | 0x20 == 0x65
    }

    private func wordCount(_ a: Int, _ b: Int) -> Int {
        var n = 0
        for i in a..<b where tokens[i].kind == .word { n += 1 }
        return n
    }

    /// The index of the first "of" or "for" inside the chunk.
    private func connector(_ a: Int, _ b: Int) -> Int? {
        for i in a..<b where tokens[i].kind == .word && !tokens[i].flags.contains(.capitalized) {
            let r = tokens[i].range
            if r.count == 2 && text[r.lowerBound] == 0x6F && text[r.lowerBound + 1] == 0x66 { return i }
            if r.count == 3 && text[r.lowerBound] == 0x66 && text[r.lowerBound + 1] == 0x6F && text[r.lowerBound + 2] == 0x72 { return i }
        }
        return nil
    }

    /// "[modifiers] Title... Name": modifiers become their own names, titles the role,
    /// the rest a person. Returns false when the chunk has no title before a name.
    private func splitTitles(_ a: Int, _ b: Int, into out: inout [NameCandidate]) -> Bool {
        var f = a
        while f < b && !isTitle(f) { f += 1 }
        guard f < b else { return false }
        var l = f
        while l + 1 < b && (isTitle(l + 1) || tokens[l + 1].kind == .hyphen) { l += 1 }
        // "IMF Managing Director", "UN Special Envoy": common words right before the title
        // qualify it; they end the organisation's name instead of joining it.
        var m = f
        while m > a && isTitleModifier(m - 1) { m -= 1 }
        if m > a {
            classify(a, m, into: &out)
        }
        guard l + 1 < b else {
            // Titles only: "Foreign Minister" is no name; the modifiers were classified above.
            return true
        }
        let onlyHonorific = (f...l).allSatisfy { kinds[$0].contains(.honorific) }
        // "Homeland Security Departments": what follows the titles must read as a name; after an
        // honorific alone, one capitalised word is a surname even when it is a common word ("Mr Key").
        if lexiconType(l + 1, b) == nil, !(l + 1..<b).allSatisfy({ tokens[$0].kind != .word || isNameLike($0) }),
           !isGivenNameFirst(l + 1, b), !(onlyHonorific && isBareSurname(l + 1, b)) {
            if f > a { return true }
            return false
        }
        let roleStart = tokens[a].range.lowerBound
        let role = onlyHonorific ? nil : roleStart..<tokens[l].range.upperBound
        if let t = lexiconType(l + 1, b), t != .group {
            // "Environment Canada": a title word and a place make an organisation's name.
            if f == a && t == .place && (f...l).allSatisfy({ !kinds[$0].contains(.honorific) }) {
                out.append(candidate(a, b, .org, .context))
            } else {
                out.append(candidate(l + 1, b, t, .lexicon))
            }
        } else {
            var c = candidate(l + 1, b, .person, .context, role: role)
            // "President Donald Trump", "U.S. Senator John Cornyn", "Mr Key": the titles are part
            // of the mention; after a nationality ("Russian Foreign Minister Sergei Lavrov") they
            // stay out, a description of the person.
            if m == a || lexiconType(a, m) != .group { c.titleStart = tokens[m].range.lowerBound }
            out.append(c)
        }
        return true
    }

    /// One capitalised word that is no title, head word or function word: a surname after "Mr".
    private func isBareSurname(_ a: Int, _ b: Int) -> Bool {
        b == a + 1 && tokens[a].kind == .word && tokens[a].flags.contains(.capitalized)
            && kinds[a].isDisjoint(with: [.title, .orgWord, .placeWord, .function])
    }

    /// "Donald Tusk", "Emmanuel Macron" after a title: a given name, then one or two words
    /// that may be common words too (tusk, macron) but no title, head word or function word.
    private func isGivenNameFirst(_ a: Int, _ b: Int) -> Bool {
        guard tokens[a].kind == .word, kinds[a].contains(.givenName), kinds[a].isDisjoint(with: [.function, .country, .place]),
              (2...3).contains(wordCount(a, b)) else { return false }
        return (a + 1..<b).allSatisfy { i in
            tokens[i].kind != .word || kinds[i].isDisjoint(with: [.title, .orgWord, .placeWord, .function])
        }
    }

    /// A capitalized common word with an adjective's ending that is no name of any kind:
    /// "Managing", "Special", "Executive", "Senior" (not the noun of "Google Stadia Founder").
    private func isTitleModifier(_ i: Int) -> Bool {
        guard tokens[i].kind == .word && tokens[i].flags.contains(.capitalized) && kinds[i].contains(.common)
            && kinds[i].isDisjoint(with: [.orgWord, .placeWord, .properNoun, .surname, .givenName, .acronym]) && kinds[i].isDisjoint(with: Gazetteer.Kind.names)
        else { return false }
        let r = tokens[i].range
        return ChunkClassifier.adjectiveEndings.contains { ending in
            r.count > ending.count + 2 && zip(text[(r.upperBound - ending.count)..<r.upperBound], ending).allSatisfy { $0 == $1 }
        }
    }

    /// Endings of the adjectives and participles that qualify titles.
    static let adjectiveEndings: [[UInt8]] = ["ing", "al", "ive", "ior", "ary", "ent"].map { Array($0.utf8) }

    private func isTitle(_ i: Int) -> Bool {
        tokens[i].kind == .word && kinds[i].contains(.title) && tokens[i].flags.contains(.capitalized)
    }

    /// The type an appositive right after the name gives it: ", the steel industry
    /// association," -> ORG, ", a spokesperson for the ministry," -> PERSON. The head is the
    /// last lower-case word before a comma or "of", "for", "to", "at", "in", "with" (at most six
    /// words: ", an adviser to the presidential office," is a person).
    func appositiveType(_ b: Int) -> EntityType? {
        guard b + 2 < tokens.count, tokens[b].kind == .punctuation, text[tokens[b].range.lowerBound] == 0x2C,
              tokens[b + 1].kind == .word, ChunkClassifier.appositiveDeterminers.contains(text, tokens[b + 1].range) else { return nil }
        var k = b + 2
        var head: Int?
        // "a Quebec-based engineering firm": a hyphened compound modifies the head.
        while k < tokens.count, k < b + 8, tokens[k].kind == .word || tokens[k].kind == .possessive || tokens[k].kind == .hyphen {
            if tokens[k].kind == .word, ChunkClassifier.headBreakers.contains(text, tokens[k].range) { break }
            if tokens[k].kind == .word { head = k }
            k += 1
        }
        guard let head, k < tokens.count, k > head, !tokens[head].flags.contains(.capitalized) else { return nil }
        // The phrase ends at a comma, or at a preposition after its head.
        guard tokens[k].kind == .word || (tokens[k].kind == .punctuation && text[tokens[k].range.lowerBound] == 0x2C) else { return nil }
        let word = String(decoding: UnsafeBufferPointer(rebasing: text[tokens[head].range]), as: UTF8.self)
        if SpeechLexicon.organisationNouns.contains(word) { return .org }
        if SpeechLexicon.roleNouns.contains(word) { return .person }
        return nil
    }

    /// Lower-case nouns for a government after its leader's surname ("the Monti government").
    static let governmentNouns = ByteLexicon(words: ["government", "administration", "cabinet", "regime", "presidency",
                                                     "premiership"])

    /// "the Monti government": the word at `a` is a known surname, in no list of given names,
    /// common words, places, bodies or groups. A proper noun alone is not enough: "the Vichy
    /// regime", "the Meiji government", "the Romanov court" name a place, an era, a dynasty.
    private func isLeadersSurname(_ a: Int) -> Bool {
        let k = kinds[a]
        return tokens[a].flags.contains(.capitalized) && !tokens[a].flags.contains(.allCaps) && !tokens[a].flags.contains(.joined)
            && k.contains(.surname)
            && k.isDisjoint(with: [.givenName, .common, .title, .orgWord, .placeWord, .country, .place, .demonym, .group, .organization])
            && !ChunkClassifier.dynastiesAndPeoples.contains(text, tokens[a].range)
    }

    /// Royal houses and historic peoples whose names are also surnames in the census list:
    /// "the Tudor government", "the Hanover court", "the Boer government" name a dynasty's or a
    /// people's state, no leader.
    static let dynastiesAndPeoples = ByteLexicon(words: [
        "tudor", "hanover", "plantagenet", "valois", "habsburg", "hapsburg", "hohenzollern", "romanov", "bourbon",
        "medici", "stuart", "windsor", "boer", "boers", "ottoman", "mughal", "tokugawa", "savoy", "braganza",
    ])

    /// "Mt. Gox", "Mount Quorvan": "Mount"/"Mt." and a name the gazetteer does not know as a
    /// place or a proper noun, which may name an institution (an exchange, a hospital) when it
    /// speaks or has staff. A known mountain stays one ("Mount Everest claimed a climber",
    /// "Mount Etna scientists"), and so do lakes, capes and ports ("Lake Erie researchers").
    private func isMountInstitutionName(_ a: Int, _ b: Int) -> Bool {
        guard PlacePrefixes.opensPlace(a, b, tokens: tokens, kinds: kinds, text: text),
              ByteLexicon.equalsFolded(text, tokens[a].range, "mount") || ByteLexicon.equalsFolded(text, tokens[a].range, "mt.") else { return false }
        return (a + 1..<b).allSatisfy { kinds[$0].isDisjoint(with: [.place, .properNoun, .country, .demonym]) }
    }

    /// Lower-case nouns for an institution's staff ("Mount Sinai researchers").
    static let staffNouns = ByteLexicon(words: ["researchers", "doctors", "physicians", "scientists", "surgeons", "nurses",
                                                "staff", "spokesman", "spokeswoman", "spokesperson", "executives", "employees",
                                                "faculty", "professors"])

    static let appositiveDeterminers = ByteLexicon(words: ["the", "a", "an"])
    /// Lower-case nouns for regions that follow a place's name ("the Lombardy region").
    static let placeNouns = ByteLexicon(words: ["region", "province", "county", "district", "prefecture", "oblast",
                                                "governorate", "municipality", "village", "town", "city", "island"])
    static let headBreakers = ByteLexicon(words: ["of", "for", "to", "at", "in", "with", "from", "on", "who", "which", "that"])

    /// "said Mauer": a lower-case speech verb right before the word `a`.
    func speechVerbPrecedes(_ a: Int) -> Bool {
        guard a > 0 else { return false }
        let t = tokens[a - 1]
        return t.kind == .word && !t.flags.contains(.capitalized) && kinds[a - 1].contains(.speechVerb)
    }

    /// "Lavrov said", "Lavrov also said", "Lavrov has repeatedly said".
    func speechVerbFollows(_ b: Int) -> Bool {
        var j = b
        var skipped = 0
        while j < tokens.count, skipped <= 2 {
            let t = tokens[j]
            guard t.kind == .word, !t.flags.contains(.capitalized) else { return false }
            if kinds[j].contains(.speechVerb) { return true }
            guard ChunkClassifier.adverbs.contains(text, t.range) else { return false }
            skipped += 1
            j += 1
        }
        return false
    }
}

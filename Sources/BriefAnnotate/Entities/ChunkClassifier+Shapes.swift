/// Shapes of names that the gazetteer does not know but whose type their words give away:
/// an acronym is no personal name, a public body is often "<common words> <country>", and an
/// Arabic particle ("Al", "El", "bin", "Abu") inside a chunk continues a personal name.
extension ChunkClassifier {
    /// "IRCC", "EDC", "SNC": one word of 3-6 capitals without digits that is no given name,
    /// no term ("GDP") and no Roman numeral. People are seldom written in capitals in running
    /// text; bodies are ("IRCC said", "SNC-Lavalin"). Two-letter capitals ("AJ", "DJ") are
    /// often a person's initials, so they do not count.
    func isOrganisationAcronym(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.flags.contains(.allCaps), !t.flags.contains(.hasDigit), (3...6).contains(t.range.count) else { return false }
        for j in t.range where !ByteClass.isASCIIUpper(text[j]) { return false }
        let k = kinds[i]
        guard k.isDisjoint(with: [.givenName, .surname, .title, .honorific, .country, .place, .demonym]) else { return false }
        return !TermAcronyms.contains(text[t.range]) && !isRomanNumeral(i)
    }

    /// "Export Development Canada", "Hockey Canada", "Citizenship Canada": capitalised common
    /// words, then a country's one-word name, make a public body or a national team, not a
    /// region ("Atlantic Canada", "Northern Ireland" and "Mainland China" start with a word
    /// that qualifies a place, or are known places themselves).
    func isCommonWordsThenCountry(_ a: Int, _ b: Int) -> Bool {
        guard b - a >= 2, tokens[b - 1].kind == .word, kinds[b - 1].contains(.country),
              !tokens[b - 1].flags.contains(.allCaps) else { return false }
        var words = 0
        for i in a..<(b - 1) {
            let t = tokens[i]
            guard t.kind == .word else { return false }
            let k = kinds[i]
            guard t.flags.contains(.capitalized), !t.flags.contains(.allCaps), k.contains(.common),
                  k.isDisjoint(with: [.givenName, .surname, .country, .place, .demonym, .group, .properNoun, .function, .honorific]),
                  !ChunkClassifier.placeQualifiers.contains(text, t.range) else { return false }
            words += 1
        }
        return words >= 1
    }

    /// Words that qualify a place's name ("Northern Canada", "Rural Australia", "Greater China").
    static let placeQualifiers = ByteLexicon(words: [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "middle",
        "upper", "lower", "greater", "mainland", "rural", "urban", "atlantic", "pacific", "arctic", "coastal",
        "inner", "outer", "interior", "continental", "metropolitan", "modern", "ancient", "imperial", "colonial",
        "communist", "occupied", "independent", "old", "new", "little", "great", "all", "whole", "free",
        "democratic", "republican", "federal", "national", "global", "official", "native", "indigenous",
        "french", "english", "british", "spanish", "portuguese", "dutch", "german", "italian", "chinese",
    ])

    /// "Fouzia Al Hashish", "Omar El Hassan", "Osama Bin Laden": a capitalised Arabic particle
    /// between name-like words joins a personal name; the word after it is a family name even
    /// when it is also a common word. Returns false unless the words before the particle read
    /// as a name and one or two capitalised words follow it.
    func isNameWithArabicParticle(_ a: Int, _ b: Int) -> Bool {
        guard (3...5).contains(b - a) else { return false }
        var p = -1
        for i in (a + 1)..<(b - 1) where tokens[i].kind == .word && ChunkClassifier.arabicParticles.contains(text, tokens[i].range) {
            p = i
            break
        }
        guard p > a else { return false }
        for i in a..<p {
            let k = kinds[i]
            guard tokens[i].kind == .word, tokens[i].flags.contains(.capitalized), !tokens[i].flags.contains(.allCaps),
                  !k.contains(.common) || k.contains(.givenName),
                  k.isDisjoint(with: [.title, .orgWord, .placeWord, .function, .country, .place, .demonym, .organization]) else { return false }
        }
        let tail = b - p - 1
        guard (1...2).contains(tail) else { return false }
        for i in (p + 1)..<b {
            let k = kinds[i]
            guard tokens[i].kind == .word || tokens[i].kind == .hyphen else { return false }
            if tokens[i].kind == .hyphen { continue }
            guard tokens[i].flags.contains(.capitalized), !tokens[i].flags.contains(.allCaps),
                  k.isDisjoint(with: [.title, .orgWord, .placeWord, .function, .country, .place, .organization]) else { return false }
        }
        return true
    }

    static let arabicParticles = ByteLexicon(words: ["al", "el", "bin", "ibn", "abu", "abd", "bint"])

    /// "Suncor Energy", "Zorvex Finance": two words, an unknown capitalised one (no common word,
    /// no name the gazetteer knows) and a field of business that is also a minister's portfolio.
    /// Read as titles, the pair would be "Suncor" alone, untyped; no person is called that way.
    func isCompanyInField(_ a: Int, _ b: Int) -> Bool {
        guard b == a + 2, tokens[a].kind == .word, tokens[b - 1].kind == .word, !tokens[b - 1].flags.contains(.joined),
              tokens[a].flags.contains(.capitalized), !tokens[a].flags.contains(.allCaps),
              ChunkClassifier.businessFields.contains(text, tokens[b - 1].range) else { return false }
        return kinds[a].isDisjoint(with: [.common, .givenName, .surname, .country, .place, .demonym, .group, .title,
                                          .honorific, .function, .organization, .properNoun])
    }

    /// Fields of business that the titles list has as portfolios ("Energy Minister").
    static let businessFields = ByteLexicon(words: ["energy", "health", "finance", "transport"])
}

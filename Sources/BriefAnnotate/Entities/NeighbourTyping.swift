/// Types names the classifier left open from their neighbours in the text:
/// - a name in a list with a person's full name is a person too ("Romelu Lukaku, Yannick
///   Carrasco and Dries Mertens", "Starry Lee and Holden Chow": "Dries" and "Starry" are
///   common words, so the name alone reads as no person);
/// - an unknown word whose possessive stands right before a person's full name is the
///   person's organisation ("Demosisto's Nathan Law"; a known place keeps its type);
/// - a name with a role in apposition is a person ("Yuni, a resident of Lampung");
/// - a name whose last word the text uses alone for a person is a person (`applySurnames`);
/// - an unknown name after a person's full name and "of" is the person's party or employer
///   ("Cheng Chung-tai of Civic Passion", "Nick Rhodes of Duran Duran"; a known place stays a place).
/// The linker carries the type to the name's other mentions. O(candidates).
enum NeighbourTyping {
    static func apply(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        for n in cands.indices.dropFirst() where cands[n].known == nil && cands[n].confidence == .guess && cands[n].type != .place
            && cands[n].type != .org && isFullPerson(cands[n - 1]) && !isOneCommonWord(cands[n], tokens, kinds)
            && isOfJoin(cands[n - 1].tokens.upperBound, cands[n].tokens.lowerBound, tokens, text) {
            cands[n].type = .org
            cands[n].confidence = .context
        }
        for n in cands.indices where cands[n].known == nil && cands[n].confidence == .guess && (cands[n].type == nil || cands[n].type == .other) {
            let c = cands[n]
            if c.tokens.count == 1, n + 1 < cands.count, isFullPerson(cands[n + 1]),
               c.tokens.upperBound < tokens.count, tokens[c.tokens.upperBound].kind == .possessive,
               cands[n + 1].tokens.lowerBound == c.tokens.upperBound + 1 {
                cands[n].type = .org
                cands[n].confidence = .context
                continue
            }
            if roleAppositionFollows(c.tokens.upperBound, tokens, text), readsAsPersonalName(c, tokens, kinds, minWords: 1) {
                cands[n].type = .person
                cands[n].confidence = .context
                continue
            }
            guard readsAsPersonalName(c, tokens, kinds) else { continue }
            let listed = (n > 0 && isFullPerson(cands[n - 1]) && isListJoin(cands[n - 1].tokens.upperBound, c.tokens.lowerBound, tokens, text))
                || (n + 1 < cands.count && isFullPerson(cands[n + 1]) && isListJoin(c.tokens.upperBound, cands[n + 1].tokens.lowerBound, tokens, text))
            if listed {
                cands[n].type = .person
                cands[n].confidence = .context
            }
        }
    }

    /// "Brisk Ammer ... Mr Ammer said": a name the classifier left open is a person when
    /// the text also calls a person by its last word alone (after an honorific, before a
    /// speech verb). The linker then joins the two. Looks at most 64 such words: linear.
    static func applySurnames(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        var surnames: [UInt64] = []
        for c in cands where c.type == .person && c.confidence >= .context && c.tokens.count == 1 && surnames.count < 64 {
            surnames.append(wordHash(tokens[c.tokens.lowerBound].range, text))
        }
        guard !surnames.isEmpty else { return }
        for n in cands.indices where cands[n].known == nil && cands[n].confidence == .guess && (cands[n].type == nil || cands[n].type == .other) {
            let c = cands[n]
            guard tokens[c.tokens.upperBound - 1].kind == .word, readsAsPersonalName(c, tokens, kinds),
                  surnames.contains(wordHash(tokens[c.tokens.upperBound - 1].range, text)) else { continue }
            cands[n].type = .person
            cands[n].confidence = .context
        }
    }

    private static func wordHash(_ r: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordSet.hash(text, r)
    }

    /// A person's name of two words or more.
    private static func isFullPerson(_ c: NameCandidate) -> Bool {
        c.type == .person && c.tokens.count >= 2
    }

    /// ", a resident of", ", the team's captain": a comma, an article or possessive, then a
    /// role noun among the next few words, before any other punctuation.
    private static func roleAppositionFollows(_ i: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i + 2 < tokens.count, tokens[i].kind == .punctuation, text[tokens[i].range.lowerBound] == 0x2C,
              tokens[i + 1].kind == .word, isArticle(tokens[i + 1].range, text) else { return false }
        var j = i + 2
        while j < tokens.count && j <= i + 6 {
            let t = tokens[j]
            guard t.kind == .word || t.kind == .hyphen || t.kind == .possessive else { return false }
            if t.kind == .word, !t.flags.contains(.capitalized), roleNoun(t.range, text) { return true }
            j += 1
        }
        return false
    }

    private static func isArticle(_ r: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteLexicon.equalsFolded(text, r, "a") || ByteLexicon.equalsFolded(text, r, "an") || ByteLexicon.equalsFolded(text, r, "the")
            || ByteLexicon.equalsFolded(text, r, "his") || ByteLexicon.equalsFolded(text, r, "her")
    }

    /// A noun for a person's role or standing ("resident", "spokeswoman", "coach").
    private static func roleNoun(_ r: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let h = wordHash(r, text)
        return SpeechLexicon.roleWords.contains(hash: h) && !SpeechLexicon.collectiveRoleWords.contains(hash: h)
    }

    /// Two or three capitalized words (`minWords` or more), none a title, an organisation's
    /// or a place's word.
    private static func readsAsPersonalName(_ c: NameCandidate, _ tokens: [Token], _ kinds: [Gazetteer.Kind], minWords: Int = 2) -> Bool {
        var words = 0
        var common = false
        for i in c.tokens {
            let t = tokens[i]
            if t.kind == .hyphen { continue }
            guard t.kind == .word, t.flags.contains(.capitalized) || t.flags.contains(.joined) else { return false }
            if !t.flags.contains(.joined) { words += 1 }
            let k = kinds[i]
            if !k.isDisjoint(with: [.title, .orgWord, .placeWord, .function, .country, .place, .demonym, .organization]) { return false }
            common = common || (k.contains(.common) && !k.contains(.givenName) && !k.contains(.surname))
        }
        // One word alone must not be a common word ("Crown, the ...").
        if words == 1 && common { return false }
        return (minWords...3).contains(words)
    }

    /// "Studio 54", "The Globe and Mail": one common word is too weak a name to type.
    private static func isOneCommonWord(_ c: NameCandidate, _ tokens: [Token], _ kinds: [Gazetteer.Kind]) -> Bool {
        c.tokens.count == 1 && kinds[c.tokens.lowerBound].contains(.common)
    }

    /// The tokens `a..<b` between two names are "of" or "of the".
    private static func isOfJoin(_ a: Int, _ b: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b - a == 1 || b - a == 2, tokens[a].kind == .word, ByteLexicon.equalsFolded(text, tokens[a].range, "of") else { return false }
        return b - a == 1 || (tokens[a + 1].kind == .word && ByteLexicon.equalsFolded(text, tokens[a + 1].range, "the"))
    }

    /// The tokens `a..<b` between two names are a list's joint: ",", "and", "or", ", and".
    private static func isListJoin(_ a: Int, _ b: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a < b, b - a <= 2 else { return false }
        var sawWord = false
        for i in a..<b {
            let t = tokens[i]
            if t.kind == .punctuation, text[t.range.lowerBound] == 0x2C, !sawWord { continue }
            if t.kind == .word, !sawWord, ByteLexicon.equalsFolded(text, t.range, "and") || ByteLexicon.equalsFolded(text, t.range, "or") {
                sawWord = true
                continue
            }
            return false
        }
        return true
    }
}

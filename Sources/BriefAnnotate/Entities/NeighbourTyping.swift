/// Types names the classifier left open from their neighbours in the text:
/// - a name in a list with a person's full name is a person too ("Romelu Lukaku, Yannick
///   Carrasco and Dries Mertens", "Starry Lee and Holden Chow": "Dries" and "Starry" are
///   common words, so the name alone reads as no person);
/// - an unknown word whose possessive stands right before a person's full name is the
///   person's organisation ("Demosisto's Nathan Law"; a known place keeps its type).
/// The linker carries the type to the name's other mentions. O(candidates).
enum NeighbourTyping {
    static func apply(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        guard cands.count >= 2 else { return }
        for n in cands.indices where cands[n].known == nil && cands[n].confidence == .guess && (cands[n].type == nil || cands[n].type == .other) {
            let c = cands[n]
            if c.tokens.count == 1, n + 1 < cands.count, isFullPerson(cands[n + 1]),
               c.tokens.upperBound < tokens.count, tokens[c.tokens.upperBound].kind == .possessive,
               cands[n + 1].tokens.lowerBound == c.tokens.upperBound + 1 {
                cands[n].type = .org
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

    /// A person's name of two words or more.
    private static func isFullPerson(_ c: NameCandidate) -> Bool {
        c.type == .person && c.tokens.count >= 2
    }

    /// Two or three capitalized words, none a title, an organisation's or a place's word.
    private static func readsAsPersonalName(_ c: NameCandidate, _ tokens: [Token], _ kinds: [Gazetteer.Kind]) -> Bool {
        var words = 0
        for i in c.tokens {
            let t = tokens[i]
            if t.kind == .hyphen { continue }
            guard t.kind == .word, t.flags.contains(.capitalized) || t.flags.contains(.joined) else { return false }
            if !t.flags.contains(.joined) { words += 1 }
            let k = kinds[i]
            if !k.isDisjoint(with: [.title, .orgWord, .placeWord, .function, .country, .place, .demonym, .organization]) { return false }
        }
        return (2...3).contains(words)
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

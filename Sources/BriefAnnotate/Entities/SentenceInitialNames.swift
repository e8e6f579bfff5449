/// A full name the text gives elsewhere, at a sentence's start: "Dries Mertens's attempt"
/// after "Romelu Lukaku and Dries Mertens". The chunker leaves out a capitalised common word
/// that opens a sentence ("Dries", "Will", "Rich"), so only the surname arrives; when the
/// two words are a person's full name elsewhere in the text, the mention takes both.
/// O(candidates): the full names are collected once, and nothing is done without any.
enum SentenceInitialNames {
    static func extend(_ cands: inout [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        var fullNames: [(first: UInt64, last: UInt64)] = []
        for c in cands where c.type == .person && c.tokens.count == 2 && fullNames.count < 64 {
            let a = tokens[c.tokens.lowerBound], b = tokens[c.tokens.upperBound - 1]
            guard a.kind == .word, b.kind == .word else { continue }
            fullNames.append((WordSet.hash(text, a.range), WordSet.hash(text, b.range)))
        }
        guard !fullNames.isEmpty else { return }
        for n in cands.indices where (cands[n].type == .person || cands[n].type == nil) && cands[n].tokens.count == 1 && cands[n].known == nil {
            let i = cands[n].tokens.lowerBound
            guard i > 0, tokens[i - 1].kind == .word, tokens[i - 1].flags.contains(.capitalized),
                  n == 0 || cands[n - 1].tokens.upperBound < i else { continue }
            let first = WordSet.hash(text, tokens[i - 1].range), last = WordSet.hash(text, tokens[i].range)
            guard fullNames.contains(where: { $0.first == first && $0.last == last }) else { continue }
            cands[n].tokens = (i - 1)..<cands[n].tokens.upperBound
            cands[n].range = tokens[i - 1].range.lowerBound..<cands[n].range.upperBound
        }
    }
}

/// A full name the text gives elsewhere, at a sentence's start: "Dries Mertens's attempt"
/// after "Romelu Lukaku and Dries Mertens". The chunker leaves out a capitalised common word
/// that opens a sentence ("Dries", "Will", "Rich"), so only the surname arrives; when the
/// two words are a person's full name elsewhere in the text, the mention takes both.
/// O(candidates): the full names are collected once, and nothing is done without any.
enum SentenceInitialNames {
    static func extend(_ cands: inout [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        var (fullNames, auxiliaryOpened) = collectFullNames(cands, tokens: tokens, text: text)
        guard !fullNames.isEmpty else { return }
        // A name it shortens is no full name below (rare: the names are collected again).
        if auxiliaryOpened && trimAuxiliaries(&cands, tokens: tokens, text: text) {
            fullNames = collectFullNames(cands, tokens: tokens, text: text).names
            guard !fullNames.isEmpty else { return }
        }
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

    /// "Sergei Lavrov arrived. Will Lavrov attend the summit.": an auxiliary that is also a given
    /// name ("Will", "May"), opening a sentence before the surname of a full name the text gives
    /// with another given name, is the verb, not part of the name (questions are caught earlier,
    /// by NameChunker). "Will Smith" stays a name when the text never names another Smith, or
    /// names Will Smith himself.
    /// Returns whether it shortened any.
    private static func trimAuxiliaries(_ cands: inout [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        var trimmed = false
        for n in cands.indices where cands[n].type == .person && cands[n].tokens.count == 2 && cands[n].known == nil {
            let i = cands[n].tokens.lowerBound
            let a = tokens[i], b = tokens[i + 1]
            guard a.kind == .word, b.kind == .word, opensWithAuxiliary(i, tokens: tokens, text: text) else { continue }
            // Rare from here: the other person names are compared one by one.
            let first = WordSet.hash(text, a.range), last = WordSet.hash(text, b.range)
            var other = false, same = false
            for c in cands where c.type == .person && c.tokens.count >= 2 && c.tokens.lowerBound != i {
                let f = tokens[c.tokens.lowerBound], l = tokens[c.tokens.upperBound - 1]
                guard f.kind == .word, l.kind == .word, WordSet.hash(text, l.range) == last else { continue }
                if WordSet.hash(text, f.range) != first { other = true } else if !opensSentence(c.tokens.lowerBound, tokens: tokens, text: text) { same = true }
            }
            guard other && !same else { continue }
            cands[n].tokens = (i + 1)..<(i + 2)
            cands[n].range = b.range
            trimmed = true
        }
        return trimmed
    }

    /// The persons' names of two words, as hashes of their words (at most 64), and whether one
    /// opens a sentence with an auxiliary ("Will Lavrov").
    private static func collectFullNames(_ cands: [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>)
        -> (names: [(first: UInt64, last: UInt64)], auxiliaryOpened: Bool) {
        var fullNames: [(first: UInt64, last: UInt64)] = []
        var auxiliaryOpened = false
        for c in cands where c.type == .person && c.tokens.count == 2 && fullNames.count < 64 {
            let a = tokens[c.tokens.lowerBound], b = tokens[c.tokens.upperBound - 1]
            guard a.kind == .word, b.kind == .word else { continue }
            fullNames.append((WordSet.hash(text, a.range), WordSet.hash(text, b.range)))
            if !auxiliaryOpened && c.known == nil && opensWithAuxiliary(c.tokens.lowerBound, tokens: tokens, text: text) { auxiliaryOpened = true }
        }
        return (fullNames, auxiliaryOpened)
    }

    /// Whether the word at `i` is an auxiliary opening a sentence.
    @inline(__always) private static func opensWithAuxiliary(_ i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        tokens[i].range.count <= 6 && opensSentence(i, tokens: tokens, text: text) && NameChunker.auxiliaries.contains(text, tokens[i].range)
    }

    /// Whether the word at `i` opens a sentence: the text's start, a new line, or a stop, colon
    /// or opening quote before it.
    private static func opensSentence(_ i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard i > 0, !tokens[i].flags.contains(.lineBefore) else { return true }
        let p = tokens[i - 1]
        if p.kind == .quote { return true }
        guard p.kind == .punctuation else { return false }
        let c = text[p.range.lowerBound]
        return c == 0x2E || c == 0x21 || c == 0x3F || c == 0x3A
    }
}

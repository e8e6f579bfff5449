/// "TRUMP, MACRON MEET: …", "TRUMP MEETS MACRON: …": a kicker (a line's label in capitals that
/// ends in a colon) runs a surname into the words around it, and the chunker makes one name of
/// "MACRON MEET". When the document names a person with that surname elsewhere ("Emmanuel
/// Macron"), the word is cut out as a name of its own, for the linker to tie to that person; a
/// lone common word left over ("MEET") names nothing. Without such a person nothing changes:
/// "BONDS, STOCKS FALL:" is a market report, though Bonds and Stocks are surnames; nor does it
/// for a surname that is an English word ("MAY SALES FALL:" beside Theresa May).
/// O(candidates) when no kicker chunk is found, which is nearly always.
enum KickerNames {
    static func split(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        guard cands.contains(where: { isCapitalsChunk($0, tokens) }) else { return }
        var surnames: [UInt64] = []
        for c in cands where c.type == .person {
            var last = c.tokens.upperBound - 1
            while last > c.tokens.lowerBound && tokens[last].kind != .word { last -= 1 }
            if tokens[last].kind == .word { surnames.append(WordSet.hash(text, tokens[last].range)) }
        }
        guard !surnames.isEmpty else { return }
        // Words the text itself uses as a place or an organisation ("Bolton beat Wigan" beside
        // John Bolton): the kicker is about those as likely as about the person.
        var placesAndBodies: [UInt64] = []
        for c in cands where c.type == .place || c.type == .org {
            for i in c.tokens where tokens[i].kind == .word { placesAndBodies.append(WordSet.hash(text, tokens[i].range)) }
        }
        surnames.removeAll { placesAndBodies.contains($0) }
        guard !surnames.isEmpty else { return }
        var out: [NameCandidate] = []
        out.reserveCapacity(cands.count + 4)
        for c in cands {
            guard isCapitalsChunk(c, tokens), isInKicker(c.tokens, tokens: tokens, text: text),
                  c.tokens.contains(where: { isNamedSurname($0, surnames, tokens: tokens, kinds: kinds, text: text) }) else {
                out.append(c)
                continue
            }
            var run = c.tokens.lowerBound
            for i in c.tokens where isNamedSurname(i, surnames, tokens: tokens, kinds: kinds, text: text) {
                appendLeftover(run..<i, of: c, tokens: tokens, kinds: kinds, into: &out)
                out.append(NameCandidate(tokens: i..<(i + 1), range: tokens[i].range, type: nil, confidence: .guess))
                run = i + 1
            }
            appendLeftover(run..<c.tokens.upperBound, of: c, tokens: tokens, kinds: kinds, into: &out)
        }
        cands = out
    }

    /// Whether token `i` is the surname of a person the text names and no English word: "MAY
    /// SALES FALL" with Theresa May, "PRICE CAP ROW" with Tom Price, "STOCKS, BONDS MIXED"
    /// with Barry Bonds are about sales, prices and bonds (months are common words too). A
    /// surname that is also a word ("MACRON") is left in the kicker, as before. Nor a given
    /// name: "DEAR ABBY:" heads a column, whose "Dear Abby" the text may later take for a person.
    /// Nor a place, a country or an organisation the gazetteer knows: "WASHINGTON WATCH:" beside
    /// Denzel Washington, "TESLA RECALL:" beside Nikola Tesla, "SCOTLAND VOTE:", "OPEC CUTS:".
    private static func isNamedSurname(_ i: Int, _ surnames: [UInt64], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) -> Bool {
        tokens[i].kind == .word
            && kinds[i].isDisjoint(with: [.common, .givenName, .place, .country, .organization, .placeWord, .orgWord, .demonym, .group])
            && surnames.contains(WordSet.hash(text, tokens[i].range))
    }

    /// Two or more words, all in capitals, untyped or OTHER, from no registry.
    private static func isCapitalsChunk(_ c: NameCandidate, _ tokens: [Token]) -> Bool {
        guard c.type == nil || c.type == .other, c.known == nil, c.tokens.count >= 2,
              tokens[c.tokens.lowerBound].flags.contains(.allCaps) else { return false }
        return c.tokens.allSatisfy { tokens[$0].kind != .word || tokens[$0].flags.contains(.allCaps) }
    }

    /// The part of `c` between the surnames cut out, as `c` typed it; a single common word
    /// ("MEET") is dropped.
    private static func appendLeftover(_ r: Range<Int>, of c: NameCandidate, tokens: [Token], kinds: [Gazetteer.Kind], into out: inout [NameCandidate]) {
        var a = r.lowerBound, b = r.upperBound
        while a < b && tokens[a].kind != .word { a += 1 }
        while b > a && tokens[b - 1].kind != .word { b -= 1 }
        guard a < b, !(b == a + 1 && kinds[a].contains(.common)) else { return }
        out.append(NameCandidate(tokens: a..<b, range: tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound,
                                 type: c.type, confidence: c.confidence))
    }

    /// Whether tokens `r` sit in a kicker: from the line's start to a colon, nothing but words in
    /// capitals, possessives, commas and asterisks, at most eight tokens each side.
    private static func isInKicker(_ r: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = r.lowerBound
        while i > 0 && !tokens[i].flags.contains(.lineBefore) {
            guard r.lowerBound - i < 8, ChunkClassifier.isKickerToken(i - 1, tokens: tokens, text: text) else { return false }
            i -= 1
        }
        var j = r.upperBound
        while j < tokens.count, j - r.upperBound <= 8 {
            let u = tokens[j]
            if u.flags.contains(.lineBefore) { return false }
            if u.kind == .punctuation && text[u.range.lowerBound] == 0x3A { return true } // ":"
            guard ChunkClassifier.isKickerToken(j, tokens: tokens, text: text) else { return false }
            j += 1
        }
        return false
    }

}

/// Public bodies named by a list of portfolios and their country: "Fisheries and Oceans
/// Canada", "Immigration, Refugees and Citizenship Canada", "Innovation, Science and Economic
/// Development Canada". The chunker stops at the lowercase "and" and at commas, so the classifier
/// sees "Oceans Canada" (capitalised common words before a country: a body, see
/// `ChunkClassifier.isCommonWordsThenCountry`) and the portfolios before it apart. When only
/// capitalised common words, commas and one "and" lead up to such a body, they are the start of
/// its name, but only when the text also writes the name's acronym ("IRCC": two bodies side by
/// side, "Health and Transport Canada", have none) and no other name reaches into the list.
/// O(candidates): a document without such a body costs a check of one token's kinds per
/// organisation.
enum PortfolioBodies {
    /// Words of one portfolio ("Economic Development"), and portfolios in the list.
    private static let maxWords = 3, maxPortfolios = 5

    static func merge(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        var merged = false
        for n in cands.indices {
            let body = cands[n]
            guard body.type == .org, body.known == nil, body.tokens.count >= 2, kinds[body.tokens.upperBound - 1].contains(.country),
                  (body.tokens.lowerBound..<body.tokens.upperBound - 1).allSatisfy({ isPortfolioWord($0, tokens, kinds) }),
                  let start = listStart(before: body.tokens.lowerBound, tokens, kinds, text) else { continue }
            // The portfolios' own candidates (untyped common words) give way; a name among them stops the merge.
            var first = n
            while first > 0, cands[first - 1].tokens.lowerBound >= start { first -= 1 }
            // A name straddling the list's start ("Ottawa Sponsors and Hockey Canada") keeps its
            // words: merging would make two overlapping names.
            if first > 0, cands[first - 1].tokens.upperBound > start { continue }
            guard cands[first..<n].allSatisfy({ $0.known == nil && $0.type == nil }),
                  hasAcronym(start..<body.tokens.upperBound, tokens, text) else { continue }
            cands[n] = NameCandidate(tokens: start..<body.tokens.upperBound,
                                     range: tokens[start].range.lowerBound..<body.range.upperBound, type: .org, confidence: body.confidence)
            for k in first..<n { cands[k].range = cands[k].range.lowerBound..<cands[k].range.lowerBound } // dropped below
            merged = true
        }
        if merged { cands.removeAll { $0.range.isEmpty } }
    }

    /// Whether the text uses the initials of the capitalised words in `words` as a name, with
    /// or without the country's ("IRCC" for "Immigration, Refugees and Citizenship Canada",
    /// "ISED" for "Innovation, Science and Economic Development Canada"). Without it, "Health and
    /// Transport Canada" is as likely two bodies as one, so the list stays apart. Runs only for
    /// a list already found, over the document's tokens once.
    private static func hasAcronym(_ words: Range<Int>, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var initials: [UInt8] = []
        for i in words where tokens[i].kind == .word && tokens[i].flags.contains(.capitalized) {
            initials.append(text[tokens[i].range.lowerBound])
        }
        guard initials.count >= 3 else { return false }
        // Without the country's initial, two capitals ("HT" for "Health and Transport Canada") are
        // too common a word to count: the short form needs three.
        let short = initials.count >= 4 ? initials.count - 1 : -1
        for t in tokens where t.kind == .word && t.flags.contains(.allCaps) && (t.range.count == initials.count || t.range.count == short) {
            let n = t.range.count
            if (0..<n).allSatisfy({ text[t.range.lowerBound + $0] == initials[$0] }) { return true }
        }
        return false
    }

    /// The first token of "W, W and" ending right before token `b`: "and" after a portfolio,
    /// and before that any portfolios each followed by a comma. Nil without the "and".
    private static func listStart(before b: Int, _ tokens: [Token], _ kinds: [Gazetteer.Kind], _ text: UnsafeBufferPointer<UInt8>) -> Int? {
        var j = b - 1
        guard j > 0, tokens[j].kind == .word, ByteLexicon.equalsFolded(text, tokens[j].range, "and"),
              var start = portfolioStart(endingAt: j - 1, tokens, kinds) else { return nil }
        var count = 1
        j = start - 1
        while count < maxPortfolios, j > 0, tokens[j].kind == .punctuation, text[tokens[j].range.lowerBound] == 0x2C,
              let s = portfolioStart(endingAt: j - 1, tokens, kinds) {
            start = s
            count += 1
            j = s - 1
        }
        return start
    }

    /// The first word of up to `maxWords` portfolio words ending at token `e`.
    private static func portfolioStart(endingAt e: Int, _ tokens: [Token], _ kinds: [Gazetteer.Kind]) -> Int? {
        var s = e + 1
        while s > 0, e + 1 - (s - 1) <= maxWords, isPortfolioWord(s - 1, tokens, kinds) { s -= 1 }
        return s <= e ? s : nil
    }

    /// A capitalised common word that is no name of its own ("Refugees", "Oceans", "Health").
    private static func isPortfolioWord(_ i: Int, _ tokens: [Token], _ kinds: [Gazetteer.Kind]) -> Bool {
        let t = tokens[i]
        return t.kind == .word && t.flags.contains(.capitalized) && !t.flags.contains(.allCaps) && kinds[i].contains(.common)
            && kinds[i].isDisjoint(with: [.givenName, .surname, .country, .place, .demonym, .group, .properNoun, .function, .honorific])
    }
}

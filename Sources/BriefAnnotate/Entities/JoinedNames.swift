/// Names of one place or body joined by "and": "Trinidad and Tobago", "Bosnia and
/// Herzegovina", "Saint Vincent and the Grenadines". The chunker stops at the lowercase
/// "and", so each side arrives as a name of its own; when the gazetteer knows the whole
/// phrase, the two become one mention of it. Only pairs with "and" or "and the" between are
/// looked up, so most documents cost nothing. O(candidates).
enum JoinedNames {
    static func merge(_ cands: inout [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        var n = 0
        var merged = false
        while n + 1 < cands.count {
            let a = cands[n], b = cands[n + 1]
            if a.known == nil, b.known == nil, isAndJoin(a.tokens.upperBound, b.tokens.lowerBound, tokens, text) {
                let k = Gazetteer.shared.kinds(text, a.range.lowerBound..<b.range.upperBound)
                let type: EntityType? = !k.isDisjoint(with: [.country, .place]) ? .place : k.contains(.organization) ? .org : nil
                if let type {
                    cands[n] = NameCandidate(tokens: a.tokens.lowerBound..<b.tokens.upperBound, range: a.range.lowerBound..<b.range.upperBound,
                                             type: type, confidence: .lexicon)
                    cands[n + 1].range = cands[n + 1].range.lowerBound..<cands[n + 1].range.lowerBound // dropped below
                    merged = true
                    n += 2
                    continue
                }
            }
            n += 1
        }
        if merged { cands.removeAll { $0.range.isEmpty } }
    }

    /// The tokens `a..<b` between two names are "and" or "and the".
    private static func isAndJoin(_ a: Int, _ b: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard b - a == 1 || b - a == 2, tokens[a].kind == .word, ByteLexicon.equalsFolded(text, tokens[a].range, "and") else { return false }
        return b - a == 1 || (tokens[a + 1].kind == .word && ByteLexicon.equalsFolded(text, tokens[a + 1].range, "the"))
    }
}

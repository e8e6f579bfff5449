/// "Photos by Anna Kestrel & Tom Quorvan", "Procter & Gamble": the chunker joins names across
/// "&" ("Mary & Leigh Block Museum"), and the classifier took such a run for one person. No
/// one's name holds an ampersand, so a person's candidate with one is two people, a firm named
/// after its founders, or left as it was. Two people only when each side reads as one person's
/// name: a given name and one more word ("Jane Doe & John Roe"), or a lone given name beside
/// such a side ("Tom & Anna Kestrel"); or when a credit names them ("Video: Miharris &
/// Acphillips", "by Kestrel & Quorvan") with at most two words a side, none in capitals or a
/// known organisation ("Photo: AP & Reuters" names agencies). A side of three or more words is
/// no person ("Quinn Emanuel Urquhart & Sullivan"). Else a firm when the sides end in surnames
/// ("Johnson & Johnson", "Davis Polk & Wardwell"; readsAsFirm), and otherwise left as it was
/// ("Meghan & Harry", "Jay & Silent Bob Reboot"). Organisations and places keep their "&".
/// O(candidates).
enum AmpersandNames {
    static func split(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        guard cands.contains(where: { $0.type == .person && $0.known == nil && hasAmpersand($0.tokens, tokens, text) }) else { return }
        var out: [NameCandidate] = []
        out.reserveCapacity(cands.count + 2)
        for c in cands {
            guard c.type == .person, c.known == nil, hasAmpersand(c.tokens, tokens, text) else {
                out.append(c)
                continue
            }
            let sides = self.sides(of: c.tokens, tokens: tokens, text: text)
            if !namesPeople(sides, run: c.tokens, tokens: tokens, kinds: kinds, text: text) {
                var kept = c
                if readsAsFirm(sides, tokens: tokens, kinds: kinds) {
                    kept.type = .org
                    kept.titleStart = nil
                    kept.role = nil
                }
                out.append(kept)
                continue
            }
            // One person a side; the first keeps the run's title.
            for (k, side) in sides.enumerated() { append(side, of: c, keepTitle: k == 0, tokens: tokens, into: &out) }
        }
        cands = out
    }

    /// A person of the words `side` (one of `sides(of:)`) of the run `c`.
    private static func append(_ side: Range<Int>, of c: NameCandidate, keepTitle: Bool, tokens: [Token], into out: inout [NameCandidate]) {
        guard !side.isEmpty else { return }
        var part = NameCandidate(tokens: side, range: tokens[side.lowerBound].range.lowerBound..<tokens[side.upperBound - 1].range.upperBound,
                                 type: .person, confidence: c.confidence)
        if keepTitle {
            part.titleStart = c.titleStart
            part.role = c.role
        }
        out.append(part)
    }

    /// Words that label a credit before a colon: "Image: …", "Video: …".
    static let creditLabels = ByteLexicon(words: ["image", "images", "video", "photo", "photos", "picture", "pictures",
                                                   "audio", "credit", "credits", "illustration"])

    /// The words of each side of the "&"s of run `r`, as token ranges (from the first word to the
    /// last; punctuation at the ends left out).
    private static func sides(of r: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var a = r.lowerBound
        func close(_ b: Int) {
            var lo = a, hi = b
            while lo < hi && tokens[lo].kind != .word { lo += 1 }
            while hi > lo && tokens[hi - 1].kind != .word { hi -= 1 }
            out.append(lo..<hi)
        }
        for i in r where isAmpersand(i, tokens, text) {
            close(i)
            a = i + 1
        }
        close(r.upperBound)
        return out
    }

    private static func wordCount(_ r: Range<Int>, _ tokens: [Token]) -> Int {
        r.reduce(0) { $0 + (tokens[$1].kind == .word ? 1 : 0) }
    }

    /// A word that may be a given name: known as one, and no organisation or word in capitals.
    private static func isGivenName(_ i: Int, _ tokens: [Token], _ kinds: [Gazetteer.Kind]) -> Bool {
        tokens[i].kind == .word && kinds[i].contains(.givenName) && !kinds[i].contains(.organization)
            && !tokens[i].flags.contains(.allCaps)
    }

    /// A side in capitals ("AP") or known as an organisation ("Reuters") names no person.
    private static func namesOrganisation(_ side: Range<Int>, _ tokens: [Token], _ kinds: [Gazetteer.Kind]) -> Bool {
        side.contains { tokens[$0].kind == .word && (tokens[$0].flags.contains(.allCaps) || kinds[$0].contains(.organization)) }
    }

    /// Whether the sides of the "&" run `run` name people: each one person's name, or a credit.
    private static func namesPeople(_ sides: [Range<Int>], run r: Range<Int>, tokens: [Token], kinds: [Gazetteer.Kind],
                                    text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard !sides.contains(where: { $0.isEmpty || namesOrganisation($0, tokens, kinds) }) else { return false }
        let counts = sides.map { wordCount($0, tokens) }
        guard counts.allSatisfy({ $0 <= 2 }) else { return false }
        // A given name and one more word each side, or a lone given name beside such a side.
        let full = sides.indices.map { counts[$0] == 2 && isGivenName(sides[$0].lowerBound, tokens, kinds) }
        if full.contains(true),
           sides.indices.allSatisfy({ full[$0] || (counts[$0] == 1 && isGivenName(sides[$0].lowerBound, tokens, kinds)) }) {
            return true
        }
        let a = r.lowerBound
        if a >= 1, tokens[a - 1].kind == .word, ByteLexicon.equalsFolded(text, tokens[a - 1].range, "by") { return true }
        if a >= 2, tokens[a - 1].kind == .punctuation, text[tokens[a - 1].range.lowerBound] == 0x3A, // ":"
           tokens[a - 2].kind == .word, creditLabels.contains(text, tokens[a - 2].range) { return true }
        return false
    }

    /// Whether a run that names no people reads as a firm: every side ends in a known surname
    /// ("Ernst & Young") or names an organisation, or in a word no list knows ("Dolce & Gabbana")
    /// when no side is a lone given name ("Kim & Kanye" may be two people); and no word is a
    /// common word (unless also a name: "Jay & Silent Bob Reboot" is a film).
    private static func readsAsFirm(_ sides: [Range<Int>], tokens: [Token], kinds: [Gazetteer.Kind]) -> Bool {
        let loneGivenName = sides.contains { wordCount($0, tokens) == 1 && isGivenName($0.lowerBound, tokens, kinds) }
        for side in sides {
            guard let last = side.last(where: { tokens[$0].kind == .word }) else { return false }
            guard kinds[last].contains(.surname) || namesOrganisation(side, tokens, kinds) || (kinds[last].isEmpty && !loneGivenName) else {
                return false
            }
            for i in side where tokens[i].kind == .word && kinds[i].contains(.common)
                && kinds[i].isDisjoint(with: [.surname, .givenName, .organization]) {
                return false
            }
        }
        return true
    }

    private static func hasAmpersand(_ r: Range<Int>, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        r.contains { isAmpersand($0, tokens, text) }
    }

    private static func isAmpersand(_ i: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        tokens[i].kind == .punctuation && text[tokens[i].range.lowerBound] == 0x26
    }
}

/// "Photos by Anna Kestrel & Tom Quorvan", "Procter & Gamble": the chunker joins names across
/// "&" ("Mary & Leigh Block Museum"), and the classifier took such a run for one person. No
/// one's name holds an ampersand, so a person's candidate with one is either two people or a
/// firm named after its founders. Two people when a side has a given name and a surname
/// ("Jane Doe & John Roe"), or when a credit names them ("Video: Miharris & Acphillips",
/// "by Kestrel & Quorvan"): cut at each "&", the title (if any) staying with the first. A firm
/// otherwise, single words on both sides ("Johnson & Johnson", "Marks & Spencer", "Ernst &
/// Young"): one organisation. Organisations and places keep their "&". O(candidates).
enum AmpersandNames {
    static func split(_ cands: inout [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        guard cands.contains(where: { $0.type == .person && $0.known == nil && hasAmpersand($0.tokens, tokens, text) }) else { return }
        var out: [NameCandidate] = []
        out.reserveCapacity(cands.count + 2)
        for c in cands {
            guard c.type == .person, c.known == nil, hasAmpersand(c.tokens, tokens, text) else {
                out.append(c)
                continue
            }
            if !namesPeople(c.tokens, tokens: tokens, text: text) {
                var firm = c
                firm.type = .org
                firm.titleStart = nil
                firm.role = nil
                out.append(firm)
                continue
            }
            var a = c.tokens.lowerBound
            var first = true
            for i in c.tokens where isAmpersand(i, tokens, text) {
                append(a..<i, of: c, keepTitle: first, tokens: tokens, into: &out)
                first = false
                a = i + 1
            }
            append(a..<c.tokens.upperBound, of: c, keepTitle: first, tokens: tokens, into: &out)
        }
        cands = out
    }

    private static func append(_ r: Range<Int>, of c: NameCandidate, keepTitle: Bool, tokens: [Token], into out: inout [NameCandidate]) {
        var a = r.lowerBound, b = r.upperBound
        while a < b && tokens[a].kind != .word { a += 1 }
        while b > a && tokens[b - 1].kind != .word { b -= 1 }
        guard a < b else { return }
        var part = NameCandidate(tokens: a..<b, range: tokens[a].range.lowerBound..<tokens[b - 1].range.upperBound,
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

    /// Whether the "&" run `r` names people: a side of two or more words, or a credit before it.
    private static func namesPeople(_ r: Range<Int>, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        var words = 0
        for i in r {
            if isAmpersand(i, tokens, text) {
                if words >= 2 { return true }
                words = 0
            } else if tokens[i].kind == .word {
                words += 1
            }
        }
        if words >= 2 { return true }
        let a = r.lowerBound
        if a >= 1, tokens[a - 1].kind == .word, ByteLexicon.equalsFolded(text, tokens[a - 1].range, "by") { return true }
        if a >= 2, tokens[a - 1].kind == .punctuation, text[tokens[a - 1].range.lowerBound] == 0x3A, // ":"
           tokens[a - 2].kind == .word, creditLabels.contains(text, tokens[a - 2].range) { return true }
        return false
    }

    private static func hasAmpersand(_ r: Range<Int>, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        r.contains { isAmpersand($0, tokens, text) }
    }

    private static func isAmpersand(_ i: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        tokens[i].kind == .punctuation && text[tokens[i].range.lowerBound] == 0x26
    }
}

/// Words set in capitals for stress ("he'd stay there, UNLESS of course he returned", "I
/// NEVER said that"): capitals of one word usually make an acronym, and so an organisation, but
/// these words are never one, so they name nothing.
extension ChunkClassifier {
    /// Whether the one-word chunk at `a` is an emphasised common word in capitals.
    func isEmphasisedWord(_ a: Int) -> Bool {
        let t = tokens[a]
        guard t.flags.contains(.allCaps), (4...10).contains(t.range.count) else { return false }
        return ChunkClassifier.emphasisWords.contains(text, t.range)
    }

    /// Adverbs, negations and pronouns that writers capitalise for stress and that no
    /// organisation is known by. Function words ("NOT", "ALL") start no chunk in the first place;
    /// words some bodies are named ("NOW", "CARE") stay out.
    static let emphasisWords = ByteLexicon(words: [
        "never", "unless", "only", "very", "really", "always", "ever", "nothing", "none", "nobody", "must",
        "still", "just", "absolutely", "definitely", "literally", "totally", "completely", "cannot", "anything",
        "everything", "everyone", "anyone",
    ])

    /// "BONDS: Bond prices fell.", "EARN, BABY, EARN: IBM rocketed", "FILE PHOTO: A refinery":
    /// a common word in capitals inside a kicker, the label in capitals that opens a line and
    /// ends in a colon, names nothing. A known body or place there still names it; so does a
    /// proper noun or a surname that is the kicker's only word, a speaker's label or a brand
    /// ("FOX:", "TARGET:", "TRUMP: I will win", and so "BONDS:" too), but not inside a longer
    /// kicker ("ASIA'S DAY:"). Whether the one-word chunk at `a` is such a word.
    func isKickerWord(_ a: Int) -> Bool {
        let t = tokens[a]
        guard t.flags.contains(.allCaps), t.range.count >= 3, kinds[a].contains(.common),
              kinds[a].isDisjoint(with: [.organization, .acronym, .country, .place, .demonym, .group]) else { return false }
        let mayBeName = !kinds[a].isDisjoint(with: [.properNoun, .surname])
        var alone = true
        // Back to the line's start, then on to the colon, through capitals and commas only.
        var i = a
        while !tokens[i].flags.contains(.lineBefore) && i > 0 {
            guard a - i < 8, isKickerToken(i - 1) else { return false }
            i -= 1
            if tokens[i].kind == .word { alone = false }
        }
        var j = a + 1
        while j < tokens.count, j - a <= 8 {
            let u = tokens[j]
            if u.flags.contains(.lineBefore) { return false }
            if u.kind == .punctuation && text[u.range.lowerBound] == 0x3A { return !(mayBeName && alone) } // ":"
            guard isKickerToken(j) else { return false }
            if u.kind == .word { alone = false }
            j += 1
        }
        return false
    }

    /// A word in capitals, a possessive, a comma or an asterisk: what a kicker is made of.
    private func isKickerToken(_ i: Int) -> Bool {
        Self.isKickerToken(i, tokens: tokens, text: text)
    }

    /// The same for any token list (`KickerNames` reads kickers with it too).
    static func isKickerToken(_ i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[i]
        switch t.kind {
        case .word: return t.flags.contains(.allCaps) || (t.range.count == 1 && t.flags.contains(.capitalized))
        case .possessive: return true
        case .punctuation:
            let c = text[t.range.lowerBound]
            return c == 0x2C || c == 0x2A // "," "*"
        default: return false
        }
    }
}

/// "Major general Fuad Basya", "Rear admiral Helen Park", "Major General Ahmed Saleh": a rank of
/// two words is one title. A person's mention covers the titles before the name ("President
/// Donald Trump", NameCandidate.titleStart), but the title list holds single words, so a rank
/// whose second word is in lower case left the mention at the name, and one in capitals kept
/// only its second word ("General Ahmed Saleh"). This pass widens the mention of a person to
/// the whole rank when one stands right before the name or before its title. O(candidates).
enum CompoundRanks {
    /// Ranks and offices of two words (a fact of English usage, case folded; the hyphened form
    /// "Major-General" is matched too).
    static let ranks = ByteLexicon(words: [
        "major general", "lieutenant general", "brigadier general", "lieutenant colonel",
        "rear admiral", "vice admiral", "fleet admiral", "field marshal", "air marshal", "air commodore",
        "staff sergeant", "master sergeant", "sergeant major", "lieutenant commander", "lance corporal",
        "warrant officer", "wing commander", "group captain", "flight lieutenant", "second lieutenant",
        "first lieutenant", "petty officer", "lieutenant governor", "attorney general", "surgeon general",
        "solicitor general", "inspector general", "governor general",
        "major-general", "lieutenant-general", "brigadier-general", "lieutenant-colonel", "rear-admiral",
        "vice-admiral", "field-marshal", "air-marshal", "sergeant-major", "lance-corporal",
        "lieutenant-governor", "attorney-general", "solicitor-general", "inspector-general", "governor-general",
    ])

    static func extend(_ cands: inout [NameCandidate], tokens: [Token], text: UnsafeBufferPointer<UInt8>) {
        // In place: a rank is rare, and most documents' candidates are left as they are.
        var dropped: [Range<Int>] = []
        for n in cands.indices where cands[n].type == .person {
            // The first token of the mention: its title's, else the name's.
            var m = cands[n].tokens.lowerBound
            if let start = cands[n].titleStart {
                while m > 0 && tokens[m - 1].range.lowerBound >= start { m -= 1 }
            }
            // A rank on a line of its own ("ATTORNEY GENERAL" of a headline, "Staff Sergeant" of a
            // caption) is not the title of a name on the next one.
            guard let rankTokens = rank(endingBefore: m, tokens: tokens, text: text) ?? rank(endingAt: m, tokens: tokens, text: text),
                  !tokens[(rankTokens.lowerBound + 1)...cands[n].tokens.lowerBound].contains(where: { $0.flags.contains(.lineBefore) })
            else { continue }
            let r = tokens[rankTokens.lowerBound].range.lowerBound..<tokens[rankTokens.upperBound - 1].range.upperBound
            // The rank's first word may have been taken for a name of its own ("Major" at a
            // sentence's start); untyped, it gives way to the rank. Any other name keeps its words.
            var p = n
            while p > 0, dropped.last.map({ !$0.contains(p - 1) }) ?? true, cands[p - 1].range.upperBound > r.lowerBound,
                  cands[p - 1].range.lowerBound >= r.lowerBound, cands[p - 1].type == nil || cands[p - 1].type == .other,
                  cands[p - 1].known == nil {
                p -= 1
            }
            if r.lowerBound >= (p > 0 ? cands[p - 1].range.upperBound : 0) {
                cands[n].titleStart = r.lowerBound
                if p < n { dropped.append(p..<n) }
            }
        }
        for r in dropped.reversed() { cands.removeSubrange(r) }
    }

    /// The tokens of a rank in the two words (or hyphened words) right before token `m`, its
    /// first word capitalised: "Major general" before "Fuad".
    private static func rank(endingBefore m: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard m >= 1 else { return nil }
        return rank(endingAt: m - 1, tokens: tokens, text: text)
    }

    /// The tokens of a rank whose last word is token `last` ("General" of "Major General").
    private static func rank(endingAt last: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        guard last >= 1, last < tokens.count, tokens[last].kind == .word else { return nil }
        var first = last - 1
        if tokens[first].kind == .hyphen, tokens[first].flags.contains(.joined), tokens[last].flags.contains(.joined), first >= 1 {
            first -= 1
        }
        let f = tokens[first]
        guard f.kind == .word, f.flags.contains(.capitalized), !f.flags.contains(.allCaps) || tokens[last].flags.contains(.allCaps) else { return nil }
        return ranks.contains(text, f.range.lowerBound..<tokens[last].range.upperBound) ? first..<(last + 1) : nil
    }
}

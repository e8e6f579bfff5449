/// A country the text treats as an actor stands for its government, an organisation:
/// "North Korea fired artillery rounds", "South Korea says the broadcasts will continue"
/// (metonymy, as news corpora such as GUM mark it). The linker gives a name one type per
/// document, so the usage decides only when it outweighs the name's use as a place: the
/// country opens a clause before one of a few agentive verbs at least twice, and more often
/// than it follows a place preposition ("in South Korea"). "Ukraine is", "what Russia
/// calls", "Thailand has" are no actions: copulas, "has" and naming verbs are not on the
/// list, so one document that speaks of a country as a place keeps it a place. A country
/// whose name opens with a given name ("Jordan said") is left alone: it may be a person.
/// O(candidates); only the few places before such a verb are looked up.
enum CountryAgents {
    /// Lowercase past or present verbs whose subject acts: speaking, fighting, deciding.
    static let agentiveVerbs = ByteLexicon(words: [
        "said", "says", "stated", "states", "announced", "announces", "warned", "warns", "fired", "fires",
        "launched", "launches", "evacuated", "retaliated", "retaliates", "accused", "accuses", "denied",
        "denies", "condemned", "condemns", "demanded", "demands", "threatened", "threatens", "rejected",
        "rejects", "vowed", "vows", "urged", "urges", "responded", "exchanged", "attacked", "attacks",
        "invaded", "invades", "imposed", "imposes", "expelled", "expels", "recalled", "refused", "refuses",
        "insisted", "insists", "protested", "protests", "shelled", "bombed", "deployed", "deploys",
    ])

    /// Lowercase words allowed between the country and its verb ("North Korea also said").
    static let adverbs = ByteLexicon(words: ["also", "then", "later", "reportedly", "previously", "recently",
                                             "again", "earlier", "repeatedly", "quickly", "has", "have", "had"])

    /// Prepositions before a place's name ("in", "from", "to"): the country as a place.
    static let placePrepositions = ByteLexicon(words: ["in", "from", "to", "into", "near", "across", "throughout", "inside",
                                                       "within", "at", "around", "toward", "towards", "outside"])

    static func retype(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        // Agentive uses first: most documents have none, and then nothing else is done.
        var agents: [(hash: UInt64, count: Int)] = []
        for c in cands where c.type == .place && c.known == nil && verbFollows(c.tokens.upperBound, tokens, text) {
            guard !placePrepositionBefore(c.tokens.lowerBound, tokens, text),
                  Gazetteer.shared.kinds(text, c.range).contains(.country),
                  // "Jordan said": a country that is also a given name may be a person.
                  !kinds[c.tokens.lowerBound].contains(.givenName) else { continue }
            let h = nameHash(c.range, text)
            if let k = agents.firstIndex(where: { $0.hash == h }) { agents[k].count += 1 } else { agents.append((h, 1)) }
        }
        guard agents.contains(where: { $0.count >= 2 }) else { return }
        // Uses as a place, for the names that act twice or more.
        var places = [Int](repeating: 0, count: agents.count)
        for c in cands where c.type == .place && c.known == nil && placePrepositionBefore(c.tokens.lowerBound, tokens, text) {
            let h = nameHash(c.range, text)
            if let k = agents.firstIndex(where: { $0.hash == h }) { places[k] += 1 }
        }
        for n in cands.indices where cands[n].type == .place && cands[n].known == nil {
            let h = nameHash(cands[n].range, text)
            guard let k = agents.firstIndex(where: { $0.hash == h }), agents[k].count >= 2, agents[k].count > places[k] else { continue }
            cands[n].type = .org
            cands[n].confidence = .usage
        }
    }

    private static func nameHash(_ r: Range<Int>, _ text: UnsafeBufferPointer<UInt8>) -> UInt64 {
        WordSet.hash(text, r)
    }

    /// An agentive verb at token `i`, perhaps after one adverb, on the same line.
    private static func verbFollows(_ i: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var j = i
        for step in 0..<2 {
            guard j < tokens.count else { return false }
            let t = tokens[j]
            guard t.kind == .word, !t.flags.contains(.capitalized), !t.flags.contains(.lineBefore) else { return false }
            if agentiveVerbs.contains(text, t.range) { return true }
            guard step == 0, adverbs.contains(text, t.range) else { return false }
            j += 1
        }
        return false
    }

    /// "in South Korea", "to North Korea": a lowercase place preposition right before token `a`.
    private static func placePrepositionBefore(_ a: Int, _ tokens: [Token], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        var p = a - 1
        // "in the Netherlands"
        if p >= 0, tokens[p].kind == .word, ByteLexicon.equalsFolded(text, tokens[p].range, "the") { p -= 1 }
        guard p >= 0 else { return false }
        let t = tokens[p]
        return t.kind == .word && !t.flags.contains(.capitalized) && placePrepositions.contains(text, t.range)
    }
}

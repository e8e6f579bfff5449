/// A place's name right beside a match score names a team, an organisation: "Sweden 1 – 0
/// Korea Republic", "beat Panama 3-0", "Liverpool 2-1 Everton". The team's other mentions
/// in the document follow, since the linker lets this usage win over the gazetteer.
///
/// A score is two numbers of one or two digits joined by a hyphen or dash; after the name
/// it may not run on into a lowercase word ("Canada 1-2 percent") other than a function
/// word ("3-0 on Sunday") or one of the few that go with scores ("up", "win"). Before the
/// name it must follow a
/// name ("Sweden 1 – 0 Korea"). Only places are retyped: a person beside a score
/// ("Federer 6-3") stays a person. O(candidates).
enum SportsTeams {
    /// Lowercase words that may follow a score.
    static let scoreWords = ByteLexicon(words: ["up", "down", "win", "victory", "defeat", "loss", "draw", "lead", "home", "away"])

    static func retype(_ cands: inout [NameCandidate], tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) {
        for n in cands.indices where cands[n].type == .place && cands[n].known == nil {
            let c = cands[n]
            if scoreFollows(c.tokens.upperBound, tokens, kinds, text) || scorePrecedes(c.tokens.lowerBound, tokens) {
                cands[n].type = .org
                cands[n].confidence = .usage
            }
        }
    }

    /// "1 – 0", "3-0": a small number, a hyphen or dash, a small number from token `i`.
    private static func isScore(_ i: Int, _ tokens: [Token]) -> Bool {
        guard i >= 0, i + 2 < tokens.count else { return false }
        let a = tokens[i], d = tokens[i + 1], b = tokens[i + 2]
        return a.kind == .number && a.range.count <= 2 && (d.kind == .hyphen || d.kind == .dash)
            && b.kind == .number && b.range.count <= 2
    }

    private static func scoreFollows(_ i: Int, _ tokens: [Token], _ kinds: [Gazetteer.Kind], _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard isScore(i, tokens) else { return false }
        let next = i + 3
        guard next < tokens.count else { return true }
        let t = tokens[next]
        if t.kind != .word || t.flags.contains(.capitalized) || t.flags.contains(.lineBefore) { return t.kind != .number }
        return kinds[next].contains(.function) || scoreWords.contains(text, t.range)
    }

    private static func scorePrecedes(_ start: Int, _ tokens: [Token]) -> Bool {
        guard start >= 4, isScore(start - 3, tokens) else { return false }
        let before = tokens[start - 4]
        return before.kind == .word && before.flags.contains(.capitalized)
    }
}

/// Subjects that look like names but describe: "the Kentucky Republican said" is the person
/// the text is about, and "said a statement released by the Prime Minister's Office" is that
/// office speaking.
extension AttributionFinder {
    /// Capitalised nouns for one person by party or origin (singular only: "the Liberals"
    /// is a party).
    static let personDescriptors: WordList = [
        "republican", "democrat", "liberal", "conservative", "tory", "canadian", "american", "briton",
        "australian", "quebecer", "albertan", "ontarian", "texan", "californian", "yorker",
    ]

    /// `found`, a name ending at token `j`, as a description when "the" opens it and its last
    /// word is a person descriptor: "the Kentucky Republican", "The Ontario Liberal".
    func personDescription(_ t: ArraySlice<AttributionToken>, _ found: (SpeakerRef, Int), _ j: Int, lower: Int) -> (SpeakerRef, Int)? {
        guard case .name = found.0, Self.personDescriptors.contains(lowered(t[j])) else { return nil }
        var s = found.1
        if s < j && lowered(t[s]) == "the" {
            // "The Kentucky Republican": the run took the capitalised article.
        } else if s - 1 >= lower, t[s - 1].kind == .word, lowered(t[s - 1]) == "the" {
            s -= 1
        } else {
            return nil
        }
        return (.role(lowered(t[j]), at: t[j].range.lowerBound, phrase: t[s].range.lowerBound..<t[j].range.upperBound), s)
    }

    /// The author of a document named after the verb: "said a statement released by the Prime
    /// Minister's Office", "says a report from Statistics Canada". `j` is the determiner.
    func documentAuthor(_ t: ArraySlice<AttributionToken>, from j: Int) -> SpeakerRef? {
        guard j + 1 < t.endIndex, t[j + 1].kind == .word, Self.documentNouns.contains(lowered(t[j + 1])) else { return nil }
        var k = j + 2
        // "released by", "issued by", "from": who put it out ("obtained by" is not its author).
        if k < t.endIndex, t[k].kind == .word, Self.issuingVerbs.contains(lowered(t[k])) { k += 1 }
        if k < t.endIndex, t[k].kind == .word, ["by", "from"].contains(lowered(t[k])) {
            k += 1
            if k < t.endIndex, t[k].kind == .word, lowered(t[k]) == "the" { k += 1 }
            guard k < t.endIndex, isNameWord(t[k]) else { return nil }
            var e = k
            while e + 1 < t.endIndex && t[e + 1].kind == .word
                && (isNameWord(t[e + 1]) || (Self.connectors.contains(lowered(t[e + 1])) && e + 2 < t.endIndex)) {
                e += 1
            }
            return .name(t[k].range.lowerBound..<t[e].range.upperBound)
        }
        return nil
    }

    static let issuingVerbs: WordList = ["released", "issued", "published", "posted", "signed", "sent", "written", "distributed"]
}

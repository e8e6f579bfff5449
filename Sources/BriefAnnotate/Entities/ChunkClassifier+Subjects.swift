/// A lone surname as the subject of a clause: "at the resort, Mulder didn't hesitate",
/// "Okafor has since left". News copy calls people by their surname alone; when the text
/// never gives the full name (or gives it later), the word before an auxiliary verb is still
/// a person if the gazetteer knows it only as a surname (no common word, no place or
/// organisation, which the lexicon types first).
extension ChunkClassifier {
    /// Lowercase auxiliaries and their negations that follow a clause's subject.
    static let auxiliaries = ByteLexicon(words: [
        "did", "didn't", "didn’t", "does", "doesn't", "doesn’t", "has", "hasn't", "hasn’t", "had", "hadn't", "hadn’t",
        "was", "wasn't", "wasn’t", "is", "isn't", "isn’t", "will", "won't", "won’t", "would", "wouldn't", "wouldn’t",
        "could", "couldn't", "couldn’t", "can", "can't", "can’t", "cannot", "should", "shouldn't", "shouldn’t",
        "must", "might", "may",
    ])

    /// Whether the one word `a` is a known surname, and no common word, right before an auxiliary.
    func isSurnameSubject(_ a: Int) -> Bool {
        let k = kinds[a]
        guard k.contains(.surname), !k.contains(.common), !k.contains(.function), !tokens[a].flags.contains(.allCaps),
              a + 1 < tokens.count else { return false }
        let next = tokens[a + 1]
        return next.kind == .word && !next.flags.contains(.capitalized) && ChunkClassifier.auxiliaries.contains(text, next.range)
    }
}

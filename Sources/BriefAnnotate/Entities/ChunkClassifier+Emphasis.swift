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
}

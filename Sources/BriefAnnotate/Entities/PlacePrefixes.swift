/// Words that open a place's name: "Mount Kenya", "Lake Cowichan", "Fort McMurray", "Cape
/// Breton", "Port Moresby". The gazetteer knows the large ones; with these words the chunker
/// and the classifier know the rest: the words after them name a mountain, a lake, a town.
enum PlacePrefixes {
    static let words = ByteLexicon(words: ["mount", "mt.", "lake", "fort", "cape", "port", "isle", "loch", "glen"])

    /// Whether chunk `a..<b` is such a word and one or two capitalised words that are no
    /// common words, titles or organisations' head words ("Mount Quorvan"; not "Lake Shore",
    /// "Fort Worth Police": other rules type those).
    static func opensPlace(_ a: Int, _ b: Int, tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard (2...3).contains(b - a), tokens[a].kind == .word, !tokens[a].flags.contains(.allCaps),
              words.contains(text, tokens[a].range) else { return false }
        return (a + 1..<b).allSatisfy { i in
            tokens[i].kind == .word && tokens[i].flags.contains(.capitalized) && !tokens[i].flags.contains(.allCaps)
                && kinds[i].isDisjoint(with: [.common, .title, .orgWord, .placeWord, .function])
        }
    }
}

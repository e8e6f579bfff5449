/// A run of capitalised words in the document ("Russian Foreign Minister Sergei Lavrov"),
/// split into its leading titles and the name proper.
struct NameRun: Sendable {
    /// The whole run.
    var range: Range<Int>
    /// The name without leading titles and without a possessive ending ("Sergei Lavrov").
    var name: Range<Int>
    /// Number of words in `name`.
    var nameWords: Int
    /// Lower-cased last word of `name`, the key for canonical names.
    var lastWord: String
    /// `WordSet.hash` of the last word, for the word-set tests.
    var lastHash: UInt64
    /// Lower-cased title words before the name, and role nouns of an appositive after it.
    var roles: [String]
    /// Looks like a person's name: two to four capitalised words and nothing that marks a
    /// place or organisation, or one name after a title ("Mr. Hawes").
    var isPersonLike: Bool
    /// Directly followed by a speech verb ("Lonechild said").
    var isSpeechSubject: Bool
    /// The run opens its sentence: the sentence is about this person.
    var opensSentence: Bool
    /// Grammatical gender shown by a title or by the first pronoun after the name in its sentence.
    var gender: Gender?
    /// Ordinal of the paragraph holding the run, counting only paragraphs with words.
    var paragraph: Int
}

/// Grammatical gender of a person, as the text shows it.
enum Gender: Sendable, Equatable {
    case male, female

    /// The gender of the pronoun `text[range]` (he, his, him, himself, she, her, hers, herself), from bytes.
    init?(_ text: [UInt8], _ range: Range<Int>) {
        guard range.count >= 2, range.count <= 7 else { return nil }
        let b = text[range.lowerBound] | 0x20
        guard b == 0x68 || b == 0x73 else { return nil } // h, s
        // The words of `init(word:)` that start with h or s and have 2 to 7 letters, from bytes.
        func equals(_ word: StaticString) -> Bool { TextBytes.equalsIgnoringCase(text, range, word) }
        if b == 0x68 {
            if equals("he") || equals("his") || equals("him") || equals("himself") { self = .male; return }
            if equals("her") || equals("hers") || equals("herself") { self = .female; return }
        } else {
            if equals("she") { self = .female; return }
            if equals("sir") { self = .male; return }
        }
        return nil
    }

    /// The gender a pronoun or title implies.
    init?(word: String) {
        switch word {
        case "he", "his", "him", "himself", "mr", "mr.", "spokesman", "chairman", "king", "prince", "father", "sir", "lord":
            self = .male
        case "she", "her", "hers", "herself", "ms", "ms.", "mrs", "mrs.", "spokeswoman", "chairwoman", "queen", "princess", "mother", "dame", "lady":
            self = .female
        default:
            return nil
        }
    }
}

/// A run of capitalised words in the document ("Russian Foreign Minister Sergei Lavrov"),
/// split into its leading titles and the name proper.
///
/// Plain data (byte ranges and flags, no String or array): the index keeps a run per
/// capitalised word run of the document, and copies of runs cost no reference counting.
struct NameRun: Sendable {
    /// The whole run.
    var range: Range<Int>
    /// The name without leading titles and without a possessive ending ("Sergei Lavrov").
    var name: Range<Int>
    /// Number of words in `name`.
    var nameWords: Int
    /// The last word of `name` without a possessive ending or final period; lower-cased
    /// (`NameIndex.lastWord(of:)`) it is the key for canonical names.
    var last: TextWord
    /// `WordSet.hash` of the last word, for the word-set tests.
    var lastHash: UInt64
    /// The last word is a non-person head word ("Council", "Party"): known from the scan's
    /// probe of the word's classes, so the index does not look it up again.
    var lastIsNonPersonHead: Bool
    /// Title words before the name, and role nouns of an appositive after it: indices into
    /// `NameIndex.roleWords`.
    var roles: Range<Int>
    /// Looks like a person's name: two to four capitalised words and nothing that marks a
    /// place or organisation, or one name after a title ("Mr. Hawes").
    var isPersonLike: Bool
    /// Directly followed by a speech verb ("Lonechild said").
    var isSpeechSubject: Bool
    /// The run opens its sentence: the sentence is about this person. Exact for people;
    /// for other runs only whether the sentence starts with it.
    var opensSentence: Bool
    /// Grammatical gender shown by a title or by the first pronoun after the name in its sentence.
    var gender: Gender?
    /// Ordinal of the paragraph holding the run, counting only paragraphs with words.
    var paragraph: Int
    /// Index of the paragraph holding the run.
    var paragraphIndex: Int
    /// Where a speech verb after the name is looked for (after an appositive, if any).
    var verbSearchStart: Int
    /// `isSpeechSubject` and `gender` are not worked out yet: a lone name without a role,
    /// completed only if it becomes a person (`NameIndex.completePerson`).
    var speechPending: Bool
}

/// Grammatical gender of a person, as the text shows it.
enum Gender: Sendable, Equatable {
    case male, female

    /// The gender of the pronoun `text[range]` (he, his, him, himself, she, her, hers, herself), from bytes.
    init?(_ text: [UInt8], _ range: Range<Int>) {
        guard range.count >= 2, range.count <= 7 else { return nil }
        let b = text[range.lowerBound] | 0x20
        guard b == 0x68 || b == 0x73 else { return nil } // h, s
        // The words of `init(word:)` that start with h or s and have 2 to 7 letters, from bytes
        // (ASCII case folded: `| 0x20` maps only a letter's capital onto a lower-case letter).
        let s = range.lowerBound
        @inline(__always) func at(_ k: Int) -> UInt8 { text[s + k] | 0x20 }
        switch (b, range.count) {
        case (0x68, 2):
            if at(1) == 0x65 { self = .male; return } // he
        case (0x68, 3):
            if at(1) == 0x69 && (at(2) == 0x73 || at(2) == 0x6D) { self = .male; return } // his, him
            if at(1) == 0x65 && at(2) == 0x72 { self = .female; return } // her
        case (0x68, 4):
            if at(1) == 0x65 && at(2) == 0x72 && at(3) == 0x73 { self = .female; return } // hers
        case (0x68, 7):
            // himself, herself
            if at(3) == 0x73 && at(4) == 0x65 && at(5) == 0x6C && at(6) == 0x66 {
                if at(1) == 0x69 && at(2) == 0x6D { self = .male; return }
                if at(1) == 0x65 && at(2) == 0x72 { self = .female; return }
            }
        case (0x73, 3):
            if at(1) == 0x68 && at(2) == 0x65 { self = .female; return } // she
            if at(1) == 0x69 && at(2) == 0x72 { self = .male; return } // sir
        default:
            break
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

    /// `init(word:)` of `text[range]` ASCII-lower-cased, read from the bytes.
    init?(role text: Bytes, _ range: Range<Int>) {
        switch Gender.words.flags(text, range) {
        case 1: self = .male
        case 2: self = .female
        default: return nil
        }
    }

    /// The words of `init(word:)`: flag 1 male, 2 female.
    private static let words: ByteLexicon = {
        var lex = ByteLexicon(capacity: 32)
        for w in ["he", "his", "him", "himself", "mr", "mr.", "spokesman", "chairman", "king", "prince", "father", "sir", "lord"] {
            lex.insert(Array(w.utf8), flags: 1)
        }
        for w in ["she", "her", "hers", "herself", "ms", "ms.", "mrs", "mrs.", "spokeswoman", "chairwoman", "queen", "princess", "mother", "dame", "lady"] {
            lex.insert(Array(w.utf8), flags: 2)
        }
        return lex
    }()
}

/// Who an attribution names, before it is resolved to a canonical speaker.
enum SpeakerRef: Sendable, Equatable {
    /// A capitalised name in the text ("Lavrov", "Jane Doe").
    case name(Range<Int>)
    /// A pronoun ("he", "she", "they") at a byte offset.
    case pronoun(String, at: Int)
    /// A common-noun subject ("the minister", "a spokesperson", "officials", "the agency"):
    /// its head noun, the head's byte offset and the whole phrase.
    case role(String, at: Int, phrase: Range<Int>)
}

/// The attribution of one quote: its cue and who it names.
struct Attribution: Sendable, Equatable {
    /// The speech verb or phrase ("said", "told reporters", "according to").
    var cue: String?
    var speaker: SpeakerRef?
    /// Whether any speech verb occurs in the quote's sentence, even without a subject.
    var hasSpeechVerb: Bool
    /// Whether the speech verb before the quote is passive ("He was also described as “…”"):
    /// the sentence's subject is spoken about, so it cannot stand in for the missing speaker.
    var passive = false
}

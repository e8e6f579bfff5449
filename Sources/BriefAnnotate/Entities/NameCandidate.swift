/// A typed stretch of tokens found by the chunker and classifier, before linking.
struct NameCandidate: Sendable {
    /// How sure the type is: linking lets stronger evidence win.
    enum Confidence: Int, Comparable, Sendable {
        /// `usage`: how the text uses the name overrides the gazetteer ("Sweden 1 – 0" is a team).
        case guess = 0, context = 1, lexicon = 2, usage = 3, registry = 4
        static func < (a: Self, b: Self) -> Bool { a.rawValue < b.rawValue }
    }

    /// Token indices of the name.
    var tokens: Range<Int>
    /// UTF-8 byte range of the name.
    var range: Range<Int>
    /// The type, or nil while unknown (linking may still type it).
    var type: EntityType?
    var confidence: Confidence
    /// A title or role seen before a person's name ("Russian Foreign Minister").
    var role: Range<Int>?
    /// Where the titles right before a person's name begin ("President" of "President
    /// Donald Trump", "Mr" of "Mr Key"): the mention covers them, as news corpora such as
    /// GUM mark names, while the entity keeps the bare name. Nil when a nationality or
    /// other name qualifies the title ("Russian Foreign Minister Sergei Lavrov": the
    /// mention is "Sergei Lavrov", as in the seed article).
    var titleStart: Int?
    /// The registry entry it matched, if any.
    var known: Int?
    /// A place in a dateline's capitals ("THE HAGUE —"): named as running text writes it.
    var dateline = false
}

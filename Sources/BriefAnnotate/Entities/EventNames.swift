/// Head words of the names of events, awards and contests: "Munich Security Conference",
/// "Taipei Lantern Festival", "FIFA World Cup", "Booker Prize". A place or an organisation
/// that opens such a name is part of it (the conference is no mention of Munich), and the
/// name is one entity: OTHER, or ORG where the head word also names bodies ("Conference":
/// "Italian Episcopal Conference"). A fact of English usage, like the titles.
enum EventNames {
    static let heads = ByteLexicon(words: [
        "conference", "summit", "festival", "championship", "championships", "cup", "games", "olympics",
        "paralympics", "olympiad", "expo", "fair", "awards", "award", "prize", "medal", "trophy",
        "marathon", "tournament", "biennale", "carnival", "convention", "exhibition", "parade", "series",
    ])

    /// Whether the capitalized word `i` is an event's head word.
    @inline(__always) static func isHead(_ i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[i]
        return t.kind == .word && t.flags.contains(.capitalized) && heads.contains(text, t.range)
    }
}

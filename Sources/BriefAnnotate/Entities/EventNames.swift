/// Head words of the names of events, awards, contests, laws and programmes: "Munich Security
/// Conference", "Taipei Lantern Festival", "FIFA World Cup", "Booker Prize", "Clean Air Act",
/// "Space Shuttle Program". A place or an organisation that opens such a name is part of it
/// (the conference is no mention of Munich), and the name is one entity: OTHER, or ORG where
/// the head word also names bodies ("Conference": "Italian Episcopal Conference"). A fact of
/// English usage, like the titles.
enum EventNames {
    static let heads = ByteLexicon(words: [
        "conference", "summit", "festival", "championship", "championships", "cup", "games", "olympics",
        "paralympics", "olympiad", "expo", "fair", "awards", "award", "prize", "medal", "trophy",
        "marathon", "tournament", "biennale", "carnival", "convention", "exhibition", "parade", "series",
        "act", "treaty", "accord", "accords", "protocol", "amendment", "program", "programme",
    ])

    /// Religious and civic observances named without a head word: events, no place or body
    /// ("the Hajj", "during Ramadan", "the Chinese New Year celebrations").
    static let observances = ByteLexicon(words: [
        "hajj", "umrah", "ramadan", "eid", "eid al-fitr", "eid al-adha", "diwali", "deepavali", "holi", "navratri",
        "passover", "hanukkah", "chanukah", "purim", "yom kippur", "rosh hashanah", "sukkot", "easter", "lent",
        "advent", "christmas", "pentecost", "epiphany", "thanksgiving", "halloween", "vesak", "nowruz",
        "chinese new year", "lunar new year", "mardi gras", "hogmanay", "kwanzaa", "songkran", "tet", "obon",
        "ashura", "muharram", "baisakhi", "vaisakhi", "oktoberfest",
    ])

    /// Head words that also name bodies: the name is an organisation's.
    static let bodyHeads = ByteLexicon(words: ["conference"])

    /// Whether the capitalized word `i` is an event's head word.
    /// "Waitangi Day", "Canada Day", "Independence Day": a holiday, unless a given name opens
    /// the name ("Doris Day" is a person).
    static func isHoliday(_ a: Int, _ b: Int, tokens: [Token], kinds: [Gazetteer.Kind], text: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[b - 1]
        guard t.kind == .word, t.flags.contains(.capitalized), ByteLexicon.equalsFolded(text, t.range, "day") else { return false }
        return !(kinds[a].contains(.givenName) && kinds[a].isDisjoint(with: [.common, .country, .place]))
    }

    /// The type of an event's name with head word `i`.
    static func type(ofHead i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> EntityType {
        bodyHeads.contains(text, tokens[i].range) ? .org : .other
    }

    @inline(__always) static func isHead(_ i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> Bool {
        let t = tokens[i]
        return t.kind == .word && t.flags.contains(.capitalized) && heads.contains(text, t.range)
    }
}

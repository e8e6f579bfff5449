/// Acronyms that stand for a longer name in the same text: "IMF" for "International Monetary
/// Fund", "UN" for "United Nations", "EU" for "European Union", without the "(IMF)" definition
/// `EntityLinker` reads when a text gives one.
///
/// A name's initials are the first letters of its capitalised words (lower-case joining words
/// such as "of" and "the" are skipped: "Bank for International Settlements" -> BIS), packed one
/// byte a letter into a UInt64 so a look-up costs no string. Only organisations and places of two
/// to eight capitalised words have initials; only a token of two to eight capital letters is an
/// acronym.
struct Initials {
    /// Initials -> candidate. A `KeyTable` hashed by the initials themselves: a `Dictionary`
    /// ran SipHash and grew its storage for every document with a few organisations.
    private var nameOfKey = KeyTable<UInt64, Int>()

    /// The initials of the candidates `isName` accepts; the first name with given initials wins.
    init(_ cands: [NameCandidate], text: UnsafeBufferPointer<UInt8>, tokens: [Token], isName: (Int) -> Bool) {
        for (n, c) in cands.enumerated() where c.type == .org || c.type == .place {
            guard isName(n), let key = Self.key(ofName: c, text: text, tokens: tokens), nameOfKey.index(hash: key, where: { $0 == key }) == nil else { continue }
            nameOfKey.append(key, n, hash: key)
        }
    }

    var isEmpty: Bool { nameOfKey.isEmpty }

    /// The candidate whose initials the one-word candidate `c` spells, if it is an acronym.
    func name(spelledBy c: NameCandidate, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> Int? {
        guard c.tokens.count == 1 else { return nil }
        let range = tokens[c.tokens.lowerBound].range
        guard (2...8).contains(range.count) else { return nil }
        var key: UInt64 = 0
        for i in range {
            let byte = text[i]
            guard byte >= 0x41, byte <= 0x5A else { return nil }
            key = key << 8 | UInt64(byte)
        }
        return nameOfKey.index(hash: key, where: { $0 == key }).map { nameOfKey.value(at: $0) }
    }

    private static func key(ofName c: NameCandidate, text: UnsafeBufferPointer<UInt8>, tokens: [Token]) -> UInt64? {
        var key: UInt64 = 0
        var letters = 0
        for t in c.tokens where tokens[t].kind == .word {
            let first = text[tokens[t].range.lowerBound]
            if first >= 0x61, first <= 0x7A { continue } // "of", "the", "and", "for"
            guard first >= 0x41, first <= 0x5A, letters < 8 else { return nil }
            key = key << 8 | UInt64(first)
            letters += 1
        }
        return letters >= 2 ? key : nil
    }
}

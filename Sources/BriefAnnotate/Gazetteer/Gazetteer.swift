/// The recognizer's knowledge of names: every generated list parsed once (lazily,
/// thread-safe through a `static let`) into one `ByteLexicon` of flags.
struct Gazetteer: Sendable {
    /// What an entry is known as; one name can be several (Jordan: country and given name).
    struct Kind: OptionSet, Sendable {
        let rawValue: UInt32
        static let country = Kind(rawValue: 1 << 0)
        static let place = Kind(rawValue: 1 << 1)
        static let demonym = Kind(rawValue: 1 << 2)
        static let group = Kind(rawValue: 1 << 3)
        static let givenName = Kind(rawValue: 1 << 4)
        static let surname = Kind(rawValue: 1 << 5)
        static let organization = Kind(rawValue: 1 << 6)
        static let orgWord = Kind(rawValue: 1 << 7)
        static let placeWord = Kind(rawValue: 1 << 8)
        static let title = Kind(rawValue: 1 << 9)
        static let honorific = Kind(rawValue: 1 << 10)
        static let common = Kind(rawValue: 1 << 11)
        static let function = Kind(rawValue: 1 << 12)
        static let properNoun = Kind(rawValue: 1 << 13)
        /// The entry was written in capitals ("US", "WHO"): its name kinds need an ALL-CAPS token.
        static let acronym = Kind(rawValue: 1 << 14)
        static let speechVerb = Kind(rawValue: 1 << 15)
        static let placePreposition = Kind(rawValue: 1 << 16)

        /// Kinds that make a word a name, rather than a common word.
        static let names: Kind = [.country, .place, .demonym, .group, .organization, .givenName]
    }

    let lexicon: ByteLexicon
    /// The few lowercase words the recognizer asks about (function words, speech verbs,
    /// place prepositions): small enough to stay in cache for the many lowercase tokens.
    let small: ByteLexicon
    /// One bit per (length, first byte, last byte) of the keys of `small`, each folded and taken
    /// modulo 32: most lowercase words have no such key and skip the probe.
    private let smallShapes: [UInt64]
    /// The keys of `small` of one word and at most eight bytes: the lowercase words asked
    /// about are mostly these, and this table is probed without hashing them.
    private let smallShortWords: ShortKeyTable

    /// The shared gazetteer, built on first use (about 110,000 entries).
    static let shared = Gazetteer()

    private init() {
        let lists: [(String, Kind, acronyms: Bool)] = [
            (GazetteerData.countries, .country, true),
            (GazetteerData.places, .place, true),
            (GazetteerData.demonyms, .demonym, false),
            (GazetteerData.groups, .group, false),
            (GazetteerData.givenNames, .givenName, false),
            (GazetteerData.surnames, .surname, false),
            (GazetteerData.organizations, .organization, true),
            (GazetteerData.orgWords, .orgWord, false),
            (GazetteerData.placeWords, .placeWord, false),
            (GazetteerData.titles, .title, false),
            (GazetteerData.honorifics, .honorific, false),
            (GazetteerData.commonWords, .common, false),
            (GazetteerData.functionWords, .function, false),
            (GazetteerData.properNouns, .properNoun, false),
            (Gazetteer.speechVerbs, .speechVerb, false),
            (Gazetteer.placePrepositions, .placePreposition, false),
        ]
        var lex = ByteLexicon(capacity: 140_000)
        lex.reserveStorage(lists.reduce(0) { $0 + $1.0.utf8.count })
        for (list, kind, acronyms) in lists {
            var list = list
            list.withUTF8 { text in
                lex.insertLines(of: text) { bytes, line in
                    var k = kind
                    if acronyms, line.count <= 5, line.allSatisfy({ !ByteClass.isASCIILower(bytes[$0]) }) { k.insert(.acronym) }
                    return k.rawValue
                }
            }
        }
        lexicon = lex
        var few = ByteLexicon(capacity: 512)
        var shapes = [UInt64](repeating: 0, count: 1 << 15 / 64)
        var shortKeys: [[UInt8]] = []
        for list in [GazetteerData.functionWords, Gazetteer.speechVerbs, Gazetteer.placePrepositions] {
            Gazetteer.forEachLine(of: list) { bytes, line in
                var start = line.lowerBound
                while start < line.upperBound && bytes[start] == 0x20 { start += 1 }
                guard start < line.upperBound else { return }
                few.insert(bytes, start..<line.upperBound, flags: lex.flags(bytes, start..<line.upperBound))
                // The key as the lexicon keeps it: folded, whitespace runs as one space, none at the ends.
                var key: [UInt8] = []
                var space = false
                for i in start..<line.upperBound {
                    if ByteClass.isSpace(bytes[i]) { space = !key.isEmpty; continue }
                    if space { key.append(0x20); space = false }
                    key.append(ByteClass.lower(bytes[i]))
                }
                let shape = Gazetteer.shape(count: key.count, first: key[0], last: key[key.count - 1])
                shapes[shape >> 6] |= 1 << UInt64(shape & 63)
                if key.count <= ShortKeyTable.maxCount && !key.contains(0x20) { shortKeys.append(key) }
            }
        }
        small = few
        smallShapes = shapes
        // Each key with the flags `small` ended up with for it.
        smallShortWords = ShortKeyTable(shortKeys.map { key in (key, key.withUnsafeBufferPointer { few.flags($0, 0..<$0.count) }) })
    }

    /// Calls `body` with the UTF-8 of `list` and the byte range of each of its lines
    /// (without the line feed), straight from the string's storage.
    private static func forEachLine(of list: String, _ body: (UnsafeBufferPointer<UInt8>, Range<Int>) -> Void) {
        var list = list
        list.withUTF8 { bytes in
            var start = 0
            for i in 0..<bytes.count where bytes[i] == 0x0A {
                body(bytes, start..<i)
                start = i + 1
            }
            body(bytes, start..<bytes.count)
        }
    }

    /// The kinds of `text[range]` (ASCII case folded).
    @inline(__always) func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind {
        Kind(rawValue: lexicon.flags(text, range))
    }

    /// `kinds(_:_:)` with the range's folded FNV-1a hash already known (`ByteLexicon.flags(_:_:foldedHash:)`).
    @inline(__always) func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldedHash: UInt64) -> Kind {
        Kind(rawValue: lexicon.flags(text, range, foldedHash: foldedHash))
    }

    /// `kinds(_:_:foldedHash:)` of a range whose whitespace the caller has checked
    /// (`ByteLexicon.flags(plain:_:foldedHash:spaced:)`).
    @inline(__always) func kinds(plain text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, foldedHash: UInt64, spaced: Bool) -> Kind {
        Kind(rawValue: lexicon.flags(plain: text, range, foldedHash: foldedHash, spaced: spaced))
    }

    /// The kinds of a lowercase word: only function word, speech verb and place preposition are known.
    /// `range` is one word token (no whitespace in it), so a key equal to it has its length and ends.
    @inline(__always) func lowercaseKinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind {
        guard !range.isEmpty else { return [] }
        let shape = Gazetteer.shape(count: range.count, first: ByteClass.lower(text[range.lowerBound]),
                                    last: ByteClass.lower(text[range.upperBound - 1]))
        if smallShapes.withUnsafeBufferPointer({ $0[shape >> 6] & (1 << UInt64(shape & 63)) }) == 0 { return [] }
        // A word of one token is its own normal form (no whitespace): a short one is a key
        // of `small` exactly when it is one of `smallShortWords`.
        if range.count <= ShortKeyTable.maxCount { return Kind(rawValue: smallShortWords.flags(text, range)) }
        return Kind(rawValue: small.flags(text, range))
    }

    /// The bit of a folded key's length and end bytes in `smallShapes` (each modulo 32).
    @inline(__always) private static func shape(count: Int, first: UInt8, last: UInt8) -> Int {
        (count & 31) << 10 | Int(first & 31) << 5 | Int(last & 31)
    }

    /// Verbs of saying that follow a speaker's name ("Lavrov said").
    static let speechVerbs = """
    said
    says
    told
    added
    explained
    stated
    noted
    argued
    asked
    wrote
    claimed
    insisted
    warned
    announced
    replied
    tweeted
    commented
    confirmed
    admitted
    acknowledged
    recalled
    continued
    concluded
    declared
    urged
    suggested
    believes
    thinks
    testified
    denied
    responded
    remarked
    """

    /// Prepositions after which an unknown name is most likely a place.
    static let placePrepositions = """
    in
    near
    outside
    across
    throughout
    towards
    toward
    around
    """
}

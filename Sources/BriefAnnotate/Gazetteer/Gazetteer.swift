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

    /// The shared gazetteer, built on first use (about 110,000 entries).
    static let shared = Gazetteer()

    private init() {
        var lex = ByteLexicon(capacity: 140_000)
        func add(_ list: String, _ kind: Kind, acronyms: Bool = false) {
            var line: [UInt8] = []
            for b in list.utf8 {
                if b == 0x0A {
                    Gazetteer.addEntry(&lex, line, kind, acronyms)
                    line.removeAll(keepingCapacity: true)
                } else {
                    line.append(b)
                }
            }
            Gazetteer.addEntry(&lex, line, kind, acronyms)
        }
        add(GazetteerData.countries, .country, acronyms: true)
        add(GazetteerData.places, .place, acronyms: true)
        add(GazetteerData.demonyms, .demonym)
        add(GazetteerData.groups, .group)
        add(GazetteerData.givenNames, .givenName)
        add(GazetteerData.surnames, .surname)
        add(GazetteerData.organizations, .organization, acronyms: true)
        add(GazetteerData.orgWords, .orgWord)
        add(GazetteerData.placeWords, .placeWord)
        add(GazetteerData.titles, .title)
        add(GazetteerData.honorifics, .honorific)
        add(GazetteerData.commonWords, .common)
        add(GazetteerData.functionWords, .function)
        add(GazetteerData.properNouns, .properNoun)
        add(Gazetteer.speechVerbs, .speechVerb)
        add(Gazetteer.placePrepositions, .placePreposition)
        lexicon = lex
        var few = ByteLexicon(capacity: 512)
        for list in [GazetteerData.functionWords, Gazetteer.speechVerbs, Gazetteer.placePrepositions] {
            for line in list.split(separator: "\n") {
                let word = line.trimmingPrefix(while: { $0 == " " })
                guard !word.isEmpty else { continue }
                few.insert(Array(word.utf8), flags: lex.flags(String(word)))
            }
        }
        small = few
    }

    private static func addEntry(_ lex: inout ByteLexicon, _ line: [UInt8], _ kind: Kind, _ acronyms: Bool) {
        guard !line.isEmpty else { return }
        var k = kind
        if acronyms, line.count <= 5, line.allSatisfy({ !ByteClass.isASCIILower($0) }) { k.insert(.acronym) }
        lex.insert(line, flags: k.rawValue)
    }

    /// The kinds of `text[range]` (ASCII case folded).
    @inline(__always) func kinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind {
        Kind(rawValue: lexicon.flags(text, range))
    }

    /// The kinds of a lowercase word: only function word, speech verb and place preposition are known.
    @inline(__always) func lowercaseKinds(_ text: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Kind {
        Kind(rawValue: small.flags(text, range))
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

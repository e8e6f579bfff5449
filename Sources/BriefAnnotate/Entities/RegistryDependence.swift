/// What a text's annotation can depend on in an entity registry: the registry's names, aliases
/// and ignored names grouped by their first word (ASCII case folded), since a name matches, or
/// is ignored, only where its first word is a word of the text (`RegistryIndex.match`, and a
/// candidate is ignored only when its words are an ignored name's). A text none of whose words
/// starts a group is annotated alike under any registry that differs only in groups it does
/// not touch, so a build annotates again only the briefings whose words start a group a note
/// edit changed, not every briefing.
public struct RegistryDependence: Sendable {
    /// The registry grouped.
    public let registry: EntityRegistry
    /// The groups' first words, folded, in byte order.
    public let firstWords: [[UInt8]]
    /// For each of `firstWords`: the registry's entries with a name or alias starting with it
    /// (indices into `EntityRegistry.known`, in order) and its ignored names starting with it
    /// (sorted).
    public let members: [(known: [Int], ignored: [String])]
    private let lookup: [[UInt8]: Int32]
    /// The first words' bytes, to turn most words of a text away without copying them.
    private let firsts: ByteLexicon

    public init(_ registry: EntityRegistry) {
        self.registry = registry
        let tokenizer = Tokenizer()
        func firstWord(_ name: String) -> [UInt8]? {
            let bytes = Array(name.utf8)
            return tokenizer.tokenize(bytes).first.map { bytes[$0.range].map(ByteClass.lower) }
        }
        var known: [[UInt8]: [Int]] = [:]
        var ignored: [[UInt8]: [String]] = [:]
        for (n, entity) in registry.known.enumerated() {
            for name in [entity.name] + entity.aliases {
                guard let first = firstWord(name) else { continue }
                if known[first]?.last != n { known[first, default: []].append(n) }
            }
        }
        // An ignored name is compared with a candidate case-folded, and where a text's words
        // begin depends on case ("J. Smith" starts with the initial "J.", "j. smith" with "j"):
        // filed under the first word of each way the text may write it.
        for name in registry.ignored {
            let bytes = Array(name.utf8)
            let variants = [bytes, bytes.map(ByteClass.lower), bytes.map(Self.upper), Self.capitalized(bytes)]
            for first in Set(variants.compactMap { firstWord(String(decoding: $0, as: UTF8.self)) }) {
                ignored[first, default: []].append(name)
            }
        }
        firstWords = Set(known.keys).union(ignored.keys).sorted { $0.lexicographicallyPrecedes($1) }
        members = firstWords.map { (known[$0] ?? [], (ignored[$0] ?? []).sorted()) }
        var lookup: [[UInt8]: Int32] = [:]
        var firsts = ByteLexicon(capacity: max(16, firstWords.count))
        for (index, word) in firstWords.enumerated() {
            lookup[word] = Int32(index)
            firsts.insert(word, flags: 1)
        }
        self.lookup = lookup
        self.firsts = firsts
    }

    public var isEmpty: Bool { firstWords.isEmpty }

    private static func upper(_ byte: UInt8) -> UInt8 { byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte }

    /// Each ASCII letter after a space, or first, upper case; the others lower case.
    private static func capitalized(_ bytes: [UInt8]) -> [UInt8] {
        var previous: UInt8 = 0x20
        return bytes.map { byte in
            defer { previous = byte }
            return ByteClass.isSpace(previous) ? upper(byte) : ByteClass.lower(byte)
        }
    }

    /// The groups (indices into `firstWords`, ascending, each once) whose first word is a word
    /// of `text` (the plain text the annotator reads).
    public func groups(in text: [UInt8]) -> [Int32] {
        guard !firstWords.isEmpty else { return [] }
        var found: Set<Int32> = []
        text.withUnsafeBufferPointer { t in
            for token in Tokenizer().tokenize(t) where firsts.flags(t, token.range) != 0 {
                if let group = lookup[t[token.range].map(ByteClass.lower)] { found.insert(group) }
            }
        }
        return found.sorted()
    }
}

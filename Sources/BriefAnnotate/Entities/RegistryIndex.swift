/// The registry's names and aliases as token sequences, for matching in a text, and its
/// ignored names, folded for comparison. Built once per recognizer.
struct RegistryIndex: Sendable {
    struct Phrase: Sendable {
        /// The phrase's tokens, ASCII case folded.
        var tokens: [[UInt8]]
        /// Index into `EntityRegistry.known`.
        var entity: Int
    }

    /// Phrases by their folded first token; longest first.
    private var byFirst: [[UInt8]: [Phrase]] = [:]
    /// The first tokens of all phrases, to turn most words away without copying them.
    private var firsts = ByteLexicon(capacity: 16)
    /// Folded ignored names.
    private var ignored: Set<[UInt8]> = []

    init(_ registry: EntityRegistry) {
        let tokenizer = Tokenizer()
        for (n, known) in registry.known.enumerated() {
            for name in [known.name] + known.aliases {
                let bytes = Array(name.utf8)
                let toks = tokenizer.tokenize(bytes).map { bytes[$0.range].map(ByteClass.lower) }
                guard let first = toks.first else { continue }
                byFirst[first, default: []].append(Phrase(tokens: toks, entity: n))
            }
        }
        for key in byFirst.keys {
            byFirst[key]?.sort { $0.tokens.count > $1.tokens.count }
            firsts.insert(key, flags: 1)
        }
        for name in registry.ignored {
            ignored.insert(RegistryIndex.fold(Array(name.utf8)))
        }
    }

    var isEmpty: Bool { byFirst.isEmpty }
    var hasIgnored: Bool { !ignored.isEmpty }

    /// The longest registry phrase starting at token `i`: its end token (exclusive) and entity.
    func match(at i: Int, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> (end: Int, entity: Int)? {
        guard !byFirst.isEmpty, firsts.flags(text, tokens[i].range) != 0 else { return nil }
        let first = text[tokens[i].range].map(ByteClass.lower)
        guard let phrases = byFirst[first] else { return nil }
        for p in phrases where i + p.tokens.count <= tokens.count {
            var ok = true
            for (k, want) in p.tokens.enumerated().dropFirst() {
                let t = tokens[i + k]
                if t.range.count != want.count || !zip(text[t.range], want).allSatisfy({ ByteClass.lower($0) == $1 }) {
                    ok = false
                    break
                }
                // A registry name spans one line of text.
                if t.flags.contains(.paragraphBefore) { ok = false; break }
            }
            if ok { return (i + p.tokens.count, p.entity) }
        }
        return nil
    }

    /// True when `name` (bytes) is one of the ignored names, compared folded.
    func isIgnored(_ name: [UInt8]) -> Bool {
        !ignored.isEmpty && ignored.contains(RegistryIndex.fold(name))
    }

    /// Whitespace runs as one space, trimmed; case kept.
    static func collapse(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        for b in bytes {
            if ByteClass.isSpace(b) { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(b)
        }
        return out
    }

    /// ASCII-lowercased, whitespace runs as one space, trimmed.
    static func fold(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var space = false
        for b in bytes {
            if ByteClass.isSpace(b) { space = !out.isEmpty; continue }
            if space { out.append(0x20); space = false }
            out.append(ByteClass.lower(b))
        }
        return out
    }
}

/// Finds named entities (PERSON, PLACE, ORG, GROUP, OTHER) in UTF-8 text and ties every
/// mention to one entity per document. Deterministic, no I/O.
///
/// Pipeline: tokens -> sentences -> capitalized chunks (NameChunker) -> typed candidates
/// (ChunkClassifier, gazetteer plus context) -> entities (EntityLinker). The registry's
/// names and aliases are matched first and win; its ignored names are never reported.
/// Linear in the text length (gazetteer lookups are hash probes over bytes).
struct EntityRecognizer: Sendable {
    let registry: EntityRegistry
    private let index: RegistryIndex

    init(registry: EntityRegistry) {
        self.registry = registry
        self.index = RegistryIndex(registry)
    }

    /// Mentions sorted by start, never overlapping, with UTF-8 byte ranges into `text`;
    /// entities in order of first mention, and the number of mentions of each.
    func recognize(_ text: [UInt8]) -> (mentions: [EntityMention], entities: [Entity], mentionCounts: [Int]) {
        let gazetteer = Gazetteer.shared
        return text.withUnsafeBufferPointer { t in
            let tokens = Tokenizer().tokenize(t)
            // Not on to the capacity-0 init of `kinds`: it writes into the stdlib's shared empty
            // storage, a data race when briefings are annotated in parallel.
            guard !tokens.isEmpty else { return ([], [], []) }
            // Short words' kinds from a table that earlier documents filled (ShortWordTable).
            let shortWords = ShortWordTable.take()
            defer { ShortWordTable.give(shortWords) }
            var memo = KindsMemo(shortWords: ShortWordMemo(table: shortWords))
            // Every token written once, through buffers: no zero fill first, and no
            // uniqueness or bounds checks per token.
            let kinds = tokens.withUnsafeBufferPointer { toks in
                [Gazetteer.Kind](unsafeUninitializedCapacity: toks.count) { out, count in
                    for i in 0..<toks.count {
                        let tok = toks[i]
                        var k: Gazetteer.Kind = []
                        if tok.kind == .word {
                            if !tok.flags.contains(.capitalized) && !tok.flags.contains(.allCaps) {
                                // Lowercase words only need the small lexicon (see Gazetteer.small).
                                k = gazetteer.lowercaseKinds(t, tok.range)
                            } else {
                                k = memo.kinds(t, tok.range, in: gazetteer, word: true)
                                if k.contains(.acronym) && !tok.flags.contains(.allCaps) { k.subtract([.country, .place, .organization]) }
                            }
                        }
                        (out.baseAddress! + i).initialize(to: k)
                    }
                    count = toks.count
                }
            }
            let sentences = SentenceSplitter().split(tokens, in: text)
            let chunker = NameChunker(text: t, tokens: tokens, kinds: kinds)
            let classifier = ChunkClassifier(text: t, tokens: tokens, kinds: kinds, gazetteer: gazetteer)
            var candidates: [NameCandidate] = []
            candidates.reserveCapacity(tokens.count / 8 + 8)
            var chunks: [Range<Int>] = []
            chunks.reserveCapacity(16)
            for s in sentences {
                let known = registryMatches(in: s, tokens: tokens, text: t)
                var pending = known[...]
                chunker.chunks(of: s, into: &chunks)
                // A dateline's place ("THE HAGUE —"), unless the registry names something there.
                var datelineEnd = s.tokens.lowerBound
                if let place = Dateline.place(opening: s, tokens: tokens, kinds: kinds, text: t),
                   pending.first.map({ $0.tokens.lowerBound >= place.upperBound }) ?? true {
                    var c = NameCandidate(tokens: place, range: tokens[place.lowerBound].range.lowerBound..<tokens[place.upperBound - 1].range.upperBound,
                                          type: .place, confidence: .lexicon)
                    c.dateline = true
                    candidates.append(c)
                    datelineEnd = place.upperBound
                }
                for chunk in chunks {
                    var a = max(chunk.lowerBound, datelineEnd)
                    if a >= chunk.upperBound { continue }
                    // Registry matches inside or overlapping the chunk cut it.
                    while let m = pending.first, m.tokens.lowerBound < chunk.upperBound {
                        if m.tokens.lowerBound > a { classifier.classify(a, m.tokens.lowerBound, into: &candidates) }
                        candidates.append(m)
                        a = max(a, m.tokens.upperBound)
                        pending = pending.dropFirst()
                    }
                    if a < chunk.upperBound { classifier.classify(a, chunk.upperBound, into: &candidates) }
                }
                candidates.append(contentsOf: pending)
            }
            candidates = cleaned(candidates, t)
            JoinedNames.merge(&candidates, tokens: tokens, text: t)
            PortfolioBodies.merge(&candidates, tokens: tokens, kinds: kinds, text: t)
            SportsTeams.retype(&candidates, tokens: tokens, kinds: kinds, text: t)
            NeighbourTyping.apply(&candidates, tokens: tokens, kinds: kinds, text: t)
            NeighbourTyping.applySurnames(&candidates, tokens: tokens, kinds: kinds, text: t)
            SentenceInitialNames.extend(&candidates, tokens: tokens, text: t)
            KickerNames.split(&candidates, tokens: tokens, kinds: kinds, text: t)
            AmpersandNames.split(&candidates, tokens: tokens, kinds: kinds, text: t)
            CompoundRanks.extend(&candidates, tokens: tokens, text: t)
            return EntityLinker(text: t, tokens: tokens, registry: registry).link(candidates)
        }
    }

    /// Registry names found in sentence `s`, as candidates, left to right.
    private func registryMatches(in s: Sentence, tokens: [Token], text: UnsafeBufferPointer<UInt8>) -> [NameCandidate] {
        guard !index.isEmpty else { return [] }
        var out: [NameCandidate] = []
        var i = s.tokens.lowerBound
        while i < s.tokens.upperBound {
            if tokens[i].kind == .word, let m = index.match(at: i, tokens: tokens, text: text), m.end <= s.tokens.upperBound {
                var c = NameCandidate(tokens: i..<m.end, range: tokens[i].range.lowerBound..<tokens[m.end - 1].range.upperBound,
                                      type: registry.known[m.entity].type, confidence: .registry)
                c.known = m.entity
                out.append(c)
                i = m.end
            } else {
                i += 1
            }
        }
        return out
    }

    /// Sorted, non-overlapping, without ignored names.
    private func cleaned(_ input: [NameCandidate], _ t: UnsafeBufferPointer<UInt8>) -> [NameCandidate] {
        let before: (NameCandidate, NameCandidate) -> Bool = {
            $0.range.lowerBound < $1.range.lowerBound || ($0.range.lowerBound == $1.range.lowerBound && $0.range.upperBound > $1.range.upperBound)
        }
        // Candidates mostly come in order: strictly ordered ones are what the sort would return.
        let inOrder = zip(input, input.dropFirst()).allSatisfy { before($0, $1) }
        let sorted = inOrder ? input : input.sorted(by: before)
        var out: [NameCandidate] = []
        out.reserveCapacity(sorted.count)
        var end = 0
        for c in sorted where c.range.lowerBound >= end && !c.range.isEmpty {
            if index.hasIgnored && index.isIgnored(Array(t[c.range])) { continue }
            out.append(c)
            end = c.range.upperBound
        }
        return out
    }
}

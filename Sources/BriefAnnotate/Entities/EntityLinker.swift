/// Ties the candidates of one document into entities: every mention of one entity gets
/// one id. Surname-only mentions ("Lavrov") join the full name ("Sergei Lavrov", seen
/// before or after); an acronym defined in parentheses ("Assembly of First Nations
/// (AFN)") joins its expansion, and so does one that spells a longer name of the text
/// (`Initials`: "IMF", "International Monetary Fund"); registry matches keep the registry's
/// id, name and type.
/// The entity's type is the one of its most confident mention. O(candidates), with
/// keys that point into the text instead of copying it.
struct EntityLinker {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let registry: EntityRegistry

    /// One entity being built.
    struct Slot {
        var id: String
        var name: String
        var type: EntityType?
        var confidence = NameCandidate.Confidence.guess
        var role: String?
    }

    /// The text of `r` with whitespace runs collapsed.
    func surface(_ r: Range<Int>) -> String {
        // Written straight into the String's storage; invalid UTF-8 is repaired as
        // `String(decoding:as:)` does.
        String(unsafeUninitializedCapacity: r.count) { buffer in
            var it = TextKey.Normalized(text: text, range: r, folded: false)
            var k = 0
            while let b = it.next() {
                buffer[k] = b
                k += 1
            }
            return k
        }
    }

    /// The first and last word tokens of a candidate, and how many words it has.
    private func wordSpan(_ c: NameCandidate) -> (first: Int, last: Int, count: Int)? {
        var first = -1, last = -1, count = 0
        for i in c.tokens where tokens[i].kind == .word {
            if first < 0 { first = i }
            last = i
            count += 1
        }
        return count == 0 ? nil : (first, last, count)
    }

    /// What the full personal names of a document say about one word (compared folded):
    /// the candidate of the longest one ending with it, the last one starting with it, and
    /// whether two with different last words start with it.
    private struct WordNames {
        var last = -1
        var first = -1
        var firstAmbiguous = false
    }

    /// A personal name of three words or more with a word inside ("Lula" of "Luiz Inácio Lula da
    /// Silva"), and whether names with different last words have it there.
    private struct InnerName {
        var name: Int
        var ambiguous = false
    }

    /// FNV-1a of the word token `token`, ASCII case folded (a token holds no whitespace,
    /// so this is its folded `TextKey` hash).
    @inline(__always) private func wordHash(_ token: Int) -> UInt64 {
        WordSet.hash(text, tokens[token].range)
    }

    /// Whether two word tokens are the same word, ASCII case folded.
    @inline(__always) private func sameWord(_ a: Int, _ b: Int) -> Bool {
        let x = tokens[a].range, y = tokens[b].range
        guard x.count == y.count else { return false }
        var i = x.lowerBound, j = y.lowerBound
        while i < x.upperBound {
            if ByteClass.lower(text[i]) != ByteClass.lower(text[j]) { return false }
            i += 1
            j += 1
        }
        return true
    }

    /// The entry of the word token `token` (with hash `h`) in `names`: its key is a token of the same word.
    @inline(__always) private func entry(_ names: KeyTable<Int, WordNames>, _ token: Int, _ h: UInt64) -> Int? {
        names.index(hash: h) { sameWord($0, token) }
    }

    /// The entry of the word token `token` (with hash `h`) in a table of words.
    @inline(__always) private func opener(_ table: KeyTable<Int, Int>, _ token: Int, _ h: UInt64) -> Int? {
        table.index(hash: h) { sameWord($0, token) }
    }

    /// Whether the word token `i` inside a personal name may be its short form: a capitalised
    /// word of its own ("Lula" of "Luiz Inácio Lula da Silva"), no title, role or common word
    /// ("Affairs" of "Foreign Affairs Minister Chrystia Freeland"), nor part of a hyphened one.
    private func isInnerNamePart(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, t.flags.contains(.capitalized), !t.flags.contains(.joined),
              i + 1 < tokens.count, !tokens[i + 1].flags.contains(.joined) else { return false }
        return Gazetteer.shared.kinds(text, t.range).isDisjoint(with: [.title, .honorific, .common, .function, .orgWord, .placeWord])
    }

    /// The words inside personal names of three words or more that may be their short forms
    /// (`isInnerNamePart`), by word.
    private func innerNameParts(_ cands: [NameCandidate], _ spans: [(first: Int, last: Int, count: Int)?]) -> KeyTable<Int, InnerName> {
        var table = KeyTable<Int, InnerName>()
        for (n, c) in cands.enumerated() where c.type == .person && c.known == nil {
            guard let w = spans[n], w.count >= 3 else { continue }
            for i in (w.first + 1)..<w.last where isInnerNamePart(i) {
                let h = wordHash(i)
                if let e = table.index(hash: h, where: { sameWord($0, i) }) {
                    if let ow = spans[table.value(at: e).name], !sameWord(ow.last, w.last) { table.update(at: e) { $0.ambiguous = true } }
                } else {
                    table.append(i, InnerName(name: n), hash: h)
                }
            }
        }
        return table
    }

    /// Organisations' names of several words, by their first word ("Rogers" of "Rogers Media").
    private func organisationOpeners(_ cands: [NameCandidate], _ spans: [(first: Int, last: Int, count: Int)?]) -> KeyTable<Int, Int> {
        var table = KeyTable<Int, Int>()
        for n in cands.indices where cands[n].type == .org {
            guard let w = spans[n], w.count >= 2, tokens[w.first].flags.contains(.capitalized) else { continue }
            let h = wordHash(w.first)
            if opener(table, w.first, h) == nil { table.append(w.first, n, hash: h) }
        }
        return table
    }

    /// The mentions and entities of `cands`, and how many mentions each entity has
    /// (`mentionCounts[e]` for `entities[e]`): slots have distinct ids and every mention
    /// carries its entity's, so these are the counts `Annotation.mentionCountsByEntity()`
    /// finds by id.
    func link(_ cands: [NameCandidate]) -> (mentions: [EntityMention], entities: [Entity], mentionCounts: [Int]) {
        let spans = cands.map(wordSpan)
        // Full personal names, by their last and first words.
        var names = KeyTable<Int, WordNames>()
        for (n, c) in cands.enumerated() where c.type == .person && c.known == nil {
            guard let w = spans[n], w.count >= 2 else { continue }
            let lastHash = wordHash(w.last)
            if let e = entry(names, w.last, lastHash) {
                let old = names.value(at: e).last
                if old >= 0, cands[old].range.count >= c.range.count { } else { names.update(at: e) { $0.last = n } }
            } else {
                names.append(w.last, WordNames(last: n), hash: lastHash)
            }
            let firstHash = wordHash(w.first)
            if let e = entry(names, w.first, firstHash) {
                let old = names.value(at: e).first
                if old >= 0, let ow = spans[old], !sameWord(ow.last, w.last) { names.update(at: e) { $0.firstAmbiguous = true } }
                names.update(at: e) { $0.first = n }
            } else {
                names.append(w.first, WordNames(first: n), hash: firstHash)
            }
        }
        // Acronyms defined in parentheses right after a name.
        var acronyms = KeyTable<TextKey, Int>()
        for n in cands.indices.dropLast() {
            let c = cands[n], d = cands[n + 1]
            let open = c.tokens.upperBound
            guard open < tokens.count, tokens[open].kind == .punctuation, text[tokens[open].range.lowerBound] == 0x28,
                  d.tokens.lowerBound == open + 1, d.tokens.count == 1, tokens[d.tokens.lowerBound].flags.contains(.allCaps),
                  d.known == nil, c.type != nil, c.type != .person, !c.dateline, // "WASHINGTON (AP) —": the agency
                  // "Surrey, B.C. (CBC)": an abbreviation defines no other one; the capitals are a credit.
                  !(c.tokens.count == 1 && (tokens[c.tokens.lowerBound].flags.contains(.allCaps) || tokens[c.tokens.lowerBound].flags.contains(.abbreviation)))
            else { continue }
            acronyms.set(TextKey(text, d.range, folded: true), n)
        }
        // Acronyms spelling a longer name of the text ("IMF" and "International Monetary Fund").
        let initials = Initials(cands, text: text, tokens: tokens) { cands[$0].known == nil && (spans[$0]?.count ?? 0) >= 2 }
        // The candidate holding each candidate's canonical name.
        var root = Array(cands.indices)
        // Words guessed a person that name an organisation of the text, by word.
        var orgByPersonGuess = KeyTable<Int, Int>()
        var orgOpeners: KeyTable<Int, Int>?
        var innerNames: KeyTable<Int, InnerName>?
        for n in cands.indices {
            let c = cands[n]
            guard c.known == nil, let w = spans[n] else { continue }
            if !acronyms.isEmpty, let def = acronyms[TextKey(text, c.range, folded: true)], def != n {
                root[n] = def
                continue
            }
            // An acronym the gazetteer knows keeps its meaning unless the name has its type:
            // "US" is the United States, not the "University of Sheffield" of the same text. An
            // unknown one may have been guessed a person ("The NGC said"): capitals are no name.
            if !initials.isEmpty, let full = initials.name(spelledBy: c, text: text, tokens: tokens), full != n,
               c.confidence < .lexicon || cands[full].type == c.type {
                root[n] = full
                continue
            }
            // "Lula said" after "Luiz Inácio Lula da Silva": one word inside one earlier full name
            // (and opening or ending none) is its short form. The table is built on the first such
            // word only.
            if w.count == 1, c.type == .person, !names.isEmpty, entry(names, w.first, wordHash(w.first)) == nil {
                if innerNames == nil { innerNames = innerNameParts(cands, spans) }
                if let table = innerNames, !table.isEmpty, let e = table.index(hash: wordHash(w.first), where: { sameWord($0, w.first) }) {
                    let inner = table.value(at: e)
                    if !inner.ambiguous, cands[inner.name].range.upperBound <= c.range.lowerBound {
                        root[n] = inner.name
                        continue
                    }
                }
            }
            // "Rogers said" after "Rogers Media": one word guessed a person that opens an
            // organisation's name of the text, and no person's full name, is that organisation.
            // (Words left open alone are not: "Surrey" of "Surrey City Council" is still the city;
            // they follow below when the same word was such a person.)
            // The table is built on the first such word only: most texts have none, and it costs
            // allocations per text.
            if w.count == 1, c.type == .person, c.confidence < .lexicon,
               names.isEmpty || entry(names, w.first, wordHash(w.first)) == nil {
                if orgOpeners == nil { orgOpeners = organisationOpeners(cands, spans) }
                guard let table = orgOpeners, !table.isEmpty, let e = opener(table, w.first, wordHash(w.first)) else { continue }
                root[n] = table.value(at: e)
                if opener(orgByPersonGuess, w.first, wordHash(w.first)) == nil {
                    orgByPersonGuess.append(w.first, root[n], hash: wordHash(w.first))
                }
                continue
            }
            guard c.type == .person || c.type == nil || (w.count == 1 && (c.confidence < .lexicon || c.type == .place)) else { continue }
            guard !names.isEmpty else { continue }
            let lastEntry = entry(names, w.last, wordHash(w.last)).map { names.value(at: $0) }
            if let full = lastEntry?.last, full >= 0, full != n, cands[full].range.count > c.range.count,
               let fw = spans[full], w.count < fw.count, endsLike(w, fw),
               !(c.type == .place && c.confidence >= .lexicon && placePrepositionBefore(c)) {
                // "Lavrov" or "Ambassador Mohib": the candidate's words end the full name.
                root[n] = full
                continue
            }
            // One word: its first word is its last.
            if w.count == 1, c.type == nil || c.type == .person, let e = lastEntry, !e.firstAmbiguous, e.first >= 0, e.first != n {
                root[n] = e.first
                continue
            }
        }
        // The same word left open elsewhere ("Rogers" without a speech verb) is that organisation too.
        if !orgByPersonGuess.isEmpty {
            for n in cands.indices where root[n] == n && cands[n].type == nil && cands[n].known == nil {
                guard let w = spans[n], w.count == 1,
                      let e = opener(orgByPersonGuess, w.first, wordHash(w.first)) else { continue }
                root[n] = orgByPersonGuess.value(at: e)
            }
        }
        // Entities by canonical name (or registry entry), in order of first mention.
        var slots: [Slot] = []
        slots.reserveCapacity(cands.count)
        var slotOfName = KeyTable<TextKey, Int>(capacity: cands.count)
        var slotOfID = KeyTable<String, Int>(capacity: cands.count)
        var slotOfKnown: [Int: Int] = [:]
        var slotOf = [Int](repeating: -1, count: cands.count)
        // The slot of each root's name once looked up: linked mentions share their root's.
        var slotOfRoot = [Int](repeating: -1, count: cands.count)
        for n in cands.indices {
            let c = cands[n]
            let s: Int
            if let k = c.known {
                if let old = slotOfKnown[k] { s = old } else {
                    let known = registry.known[k]
                    s = Self.slot(id: known.id ?? EntitySlug.make(known.name), name: known.name, &slots, &slotOfID)
                    slotOfKnown[k] = s
                }
                slots[s].type = registry.known[k].type
                slots[s].confidence = .registry
            } else {
                let r = root[n]
                if slotOfRoot[r] >= 0 {
                    s = slotOfRoot[r]
                } else if let found = asciiSlot(cands[r].range, dateline: cands[r].dateline, &slots, &slotOfID) {
                    s = found
                    slotOfRoot[r] = s
                } else {
                    // Names with other bytes: by their surface, then by `EntitySlug.make`'s id. (An
                    // ASCII name never has the key of one of these.)
                    let nameKey = TextKey(text, cands[r].range, folded: false)
                    if let old = slotOfName[nameKey] { s = old } else {
                        let name = cands[r].dateline ? Dateline.normalCase(surface(cands[r].range)) : surface(cands[r].range)
                        s = Self.slot(id: EntitySlug.make(name), name: name, &slots, &slotOfID)
                        slotOfName.set(nameKey, s)
                    }
                    slotOfRoot[r] = s
                }
                // A linked mention ("Lavrov", "Paris" of "Valeska Paris") takes its full name's type.
                let source = r != n ? cands[r] : c
                if let t = source.type, slots[s].type == nil || slots[s].confidence < source.confidence {
                    slots[s].type = t
                    slots[s].confidence = source.confidence
                }
            }
            if let role = c.role, slots[s].role == nil { slots[s].role = surface(role) }
            slotOf[n] = s
        }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(cands.count)
        // Not reserved: the entities go into the annotation, which a build keeps for every
        // briefing until its page is made, and room for every slot (most are never typed) was
        // 7-10 MB more peak memory at 10,000 briefings.
        var entities: [Entity] = []
        // The entity of each slot once reported, and each entity's mentions.
        var entityOfSlot = [Int](repeating: -1, count: slots.count)
        var counts: [Int] = []
        var previousEnd = 0
        for n in cands.indices {
            let k = slotOf[n]
            guard let type = slots[k].type else { continue } // never typed: not reported
            var range = cands[n].range
            // A person's titles join the mention ("President Donald Trump"); the entity keeps the name.
            if type == .person, let start = cands[n].titleStart, start >= previousEnd { range = start..<range.upperBound }
            previousEnd = range.upperBound
            mentions.append(EntityMention(range: range, entityID: slots[k].id, type: type))
            if entityOfSlot[k] < 0 {
                entityOfSlot[k] = entities.count
                entities.append(Entity(id: slots[k].id, name: slots[k].name, type: type, role: type == .person ? slots[k].role : nil))
                counts.append(0)
            }
            counts[entityOfSlot[k]] += 1
        }
        return (mentions, entities, counts)
    }

    /// The slot of entity `id`, added with `name` when new. Static, so that no copy of the
    /// linker (and its token array) is captured.
    /// The id is hashed once for the look-up and the insertion.
    private static func slot(id: String, name: String, _ slots: inout [Slot], _ slotOfID: inout KeyTable<String, Int>) -> Int {
        let h = id.tableHash
        if let e = slotOfID.index(of: id, hash: h) { return slotOfID.value(at: e) }
        slots.append(Slot(id: id, name: name))
        slotOfID.append(id, slots.count - 1, hash: h)
        return slots.count - 1
    }

    /// True when the words of `w` are the last words of `full`, compared folded.
    private func endsLike(_ w: (first: Int, last: Int, count: Int), _ full: (first: Int, last: Int, count: Int)) -> Bool {
        var i = w.last, j = full.last
        while i >= w.first {
            guard j >= full.first, sameWord(i, j) else { return false }
            i -= 1
            j -= 1
            while i >= w.first && tokens[i].kind != .word { i -= 1 }
            while j >= full.first && tokens[j].kind != .word { j -= 1 }
        }
        return true
    }

    private func placePrepositionBefore(_ c: NameCandidate) -> Bool {
        let i = c.tokens.lowerBound - 1
        guard i >= 0, tokens[i].kind == .word else { return false }
        let r = tokens[i].range
        return ["in", "to", "from", "near"].contains { word in
            word.utf8.count == r.count && zip(word.utf8, text[r]).allSatisfy { $0 == ByteClass.lower($1) }
        }
    }
}

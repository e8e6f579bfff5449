/// Ties the candidates of one document into entities: every mention of one entity gets
/// one id. Surname-only mentions ("Lavrov") join the full name ("Sergei Lavrov", seen
/// before or after); an acronym defined in parentheses ("Assembly of First Nations
/// (AFN)") joins its expansion; registry matches keep the registry's id, name and type.
/// The entity's type is the one of its most confident mention. O(candidates).
struct EntityLinker {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: [Token]
    let registry: EntityRegistry

    /// The text of a candidate with whitespace runs collapsed.
    func surface(_ r: Range<Int>) -> String {
        String(decoding: RegistryIndex.collapse(Array(text[r])), as: UTF8.self)
    }

    private func words(_ c: NameCandidate) -> [Range<Int>] {
        c.tokens.filter { tokens[$0].kind == .word }.map { tokens[$0].range }
    }

    private func folded(_ r: Range<Int>) -> [UInt8] { text[r].map(ByteClass.lower) }

    func link(_ input: [NameCandidate]) -> (mentions: [EntityMention], entities: [Entity]) {
        var cands = input
        // Full personal names, by their last and first words.
        var byLast: [[UInt8]: Int] = [:]
        var byFirst: [[UInt8]: Int] = [:]
        var firstAmbiguous: Set<[UInt8]> = []
        for (n, c) in cands.enumerated() where c.type == .person && c.known == nil {
            let w = words(c)
            guard w.count >= 2 else { continue }
            let last = folded(w[w.count - 1])
            if let old = byLast[last], cands[old].range.count >= c.range.count { } else { byLast[last] = n }
            let first = folded(w[0])
            if let old = byFirst[first], folded(words(cands[old]).last!) != last { firstAmbiguous.insert(first) }
            byFirst[first] = n
        }
        // Acronyms defined in parentheses right after a name.
        var acronyms: [[UInt8]: Int] = [:]
        for n in cands.indices.dropLast() {
            let c = cands[n], d = cands[n + 1]
            let open = c.tokens.upperBound
            guard open < tokens.count, tokens[open].kind == .punctuation, text[tokens[open].range.lowerBound] == 0x28,
                  d.tokens.lowerBound == open + 1, d.tokens.count == 1, tokens[d.tokens.lowerBound].flags.contains(.allCaps),
                  d.known == nil, c.type != nil, c.type != .person
            else { continue }
            acronyms[folded(d.range)] = n
        }
        // Keys: registry id, or the slug of the canonical name.
        var canonical: [Int: Int] = [:] // candidate -> candidate holding the canonical name
        for n in cands.indices {
            let c = cands[n]
            if c.known != nil { continue }
            let w = words(c)
            if let def = acronyms[folded(c.range)], def != n {
                canonical[n] = def
                continue
            }
            if c.type == .person || c.type == nil || (w.count == 1 && (c.confidence < .lexicon || c.type == .place)) {
                if let last = w.last, let full = byLast[folded(last)], full != n, cands[full].range.count > c.range.count {
                    let fw = words(cands[full])
                    // "Lavrov" or "Ambassador Mohib": the candidate's words end the full name.
                    if w.count < fw.count, zip(w.reversed(), fw.reversed()).allSatisfy({ folded($0) == folded($1) }),
                       !(c.type == .place && c.confidence >= .lexicon && placePrepositionBefore(c)) {
                        canonical[n] = full
                        continue
                    }
                }
                if w.count == 1, c.type == nil || c.type == .person, let first = w.first,
                   !firstAmbiguous.contains(folded(first)), let full = byFirst[folded(first)], full != n {
                    canonical[n] = full
                    continue
                }
            }
        }
        var slugs: [String: String] = [:] // surface name -> slug, computed once per name
        func slug(_ name: String) -> String {
            if let s = slugs[name] { return s }
            let s = EntitySlug.make(name)
            slugs[name] = s
            return s
        }
        var names: [String: String] = [:]
        var typeOf: [String: (EntityType, NameCandidate.Confidence)] = [:]
        var roles: [String: String] = [:]
        for n in cands.indices {
            let c = cands[n]
            let key: String
            let name: String
            if let k = c.known {
                let known = registry.known[k]
                key = known.id ?? slug(known.name)
                name = known.name
            } else {
                let root = canonical[n] ?? n
                name = surface(cands[root].range)
                key = slug(name)
            }
            if names[key] == nil { names[key] = name }
            if let k = c.known {
                typeOf[key] = (registry.known[k].type, .registry)
            } else if let root = canonical[n], let t = cands[root].type {
                // A linked mention ("Lavrov", "Paris" of "Valeska Paris") takes its full name's type.
                if let old = typeOf[key], old.1 >= cands[root].confidence { } else { typeOf[key] = (t, cands[root].confidence) }
            } else if let t = c.type {
                let conf = c.confidence
                if let old = typeOf[key], old.1 >= conf { } else { typeOf[key] = (t, conf) }
            }
            if let r = c.role, roles[key] == nil { roles[key] = surface(r) }
            cands[n].entityKey = key
        }
        var mentions: [EntityMention] = []
        mentions.reserveCapacity(cands.count)
        var used: Set<String> = []
        var entities: [Entity] = []
        for n in cands.indices {
            let key = cands[n].entityKey
            guard let (type, _) = typeOf[key] else { continue } // never typed: not reported
            mentions.append(EntityMention(range: cands[n].range, entityID: key, type: type))
            if used.insert(key).inserted {
                entities.append(Entity(id: key, name: names[key] ?? key, type: type, role: type == .person ? roles[key] : nil))
            }
        }
        return (mentions, entities)
    }

    private func placePrepositionBefore(_ c: NameCandidate) -> Bool {
        let i = c.tokens.lowerBound - 1
        guard i >= 0, tokens[i].kind == .word else { return false }
        let w = folded(tokens[i].range)
        return w == Array("in".utf8) || w == Array("to".utf8) || w == Array("from".utf8) || w == Array("near".utf8)
    }
}

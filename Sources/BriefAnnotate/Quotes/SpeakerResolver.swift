/// Turns the subject of an attribution into a canonical speaker: entity mentions when the
/// recognizer found them, otherwise the fullest capitalised name in the document with the
/// same last word. Pronouns go to the most recent likely person, role nouns to the person
/// who carried that title or appositive.
///
/// A class: one resolver serves all quotes of a document, and its look-ups pass closures
/// that would otherwise copy the whole value (every table) each time.
final class SpeakerResolver {

    /// A resolved speaker.
    struct Speaker: Sendable, Equatable {
        var name: String
        var id: String
        /// Byte offset of the name the speaker was resolved from.
        var position: Int
    }

    let text: [UInt8]
    let index: NameIndex
    /// Mentions sorted by start.
    let mentions: [EntityMention]
    let entities: EntityTable
    /// Lower-cased last word of each person or organisation entity's name -> the entity.
    /// Built on first use, as `entitiesWithRoles`: many documents never ask (a String per
    /// entity and a sort of their ids for nothing).
    private(set) lazy var entityByLastWord: EntityTable = Self.byLastWord(entities.list)

    /// Entities by a string key; the table holds indices, so building it copies no entity.
    struct EntityTable {
        let list: [Entity]
        let index: KeyTable<String, Int>

        subscript(key: String) -> Entity? {
            index[key].map { list[$0] }
        }
    }
    /// Entities that carry a role, by id, for role nouns ("the minister").
    private(set) lazy var entitiesWithRoles: [Entity] = entities.list.filter { $0.role != nil }.sorted { $0.id < $1.id }
    /// The last speaker an organisation noun phrase resolved to ("the ministry's office"),
    /// for a later "it".
    private var describedOrganisation: Speaker?
    /// Named speakers resolved so far, in text order of their names.
    private var named: [Speaker] = []

    init(text: [UInt8], index: NameIndex, mentions: [EntityMention], entities: [Entity]) {
        self.text = text
        self.index = index
        // The recognizer hands them over sorted already: no copy then. (The loops below read
        // fields in place: a copy of a mention or entity would retain and release its strings.)
        var sorted = true
        for k in mentions.indices.dropFirst() where mentions[k - 1].range.lowerBound > mentions[k].range.lowerBound {
            sorted = false
            break
        }
        self.mentions = sorted ? mentions : mentions.sorted { $0.range.lowerBound < $1.range.lowerBound }
        // Only people, organisations and groups are ever looked up by id (speakers come from
        // their mentions, and a mention has its entity's type).
        var byID = KeyTable<String, Int>(capacity: entities.count)
        for n in entities.indices where entities[n].type == .person || entities[n].type == .org || entities[n].type == .group {
            byID.set(entities[n].id, n)
        }
        self.entities = EntityTable(list: entities, index: byID)
    }

    /// Per last word, the person before the organisation, then the smallest id (ids are unique).
    private static func byLastWord(_ entities: [Entity]) -> EntityTable {
        var byLast = KeyTable<String, Int>(capacity: entities.count)
        for n in entities.indices where entities[n].type == .person || entities[n].type == .org {
            let key = Self.lastWord(of: entities[n].name)
            // Hashed once for the look-up and the insert.
            let h = key.tableHash
            if let old = byLast.index(of: key, hash: h) {
                let e = entities[n], o = entities[byLast.value(at: old)]
                if (e.type == .person ? 0 : 1, e.id) < (o.type == .person ? 0 : 1, o.id) { byLast.setValue(at: old, n) }
            } else {
                byLast.append(key, n, hash: h)
            }
        }
        return EntityTable(list: entities, index: byLast)
    }

    /// `quote`: the quoted words, whose third-person roles ("the chancellor") rule out a
    /// pronoun's candidates.
    func resolve(_ ref: SpeakerRef, quote: Range<Int>? = nil) -> Speaker? {
        switch ref {
        case .name(let range):
            if SpeechLexicon.titleWords.contains(text, range) || SpeechLexicon.titleWords.contains(text, range.lowerBound..<max(range.lowerBound, range.upperBound - 1)) {
                return lastPerson(before: range.lowerBound, pronoun: TextBytes.lowercased(text, range))
            }
            let speaker = resolveName(range)
            if let speaker { remember(speaker) }
            return speaker
        case .pronoun(let word, let at):
            if word == "it" {
                let named = lastLeadingOrganisation(before: at)
                // "The foreign ministry's office published a notice … It urged": the organisation
                // a noun phrase named as a speaker since.
                if let described = describedOrganisation, (described.position < at) && (described.position > (named?.position ?? -1)) {
                    return described
                }
                return named
            }
            guard word == "he" || word == "she" || word == "they" else { return nil }
            return lastPerson(before: at, pronoun: word, avoiding: quote.map { peopleTalkedAbout(in: $0) } ?? [])
        case .role(let role, let at, let phrase):
            let speaker = resolveRole(role, at: at, phrase: phrase)
            if let speaker, SpeechLexicon.organisationNouns.contains(role) { describedOrganisation = speaker }
            return speaker
        }
    }

    /// Role nouns go to the person who carried the title or appositive ("the minister"),
    /// organisation nouns to the last organisation name ending with them ("the commission");
    /// an indefinite or unmatched phrase ("a spokesperson", "officials") is reported as written.
    private func resolveRole(_ role: String, at: Int, phrase: Range<Int>) -> Speaker? {
        let written = TextBytes.string(text, phrase)
        let asWritten = Speaker(name: written, id: SpeakerSlug.make(written), position: phrase.lowerBound)
        let first = TextBytes.lowercased(text, phrase.lowerBound..<min(phrase.upperBound, phrase.lowerBound + 4))
        let definite = first.hasPrefix("the ") || first.hasPrefix("his ") || first.hasPrefix("her ") || first.hasPrefix("its ")
        if SpeechLexicon.roleNouns.contains(role) {
            guard definite else {
                // "“We are broke,” Tom Smith's wife said. She added": a person a possessor's
                // name pins down, whom a later he or she continues when the head noun fits.
                if Self.headAfterPossessive(written) != nil { remember(asWritten) }
                return asWritten
            }
            if let run = index.lastRun(withRole: role, before: at) { return resolveName(run.name) }
            if let entity = entitiesWithRoles.first(where: { $0.role?.lowercased().contains(role) ?? false }) {
                return Speaker(name: entity.name, id: entity.id, position: at)
            }
            // No one named carries the role: an unnamed person the text described with it.
            return unnamedDescription(of: role, before: at) ?? nearbyPerson(before: at, possessive: first) ?? asWritten
        }
        if definite && !SpeechLexicon.organisationNouns.contains(role) && first.hasPrefix("the ") {
            // "the affable proprietor": the person the text is about, when one is near.
            return nearbyPerson(before: at) ?? asWritten
        }
        if SpeechLexicon.organisationNouns.contains(role) && definite {
            // "her office told": the office of someone, kept as written.
            if !first.hasPrefix("the ") { return asWritten }
            if let named = lastOrganisation(naming: role, before: at) { return named }
            if let mention = lastMention(before: at, types: [.org]), let entity = entities[mention.entityID],
               Self.lastWord(of: entity.name) == role {
                return speaker(for: mention)
            }
            if let run = index.lastRun(endingWith: role, before: at) {
                let name = TextBytes.string(text, run.name)
                return Speaker(name: name, id: SpeakerSlug.make(name), position: run.name.lowerBound)
            }
            // "the ministry said" with no ministry named: as written; nouns that are seldom
            // part of a name ("the company") go to the organisation the text is about.
            if !SpeechLexicon.genericOrganisationNouns.contains(role) { return asWritten }
            if let org = lastLeadingOrganisation(before: at) { return org }
            if let mention = lastMention(before: at, types: [.org]) { return speaker(for: mention) }
        }
        return asWritten
    }

    /// The last person, when named in the same or the previous paragraph. `possessive`: the
    /// phrase's lower-cased start; "his " or "her " passes over a possessive description whose
    /// head noun is not known to be that gender ("Tom Smith's daughter said. His lawyer said"
    /// is Tom Smith's lawyer, as before such descriptions were remembered).
    private func nearbyPerson(before position: Int, possessive: String = "") -> Speaker? {
        guard var person = lastPerson(before: position) else { return nil }
        let wanted: Gender? = possessive.hasPrefix("his ") ? .male : possessive.hasPrefix("her ") ? .female : nil
        if let wanted, let head = Self.headAfterPossessive(person.name), Self.kinshipGender[head] != wanted {
            guard let other = lastPerson(before: position, avoiding: [Self.lastWord(of: person.name)]) else { return nil }
            person = other
        }
        return index.paragraph(of: person.position) + 1 >= index.paragraph(of: position) ? person : nil
    }

    /// How many sentences end in `range`: a stop, question or exclamation mark before a space.
    private func sentenceEnds(_ range: Range<Int>) -> Int {
        var n = 0
        var i = range.lowerBound
        while i + 1 < range.upperBound {
            let c = text[i]
            if (c == 0x2E || c == 0x3F || c == 0x21) && text[i + 1] == 0x20 { n += 1 }
            i += 1
        }
        return n
    }

    private func remember(_ speaker: Speaker) {
        if let last = named.last, last.position >= speaker.position { return }
        named.append(speaker)
    }

    /// The person a pronoun at `position` most likely refers to: the most recent speaker
    /// (a named quote speaker or the subject of a speech verb), else the most recent
    /// person mention or person-like name. News pronouns mostly continue the speaker.
    /// `avoiding`: last words of people the quote talks about, who are not its speaker.
    func lastPerson(before position: Int, pronoun: String? = nil, avoiding: [String] = []) -> Speaker? {
        let wanted = pronoun.flatMap { Gender(word: $0) }
        func fits(_ name: String) -> Bool {
            if !avoiding.isEmpty && avoiding.contains(Self.lastWord(of: name)) { return false }
            guard let wanted, let known = gender(ofName: name) else { return true }
            return known == wanted
        }
        func fits(_ run: NameRun) -> Bool {
            if !avoiding.isEmpty && avoiding.contains(index.lastWord(of: run)) { return false }
            guard let wanted, let known = gender(of: run) else { return true }
            return known == wanted
        }
        // With the recognizer's mentions, a run it typed as a place or organisation is no person.
        func isPerson(_ run: NameRun) -> Bool {
            guard !mentions.isEmpty, let m = mentionOverlapping(run.name)?.1 else { return true }
            return m.type == .person
        }
        var speaker: Speaker?
        // "Unlike Al Mnajer, he's been unable to find work": a name compared with the subject
        // opens its sentence but is not whom the next "he" continues (as in `lastLeadingPerson`).
        if let run = index.lastPerson(before: position, where: { ($0.isSpeechSubject || $0.opensSentence) && !isPossessive($0.name.upperBound) && !inCaption($0.name.upperBound) && fits($0) && isPerson($0) && !followsComparison($0.name.lowerBound, openingSentence: true) }) {
            speaker = resolveName(run.name)
        }
        // Bounded look-back keeps adversarial documents linear.
        var k = named.count - 1
        while k >= 0 && named.count - k <= 64 {
            let s = named[k]
            k -= 1
            // "he", "she" and a person's description ("the affable proprietor") mean a person,
            // never an organisation that spoke before ("Hamas said …, while the army said").
            guard s.position < position, fits(s.name), pronoun == "they" || !isOrganisation(s) else { continue }
            // "said Ann Lee’s lawyer. The judge disagreed. “No error,” he said": a possessive
            // description carries into the next sentence only, past which another may have spoken.
            if Self.headAfterPossessive(s.name) != nil && sentenceEnds(s.position..<position) > 1 { continue }
            if s.position > (speaker?.position ?? -1) { speaker = s }
            break
        }
        if !mentions.isEmpty,
           let lead = lastLeadingPerson(before: position, fits: fits), lead.position > (speaker?.position ?? -1) {
            speaker = lead
        }
        if let speaker { return speaker }
        // The last person named whose gender fits: "husband Mohammad Al Mnajer" is no "she".
        if let mention = lastMention(before: position, types: [.person], where: { m in
            guard wanted != nil || !avoiding.isEmpty, let entity = entities[m.entityID] else { return true }
            return fits(entity.name)
        }) { return self.speaker(for: mention) }
        if let run = index.lastPerson(before: position, where: { fits($0) && isPerson($0) }) { return resolveName(run.name) }
        return nil
    }

    /// Whether the recognizer typed `speaker` an organisation or group.
    private func isOrganisation(_ speaker: Speaker) -> Bool {
        guard let type = entities[speaker.id]?.type else { return false }
        return type == .org || type == .group
    }

    private func lastMention(before position: Int, types: [EntityType], where accept: (EntityMention) -> Bool = { _ in true }) -> EntityMention? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.upperBound <= position { lo = mid + 1 } else { hi = mid }
        }
        var k = lo - 1
        while k >= 0 && lo - k <= 400 {
            if types.contains(mentions[k].type) && accept(mentions[k]) { return mentions[k] }
            k -= 1
        }
        return nil
    }

    func speaker(for mention: EntityMention) -> Speaker? {
        var name = entities[mention.entityID]?.name ?? TextBytes.string(text, mention.range)
        // A one-word person the text names in full elsewhere ("Theresa" of "Theresa May").
        if mention.type == .person, !name.contains(" "), let run = index.personStarting(with: name.lowercased()) {
            name = TextBytes.string(text, run.name)
        }
        return Speaker(name: name, id: mention.entityID, position: mention.range.lowerBound)
    }

    /// The canonical speaker for the name written at `range`.
    private func resolveName(_ range: Range<Int>) -> Speaker? {
        if let (k, mention) = mentionOverlapping(range), mention.type == .person || mention.type == .org || mention.type == .group {
            // "said Jan Horak of Deutsche Bank", "Jan Horak of Deutsche Bank said": the person
            // speaks, not the employer or party the phrase attaches to them.
            if mention.type != .person, let person = personAttached(to: k) { return speaker(for: person) }
            return speaker(for: mention)
        }
        guard let (nameRange, last) = properName(range) else { return nil }
        // An entity the recognizer knows under a fuller name.
        if let entity = entityByLastWord[last] {
            return Speaker(name: entity.name, id: entity.id, position: range.lowerBound)
        }
        let name: String
        if nameRange.words == 1, index.canonical(lastWord: last).map({ $0.nameWords < 2 }) ?? true,
           let run = index.personStarting(with: last) {
            // "Jordan said" after "Jordan Stewart": a first name alone.
            name = TextBytes.string(text, run.name)
        } else if let run = index.canonical(lastWord: last), run.nameWords >= nameRange.words {
            name = TextBytes.string(text, run.name)
        } else {
            name = TextBytes.string(text, nameRange.range)
        }
        return Speaker(name: name, id: SpeakerSlug.make(name), position: range.lowerBound)
    }

    /// The last mention overlapping `range`, and its index in `mentions`.
    private func mentionOverlapping(_ range: Range<Int>) -> (Int, EntityMention)? {
        var lo = 0, hi = mentions.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if mentions[mid].range.upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        var found: (Int, EntityMention)?
        var k = lo
        while k < mentions.count && mentions[k].range.lowerBound < range.upperBound {
            found = (k, mentions[k]) // the last overlapping one is the name, not a leading title
            k += 1
        }
        return found
    }

    /// The person's full name that mention `k` is attached to by "of" or "of the" right before
    /// it ("Jan Horak of Deutsche Bank"), if any.
    private func personAttached(to k: Int) -> EntityMention? {
        guard k > 0 else { return nil }
        let person = mentions[k - 1], start = mentions[k].range.lowerBound
        guard person.type == .person, text[person.range].contains(0x20) else { return nil }
        let gap = person.range.upperBound..<start
        guard gap.count == 4 || gap.count == 8 else { return nil }
        return TextBytes.equalsIgnoringCase(text, gap, " of ") || TextBytes.equalsIgnoringCase(text, gap, " of the ") ? person : nil
    }

    /// The words of `range` after titles, without a possessive ending, and the lower-cased last word.
    private func properName(_ range: Range<Int>) -> ((range: Range<Int>, words: Int), String)? {
        let tokens = AttributionTokenizer.tokens(text, range).filter { $0.kind == .word }
        guard !tokens.isEmpty else { return nil }
        var first = 0
        for (k, t) in tokens.enumerated() where k < tokens.count - 1 {
            let w = TextBytes.lowercased(text, t.range)
            if SpeechLexicon.titles.contains(w) || SpeechLexicon.nonNames.contains(w) || SpeechLexicon.roleNouns.contains(w) { first = k + 1 }
        }
        var end = tokens[tokens.count - 1].range.upperBound
        var last = TextBytes.lowercased(text, tokens[tokens.count - 1].range)
        if last.hasSuffix("’s") { last.removeLast(2); end -= 4 } else if last.hasSuffix("'s") { last.removeLast(2); end -= 2 }
        if last.hasSuffix(".") && last.count > 2 { last.removeLast(); end -= 1 }
        guard !last.isEmpty, tokens.count - first > 1 || !SpeechLexicon.nonNames.contains(last) else { return nil }
        let start = tokens[first].range.lowerBound
        return ((start..<max(start, end), tokens.count - first), last)
    }

    static func lastWord(of name: String) -> String {
        // Read in place: no array of the name's bytes.
        var name = name
        return name.withUTF8 { bytes in
            var end = bytes.count
            while end > 0 && (bytes[end - 1] == 0x20 || bytes[end - 1] == 0x2E) { end -= 1 }
            var start = end
            while start > 0 && bytes[start - 1] != 0x20 { start -= 1 }
            return TextBytes.lowercased(bytes, start..<end)
        }
    }
}

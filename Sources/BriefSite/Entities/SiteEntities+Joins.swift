import BriefAnnotate
import BriefContent

extension SiteEntities {
    /// What the join rules read: the merge's tally and what the notes decided.
    struct JoinInputs {
        let seen: [String: Seen]
        let notes: [EntityNote]
        /// Slugs of notes' names and aliases -> the note (not `ignore: true` ones).
        let noteFor: [String: EntityNote]
        /// Slugs of the names and aliases of `ignore: true` notes.
        let ignored: Set<String>
        /// Ids a note decided (joined to it or dropped): no rule moves them.
        let claimed: Set<String>
    }

    /// Joins per-briefing ids that name one entity, in `mapping` (per-briefing id -> site id),
    /// after the notes did theirs. Each rule reads the mapping as the rule before it left it and
    /// decides every id on its own, so the result does not depend on any order:
    ///
    /// 1. A known other name of a country or well-known organisation (the gazetteer's: "Russian
    ///    Federation", "US", "U.K.", "UN") joins the entity's page id ("russia", "united-states",
    ///    "united-kingdom", "united-nations"), whether or not the site uses that name too: the
    ///    page of one country keeps its address as briefings come and go. Where a place or org
    ///    note is named by one of its names, the note's entity instead. Only PLACE and ORG ids, and not when the page
    ///    id is seen as something else (a person "Jordan").
    /// 2. An acronym ("IMF", "E.U.") joins the one entity of the site of its own type, PLACE or
    ///    ORG (a note's too), whose name's initials it spells; with two or none it stays apart.
    ///    Across types it never joins: the news agency "AP" is no Andhra Pradesh.
    /// 3. A GROUP plural ("europeans", "frenchmen") joins its singular ("european") when the site
    ///    has it as a GROUP (or a GROUP note names it).
    ///
    /// Joins are then followed to their end, so every id maps to a site id that stands for itself.
    static func join(_ mapping: inout [String: String], _ inputs: JoinInputs) {
        func isFree(_ id: String) -> Bool { mapping[id] == id && !inputs.claimed.contains(id) }

        // 1. Known names.
        // A place or org note named by a known name ("America") takes all of them; one that only
        // lists such a name among its aliases keeps just that name.
        var noteOfKnown: [String: String] = [:]
        var contested: Set<String> = []
        for note in inputs.notes where !note.ignore {
            guard let known = EntityJoins.known[note.id], let type = note.type.flatMap(EntityType.init(rawValue:)),
                EntityJoins.isPlaceOrOrg(type)
            else { continue }
            if let other = noteOfKnown[known.id], other != note.id { contested.insert(known.id) } else { noteOfKnown[known.id] = note.id }
        }
        var joins: [String: String] = [:]
        for (id, info) in inputs.seen where isFree(id) {
            guard let known = EntityJoins.known[id], !contested.contains(known.id), !inputs.ignored.contains(known.id),
                EntityJoins.isPlaceOrOrg(majority(info.votes))
            else { continue }
            let target: String
            if let note = noteOfKnown[known.id] {
                target = note
            } else {
                if let page = inputs.seen[known.id] {
                    // Seen as something else, or dropped by a note: no page to join.
                    guard EntityJoins.isPlaceOrOrg(majority(page.votes)), let mapped = mapping[known.id] else { continue }
                    target = mapped
                } else {
                    target = known.id
                }
            }
            if target != id { joins[id] = target }
        }
        for (id, target) in joins { mapping[id] = target }

        // 2. Acronyms and the initials of longer names, by type ("IMF ORG").
        func initialsKey(_ letters: String, _ type: EntityType) -> String { letters + " " + type.rawValue }
        var byInitials: [String: Set<String>] = [:]
        for (id, info) in inputs.seen where id.utf8.contains(0x2D) {
            let type = majority(info.votes)
            guard let target = mapping[id], EntityJoins.isPlaceOrOrg(type) else { continue }
            info.forEachName { name in
                if let initials = EntityJoins.initials(name) { byInitials[initialsKey(initials, type), default: []].insert(target) }
            }
        }
        for note in inputs.notes where !note.ignore {
            guard let type = note.type.flatMap(EntityType.init(rawValue:)), EntityJoins.isPlaceOrOrg(type) else { continue }
            for name in [note.name] + note.aliases {
                if let initials = EntityJoins.initials(name) { byInitials[initialsKey(initials, type), default: []].insert(note.id) }
            }
        }
        joins = [:]
        if !byInitials.isEmpty {
            for (id, info) in inputs.seen where id.utf8.count <= 8 && !id.utf8.contains(0x2D) && isFree(id) {
                let type = majority(info.votes)
                guard let letters = info.acronymLetters, EntityJoins.isPlaceOrOrg(type),
                    var targets = byInitials[initialsKey(letters, type)]
                else { continue }
                targets.remove(id)
                if targets.count == 1 { joins[id] = targets.first! }
            }
        }
        for (id, target) in joins { mapping[id] = target }

        // 3. GROUP plurals.
        joins = [:]
        for (id, info) in inputs.seen where isFree(id) {
            guard let singular = EntityJoins.singular(ofPlural: id), !inputs.ignored.contains(singular),
                majority(info.votes) == .group
            else { continue }
            if let note = inputs.noteFor[singular] {
                if note.type == EntityType.group.rawValue { joins[id] = note.id }
            } else if let seen = inputs.seen[singular], majority(seen.votes) == .group, let target = mapping[singular] {
                joins[id] = target
            }
        }
        for (id, target) in joins { mapping[id] = target }

        // Each join to its end (a plural's singular may itself have joined a note's entity).
        for (id, target) in mapping where target != id {
            var end = target
            var steps = 0
            while let next = mapping[end], next != end, steps < 8 {
                end = next
                steps += 1
            }
            if end != target { mapping[id] = end }
        }
    }

    /// The type most mentions had (ties: people, places, organisations, groups, other).
    static func majority(_ votes: TypeVotes) -> EntityType {
        EntityType.allCases.max { votes[$0.order] < votes[$1.order] || (votes[$0.order] == votes[$1.order] && $0.order > $1.order) } ?? .other
    }
}

extension SiteEntities.Seen {
    /// Every name seen, without making a dictionary of them.
    func forEachName(_ body: (String) -> Void) {
        if firstNameCount > 0 { body(firstName) }
        for name in otherNames.keys { body(name) }
    }

    /// The letters of the acronym every name seen spells ("US" for "US" and "U.S."); nil when a
    /// name is no acronym or two spell different letters.
    var acronymLetters: String? {
        guard let letters = EntityJoins.acronymLetters(firstName) else { return nil }
        for name in otherNames.keys where EntityJoins.acronymLetters(name) != letters { return nil }
        return letters
    }
}

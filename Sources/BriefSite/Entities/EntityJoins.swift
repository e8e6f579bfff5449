import BriefAnnotate
import BriefContent

/// The name facts the site-wide merge joins entities by, beyond notes and surnames: the
/// gazetteer's other names of countries and well-known organisations, acronyms and the initials
/// of longer names, GROUP plurals. Pure functions of names; `SiteEntities` applies them.
enum EntityJoins {
    /// An entity the gazetteer knows by several names: the id and name its page takes.
    struct Known: Sendable, Equatable {
        let id: String
        let name: String
        let type: EntityType
    }

    /// Every known name's slug -> its entity (a page's own slug too). A slug two entities claim
    /// is no one's. Made once, on first use (about 2,000 names, some 26 million instructions:
    /// the aliases parsed and slugged), which `SiteBuilder` makes on a thread of its own at the
    /// start of a build, not in the serial merge that reads it.
    static let known: [String: Known] = {
        var table: [String: Known] = [:]
        var contested: Set<String> = []
        for group in KnownAliases.groups {
            let known = Known(id: Slug.make(from: group.name), name: group.name, type: group.type)
            guard !known.id.isEmpty else { continue }
            // The annotator's ids drop dots ("U.S." -> "us"), a slug makes them breaks ("u-s"): both.
            for name in [group.name] + group.others {
                let keys = name.utf8.contains(0x2E) ? [Slug.make(from: name), Slug.make(from: name.filter { $0 != "." })] : [Slug.make(from: name)]
                for key in keys where !key.isEmpty {
                    if let other = table[key], other != known { contested.insert(key) } else { table[key] = known }
                }
            }
        }
        for key in contested { table[key] = nil }
        return table
    }()

    /// Types an acronym or a known name can have in a briefing: the annotator tells a country
    /// from its government ("Washington said") or an acronym's place from an organisation only
    /// by guessing, so the two join each other.
    static func isPlaceOrOrg(_ type: EntityType) -> Bool { type == .place || type == .org }

    /// The letters of an acronym: "US", "U.S." and "U.S" -> "US"; two to eight capitals (A-Z),
    /// each optionally followed by a dot; nil for any other name.
    static func acronymLetters(_ name: String) -> String? {
        var letters: [UInt8] = []
        var previousWasLetter = false
        for byte in name.utf8 {
            if byte >= 0x41 && byte <= 0x5A {
                letters.append(byte)
                previousWasLetter = true
            } else if byte == 0x2E && previousWasLetter {
                previousWasLetter = false
            } else {
                return nil
            }
            if letters.count > 8 { return nil }
        }
        return letters.count >= 2 ? String(decoding: letters, as: UTF8.self) : nil
    }

    /// The initials of a name of two to eight capitalised words: their first letters, with
    /// lower-case joining words skipped ("Bank for International Settlements" -> "BIS",
    /// "Organisation for Economic Co-operation and Development" -> "OECD"). nil when a word
    /// starts with anything else than an ASCII letter (a digit, "Évian"), or for fewer words.
    static func initials(_ name: String) -> String? {
        var letters: [UInt8] = []
        var atWordStart = true
        for byte in name.utf8 {
            if byte == 0x20 {
                atWordStart = true
                continue
            }
            guard atWordStart else { continue }
            atWordStart = false
            if byte >= 0x61 && byte <= 0x7A { continue } // "of", "the", "and", "for"
            guard byte >= 0x41 && byte <= 0x5A, letters.count < 8 else { return nil }
            letters.append(byte)
        }
        return letters.count >= 2 ? String(decoding: letters, as: UTF8.self) : nil
    }

    /// The singular id a GROUP plural id may stand for: "europeans" -> "european",
    /// "frenchmen" -> "frenchman"; nil for an id that is no plural of these forms.
    static func singular(ofPlural id: String) -> String? {
        if id.hasSuffix("men"), id.utf8.count > 4 { return String(id.dropLast(3)) + "man" }
        if id.hasSuffix("s"), !id.hasSuffix("ss"), id.utf8.count > 3 { return String(id.dropLast()) }
        return nil
    }
}

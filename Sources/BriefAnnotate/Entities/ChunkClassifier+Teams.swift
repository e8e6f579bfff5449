/// A known city or region, then one word that names a body based there: "Los Angeles Kings",
/// "Ottawa Senators" (a plural: the team's players), "Burnaby RCMP" (capitals: the local branch
/// of a force or body). Asked last, for chunks no other rule typed; without it they were OTHER.
extension ChunkClassifier {
    func isPlaceBasedBody(_ a: Int, _ b: Int) -> Bool {
        let last = b - 1
        let t = tokens[last]
        guard last > a, t.kind == .word, t.flags.contains(.capitalized) || t.flags.contains(.allCaps),
              !t.flags.contains(.joined), tokens[last - 1].kind == .word,
              kinds[last].isDisjoint(with: [.country, .place, .demonym, .group, .givenName, .title, .placeWord]),
              // Clubs and local branches are named after cities and regions; after a country the
              // word is more often an event's ("U.S. Opens"), and capitals throughout are a heading.
              !tokens[a].flags.contains(.allCaps) || tokens[a].range.count <= 2,
              case let place = kinds(a, last), place.contains(.place), !place.contains(.country) else { return false }
        if t.flags.contains(.allCaps) {
            // "RCMP", "FC", "SC"; a term ("Toronto CEO") or numeral names no body.
            return (2...6).contains(t.range.count) && !t.flags.contains(.hasDigit) && !TermAcronyms.contains(text[t.range])
                && !isRomanNumeral(last)
        }
        // "Kings", "Oilers", not "Glass" nor a possessive.
        let r = t.range
        return r.count >= 4 && text[r.upperBound - 1] == 0x73 && text[r.upperBound - 2] != 0x73 && text[r.upperBound - 2] != 0x27
    }
}

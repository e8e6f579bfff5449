import Testing
@testable import BriefAnnotate

/// The alias lists split over their bytes give the groups a split by Character gives: the
/// generated lists, and lines with empty names, empty lines and non-ASCII names.
@Suite("Known aliases")
struct KnownAliasesTests {
    static func splitByCharacter(_ list: String, type: EntityType) -> [KnownAliases.Group] {
        list.split(separator: "\n").compactMap { line in
            let names = line.split(separator: "|").map(String.init)
            guard let name = names.first else { return nil }
            return KnownAliases.Group(name: name, others: Array(names.dropFirst()), type: type)
        }
    }

    @Test func listsSplitOverBytesAsByCharacter() {
        let lists = [
            GazetteerData.countryAliases, GazetteerData.organizationAliases,
            "\n\nCôte d’Ivoire|Ivory Coast||CI|\n|Türkiye|Turkey\nA\n\n|\nB|\n", "", "\n", "only",
        ]
        for list in lists {
            #expect(KnownAliases.parse(list, type: .place) == Self.splitByCharacter(list, type: .place))
        }
        #expect(KnownAliases.parse(GazetteerData.countryAliases, type: .place).count > 200)
    }
}
